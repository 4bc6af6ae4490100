import { createMbiClient, type MbiClient } from '@mbi/client';
import type { Database } from '@mbi/db';
import { testEngines } from '@mbi/db/testing';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BASE_URL, createTestApp, type TestApp } from '../testing';

describe.each(testEngines())('reference data and calculations through the client, API on $name', (engine) => {
  let database: Database;
  let api: TestApp;
  let client: MbiClient;

  beforeAll(async () => {
    database = await engine.open();
    api = await createTestApp(database);
    client = createMbiClient({ baseUrl: BASE_URL, fetch: api.fetch });
  });
  afterAll(async () => {
    await database.close();
  });

  test('budget: the seed financing table’s totals (docs: BRIEF.md of the mission, partners table)', async () => {
    const budget = await client.getBudget();
    if (!budget.ok) throw new Error(budget.problem.title);
    expect(budget.response.status).toBe(200);
    // BRIEF.md: total ERDF-eligible 1,463,691.00 EUR, ERDF 85 % 1,244,137.34 EUR (sum of the rounded rows).
    expect(budget.value.totals.erdf.eligible).toEqual({ amount: '1463691.00', currency: 'EUR' });
    expect(budget.value.totals.erdf.erdf).toEqual({ amount: '1244137.34', currency: 'EUR' });
    // CimArk (306,200 CHF) is outside the ERDF: its ERDF column is empty (null), not an amount.
    const cimark = budget.value.partners.find((row) => row.partnerId === 'cimark');
    expect(cimark?.eligible).toEqual({ amount: '306200.00', currency: 'CHF' });
    expect(cimark?.erdf).toBeNull();
    const paysMontBlanc = budget.value.partners.find((row) => row.partnerId === 'cc-pays-mont-blanc');
    expect(paysMontBlanc?.erdf).toEqual({ amount: '359139.70', currency: 'EUR' });
  });

  test('cofinance: 422,517.30 × 85 % = 359,139.705, truncated to 359,139.70 (BRIEF.md, money rules)', async () => {
    const result = await client.cofinance({ eligible: '422517.30', rate: '0.85' });
    if (!result.ok) throw new Error(result.problem.title);
    expect(result.value.fund).toEqual({ amount: '359139.70', currency: 'EUR' });
    expect(result.value.contribution).toEqual({ amount: '63377.60', currency: 'EUR' });
  });

  test('cofinance: a rate above 1 is a validation problem naming the field', async () => {
    const result = await client.cofinance({ eligible: '1000.00', rate: '1.5', currency: 'EUR' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.response?.status).toBe(400);
    expect(result.problem).toMatchObject({ status: 400, code: 'validation-failed' });
    expect(result.problem.errors?.map((error) => error.field)).toEqual(['body.rate']);
  });

  test('classify: NAF 43.31Z (plastering) is NACE 43.31, filière renovation', async () => {
    const result = await client.classify('43.31Z');
    if (!result.ok) throw new Error(result.problem.title);
    expect(result.value.naceClass).toBe('43.31');
    expect(result.value.filieres.map((match) => match.filiere)).toEqual(['renovation']);
    const ateco = await client.classify('43.31.00', 'ateco');
    expect(ateco.ok && ateco.value.naceClass).toBe('43.31');
  });

  test('partners, work packages, filières: the project’s four partners, WP1–WP4, three filières', async () => {
    const partners = await client.getPartners();
    expect(partners.ok && partners.value.items.map((partner) => partner.id)).toEqual([
      'cc-vallee-chamonix',
      'cc-pays-mont-blanc',
      'chambre-valdotaine',
      'cimark',
    ]);
    const lead = await client.getPartner('cc-vallee-chamonix');
    expect(lead.ok && lead.value.role).toBe('lead');
    const workPackages = await client.getWorkPackages();
    expect(workPackages.ok && workPackages.value.items.map((wp) => wp.id)).toEqual([
      'wp1',
      'wp2',
      'wp3',
      'wp4',
    ]);
    const filieres = await client.getFilieres();
    expect(filieres.ok && filieres.value.items.map((filiere) => filiere.id)).toEqual([
      'outdoor',
      'phyto',
      'renovation',
    ]);
  });

  test('an unknown partner is a 404 problem document, returned and not thrown', async () => {
    const result = await client.getPartner('no-such-partner');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.response?.status).toBe(404);
    expect(result.problem).toMatchObject({
      type: 'urn:mbi:problem:not-found',
      code: 'not-found',
      status: 404,
      instance: '/v1/partners/no-such-partner',
    });
    expect(result.problem.requestId).toBe(result.response?.headers.get('x-request-id'));
  });

  test('sends the API key as a bearer token and the language as Accept-Language', async () => {
    const key = await api.key('viewer', 'cimark');
    const italian = createMbiClient({ baseUrl: BASE_URL, apiKey: key, lang: 'it', fetch: api.fetch });
    const me = await italian.whoAmI();
    expect(me.ok && me.value.role).toBe('viewer');
    const sent = api.requests.at(-1);
    expect(sent?.headers.get('authorization')).toBe(`Bearer ${key}`);
    expect(sent?.headers.get('accept-language')).toBe('it');
    const missing = await italian.getPartner('no-such-partner');
    expect(missing.ok).toBe(false);
    expect(missing.response?.headers.get('content-language')).toBe('it');
  });

  test('a network failure is a `network` problem with no response, not an exception', async () => {
    const offline = createMbiClient({
      baseUrl: BASE_URL,
      fetch: async () => {
        throw new TypeError('fetch failed');
      },
    });
    const result = await offline.getBudget();
    expect(result).toEqual({
      ok: false,
      response: null,
      problem: {
        type: 'urn:mbi:problem:network',
        code: 'network',
        title: 'The API could not be reached',
        status: 0,
        detail: 'fetch failed',
      },
    });
  });

  test('an error that is not a problem document (a proxy’s HTML page) is an `unexpected-response` problem', async () => {
    const behindProxy = createMbiClient({
      baseUrl: BASE_URL,
      fetch: async () =>
        new Response('<html>Bad gateway</html>', {
          status: 502,
          statusText: 'Bad Gateway',
          headers: { 'Content-Type': 'text/html' },
        }),
    });
    const result = await behindProxy.getPartners();
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.response?.status).toBe(502);
    expect(result.problem).toMatchObject({ code: 'unexpected-response', status: 502 });
    expect(result.problem.detail).toContain('Bad gateway');
  });
});
