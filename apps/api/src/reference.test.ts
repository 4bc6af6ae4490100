import { type Database, openDatabase } from '@mbi/db';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildTestApp, problemOf } from './test-support';

let database: Database;
let app: Awaited<ReturnType<typeof buildTestApp>>;

beforeAll(async () => {
  database = await openDatabase({ dataDir: 'memory://' });
  app = await buildTestApp(database);
});
afterAll(async () => {
  await database.close();
});

describe('GET /v1/budget (golden values: the seed financing table, BRIEF.md)', () => {
  test('partner rows and totals as decimal strings with currency', async () => {
    const response = await app.request('/v1/budget');
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      partners: { partnerId: string; erdf: { amount: string; currency: string } | null; inErdf: boolean }[];
      totals: {
        erdf: { erdf: { amount: string }; eligible: { amount: string } };
        outsideErdf: { eligible: unknown }[];
      };
    };
    expect(body.partners.map((p) => [p.partnerId, p.erdf?.amount ?? null])).toEqual([
      ['cc-vallee-chamonix', '361839.90'],
      ['cc-pays-mont-blanc', '359139.70'],
      ['chambre-valdotaine', '523157.74'],
      ['cimark', null],
    ]);
    expect(body.totals.erdf.erdf).toEqual({ amount: '1244137.34', currency: 'EUR' });
    expect(body.totals.erdf.eligible).toEqual({ amount: '1463691.00', currency: 'EUR' });
    expect(body.totals.outsideErdf).toEqual([{ eligible: { amount: '306200.00', currency: 'CHF' } }]);
  });

  test('CSV for fr: BOM, semicolons, decimal comma, French headers, CRLF', async () => {
    const response = await app.request('/v1/budget?format=csv', { headers: { 'Accept-Language': 'fr-FR' } });
    expect(response.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).split('\r\n');
    expect(lines[0]).toBe('Partenaire;Pays;Devise;Total éligible;Taux;FEDER;Contrepartie');
    expect(lines[1]).toBe('CC Vallée de Chamonix Mont-Blanc;FR;EUR;425694,00;0,85;361839,90;63854,10');
    expect(lines).toContain('Total FEDER;;EUR;1463691,00;;1244137,34;219553,66');
  });

  test('CSV for en uses commas and a decimal point; Accept: text/csv works too', async () => {
    const response = await app.request('/v1/budget?lang=en', { headers: { Accept: 'text/csv' } });
    const text = await response.text();
    expect(text.split('\r\n')[0]).toBe(
      'Partner,Country,Currency,Eligible total,Rate,ERDF,Partner contribution',
    );
    expect(text).toContain(',1244137.34,');
  });

  test('ETag and 304 on If-None-Match; the ETag differs by language', async () => {
    const first = await app.request('/v1/budget?lang=it');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[^"]+"$/);
    const again = await app.request('/v1/budget?lang=it', { headers: { 'If-None-Match': etag ?? '' } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const german = await app.request('/v1/budget?lang=de');
    expect(german.headers.get('etag')).not.toBe(etag);
  });
});

describe('reference resources', () => {
  test('partners, localised by Accept-Language with regional fallback (de-CH → de)', async () => {
    const response = await app.request('/v1/partners', { headers: { 'Accept-Language': 'de-CH, fr;q=0.5' } });
    const body = (await response.json()) as {
      items: { id: string; countryLabel: string; roleLabel: string }[];
    };
    expect(body.items.map((p) => p.id)).toEqual([
      'cc-vallee-chamonix',
      'cc-pays-mont-blanc',
      'chambre-valdotaine',
      'cimark',
    ]);
    expect(body.items[3]?.countryLabel).toBe('Schweiz');
  });

  test('one partner, and a problem document for an unknown one', async () => {
    const found = await app.request('/v1/partners/chambre-valdotaine?lang=it');
    expect(((await found.json()) as { delegatedBody?: { name: string } }).delegatedBody?.name).toMatch(
      /Unioncamere Piemonte/,
    );
    const missing = await app.request('/v1/partners/nobody?lang=en');
    expect(missing.status).toBe(404);
    const problem = await problemOf(missing);
    expect(problem.code).toBe('not-found');
    expect(problem.type).toBe('urn:mbi:problem:not-found');
    expect(problem.title).toBe('The requested resource was not found.');
    expect(problem.requestId).toBe(missing.headers.get('x-request-id'));
  });

  test('project, work packages and filières', async () => {
    const project = (await (await app.request('/v1/project')).json()) as { project: { filedOn: string } };
    expect(project.project.filedOn).toBe('2016-01-11');
    const wps = (await (await app.request('/v1/work-packages')).json()) as {
      items: { id: string; activities: { id: string }[] }[];
    };
    expect(wps.items.map((wp) => [wp.id, wp.activities.map((a) => a.id)])).toEqual([
      ['wp1', ['1.1', '1.2']],
      ['wp2', ['2.1', '2.2']],
      ['wp3', ['3.1', '3.2']],
      ['wp4', ['4.1', '4.2']],
    ]);
    const filieres = (await (await app.request('/v1/filieres')).json()) as {
      items: { id: string; codes: { code: string }[] }[];
    };
    expect(filieres.items.map((f) => f.id)).toEqual(['outdoor', 'phyto', 'renovation']);
    // NAF 49.39C (téléphériques et remontées mécaniques) is the ski lifts' code
    expect(filieres.items[0]?.codes.map((code) => code.code)).toContain('49.39C');
  });

  test('an Accept header that allows neither JSON nor CSV gets 406', async () => {
    const response = await app.request('/v1/partners', { headers: { Accept: 'application/xml' } });
    expect(response.status).toBe(406);
  });
});

describe('POST /v1/calculations/cofinancing', () => {
  const post = (body: string, type = 'application/json') =>
    app.request('/v1/calculations/cofinancing?lang=en', {
      method: 'POST',
      body,
      headers: { 'Content-Type': type },
    });

  test('truncates the fund to the cent (422,517.30 × 85 % = 359,139.705 → 359,139.70)', async () => {
    const response = await post(JSON.stringify({ eligible: '422517.30', rate: '0.85' }));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      fund: { amount: '359139.70', currency: 'EUR' },
      contribution: { amount: '63377.60', currency: 'EUR' },
    });
  });

  test.each([
    [{ eligible: '1.234', rate: '0.85' }, 'body.eligible'],
    [{ eligible: '100', rate: '85' }, 'body.rate'],
    [{ eligible: 100, rate: '0.85' }, 'body.eligible'],
    [{ eligible: '100', rate: '0.85', currency: 'USD' }, 'body.currency'],
    [{ eligible: '100', rate: '0.85', extra: true }, 'body'],
    [{ rate: '0.85' }, 'body.eligible'],
  ])('refuses %j naming %s', async (body, field) => {
    const response = await post(JSON.stringify(body));
    expect(response.status).toBe(400);
    const problem = await problemOf(response);
    expect(problem.code).toBe('validation-failed');
    expect((problem.errors as { field: string }[]).map((error) => error.field)).toContain(field);
  });

  test('malformed JSON is a 400 problem, not a crash', async () => {
    const response = await post('{"eligible": "1",');
    expect(response.status).toBe(400);
    expect((await problemOf(response)).code).toBe('malformed-json');
  });

  test('a body that is not JSON is refused with 415', async () => {
    const response = await post('eligible=1', 'application/x-www-form-urlencoded');
    expect(response.status).toBe(415);
  });

  test('an oversized body is refused with 413', async () => {
    const response = await post(JSON.stringify({ eligible: '1', rate: '0.5', pad: 'x'.repeat(100_000) }));
    expect(response.status).toBe(413);
    expect((await problemOf(response)).code).toBe('payload-too-large');
  });
});

describe('GET /v1/classifications/{code}', () => {
  test('NAF 43.31Z (plâtrerie) is renovation', async () => {
    const body = (await (await app.request('/v1/classifications/43.31Z')).json()) as {
      naceClass: string;
      filieres: { filiere: string }[];
      naceLabel: string;
    };
    expect(body.naceClass).toBe('43.31');
    expect(body.naceLabel).toBe('Travaux de plâtrerie');
    expect(body.filieres.map((f) => f.filiere)).toEqual(['renovation']);
  });

  test('a 2025 code classifies like its 2008 predecessor (47.64 → 47.63)', async () => {
    const body = (await (await app.request('/v1/classifications/47.63?scheme=nace2025')).json()) as {
      filieres: { filiere: string }[];
    };
    expect(body.filieres.map((f) => f.filiere)).toEqual(['outdoor']);
  });

  test('not a code → 400, unknown code → 404, bad scheme → 400', async () => {
    expect((await app.request('/v1/classifications/hello')).status).toBe(400);
    expect((await app.request('/v1/classifications/43.35')).status).toBe(404);
    expect((await app.request('/v1/classifications/43.31?scheme=sic')).status).toBe(400);
  });
});

describe('cross-cutting behaviour', () => {
  test('unknown routes are 404 problem documents in the asked language', async () => {
    const response = await app.request('/v2/nothing', { headers: { 'Accept-Language': 'it' } });
    expect(response.status).toBe(404);
    const problem = await problemOf(response);
    expect(problem.title).toBe('La risorsa richiesta non è stata trovata.');
  });

  test('secure headers and a request id (echoed when the client sends a sane one)', async () => {
    const response = await app.request('/v1/partners', { headers: { 'X-Request-Id': 'abc-123' } });
    expect(response.headers.get('x-request-id')).toBe('abc-123');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    const generated = await app.request('/v1/partners', {
      headers: { 'X-Request-Id': 'bad id with spaces' },
    });
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  test('CORS only for allowlisted origins', async () => {
    const allowed = await app.request('/v1/partners', {
      headers: { Origin: 'https://dashboard.example.org' },
    });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://dashboard.example.org');
    const other = await app.request('/v1/partners', { headers: { Origin: 'https://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  test('status is ok while the database answers', async () => {
    const response = await app.request('/v1/status');
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  test('the OpenAPI 3.1 document lists the resources, and /docs works offline', async () => {
    const doc = (await (await app.request('/v1/openapi.json')).json()) as {
      openapi: string;
      paths: Record<string, unknown>;
    };
    expect(doc.openapi).toBe('3.1.0');
    for (const path of [
      '/v1/status',
      '/v1/project',
      '/v1/partners',
      '/v1/partners/{id}',
      '/v1/work-packages',
      '/v1/filieres',
      '/v1/budget',
      '/v1/calculations/cofinancing',
      '/v1/classifications/{code}',
    ]) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
    const docs = await app.request('/docs');
    // The page may run its own scripts (Swagger UI) and nothing from elsewhere; JSON answers allow nothing.
    expect(docs.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(docs.headers.get('content-security-policy')).not.toMatch(/https?:/);
    const page = await docs.text();
    const urls = [...page.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1] ?? '');
    expect(urls.length).toBeGreaterThan(2);
    for (const url of urls) {
      expect(url.startsWith('/docs/assets/')).toBe(true);
      expect((await app.request(url)).status).toBe(200);
    }
  });
});

describe('limits', () => {
  test('rate limiting answers 429 with Retry-After and RateLimit headers', async () => {
    const limited = await buildTestApp(database, { rateLimitPerMinute: 2 });
    const first = await limited.request('/v1/partners');
    expect(first.headers.get('ratelimit-limit')).toBe('2');
    expect(first.headers.get('ratelimit-remaining')).toBe('1');
    await limited.request('/v1/partners');
    const third = await limited.request('/v1/partners');
    expect(third.status).toBe(429);
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await problemOf(third)).code).toBe('too-many-requests');
  });

  test('503 problem when the database is down', async () => {
    const broken = await openDatabase({ dataDir: 'memory://' });
    const brokenApp = await buildTestApp(broken);
    await broken.close();
    const response = await brokenApp.request('/v1/status');
    expect(response.status).toBe(503);
    expect((await problemOf(response)).code).toBe('service-unavailable');
  });
});
