import { createMbiClient, type Establishment, type EstablishmentInput, type MbiClient } from '@mbi/client';
import type { Database } from '@mbi/db';
import { siretFor, testEngines } from '@mbi/db/testing';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BASE_URL, createTestApp, type TestApp } from '../testing';

// Real identifiers: SIRET 356 000 000 00048, La Poste's head office (INSEE SIRENE); SIRET 732 829 320 00074
// (python-stdnum documentation); partita IVA 00368440079 of the Regione Valle d'Aosta. Communes (BRIEF.md):
// 74056 Chamonix-Mont-Blanc, 74143 Les Houches; comune 007003 Aosta (ISTAT).
const LA_POSTE = '35600000000048';
const STDNUM_SIRET = '73282932000074';
const REGIONE_VDA = '00368440079';

// More SIRETs for the sync test (`siretFor`): the SIREN of the python-stdnum example (732 829 320,
// Luhn-valid) with NICs 0001–0003, each completed by its Luhn digit — the rule a SIRET follows (INSEE).

const skiWorkshop: EstablishmentInput = {
  country: 'FR',
  nationalIdentifier: '356 000 000 00048',
  name: 'Atelier de skis du Mont-Blanc',
  activityCode: '32.30Z',
  activityCodeScheme: 'naf',
  territoryUnitCode: '74056',
  sizeBand: '02',
  status: 'active',
  openedOn: '2018-03-01',
};

describe.each(testEngines())('establishments through the client, API on $name', (engine) => {
  let database: Database;
  let api: TestApp;
  let chamonix: MbiClient;
  let aosta: MbiClient;
  let viewer: MbiClient;

  beforeAll(async () => {
    database = await engine.open();
    api = await createTestApp(database);
    const connect = async (role: 'viewer' | 'editor', partnerId: string | null) =>
      createMbiClient({ baseUrl: BASE_URL, apiKey: await api.key(role, partnerId), fetch: api.fetch });
    chamonix = await connect('editor', 'cc-vallee-chamonix');
    aosta = await connect('editor', 'chambre-valdotaine');
    viewer = await connect('viewer', 'cimark');
  });
  afterAll(async () => {
    await database.close();
  });

  test('without a key: a 401 `unauthorized` problem', async () => {
    const anonymous = createMbiClient({ baseUrl: BASE_URL, fetch: api.fetch });
    const result = await anonymous.listEstablishments();
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.response?.status).toBe(401);
    expect(result.response?.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(result.problem).toMatchObject({ code: 'unauthorized', status: 401 });
  });

  let created: Establishment;
  let firstEtag: string;

  test('create → get: the record with its ETag, identifier normalised, filière derived', async () => {
    const result = await chamonix.createEstablishment(skiWorkshop);
    if (!result.ok) throw new Error(JSON.stringify(result.problem));
    expect(result.response.status).toBe(201);
    created = result.value.establishment;
    expect(created.nationalIdentifier).toBe(LA_POSTE);
    expect(created.partnerId).toBe('cc-vallee-chamonix');
    // NAF 32.30Z, manufacture of sports goods: outdoor (the filière map of packages/taxonomy, core).
    expect(created.filieres).toEqual(['outdoor']);
    firstEtag = result.value.etag;
    expect(firstEtag).toBe(`"${created.id}.1"`);

    const found = await viewer.getEstablishment(created.id);
    if (!found.ok) throw new Error(found.problem.title);
    expect(found.value).toEqual({ establishment: created, etag: firstEtag });
  });

  test('an invalid SIRET is a 400 problem naming the field', async () => {
    const result = await chamonix.createEstablishment({
      ...skiWorkshop,
      nationalIdentifier: '35600000000049',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.code).toBe('validation-failed');
    expect(result.problem.errors?.map((error) => error.field)).toContain('body.nationalIdentifier');
  });

  test('update with If-Match → new ETag; the old ETag again → a 412 `precondition-failed` problem', async () => {
    const updated = await chamonix.updateEstablishment(created.id, { sizeBand: '11' }, firstEtag);
    if (!updated.ok) throw new Error(JSON.stringify(updated.problem));
    expect(updated.value.establishment.sizeBand).toBe('11');
    expect(updated.value.etag).toBe(`"${created.id}.2"`);
    expect(api.requests.at(-1)?.headers.get('if-match')).toBe(firstEtag);

    const stale = await chamonix.updateEstablishment(created.id, { sizeBand: '12' }, firstEtag);
    expect(stale.ok).toBe(false);
    if (stale.ok) return;
    expect(stale.response?.status).toBe(412);
    expect(stale.problem).toMatchObject({ code: 'precondition-failed', status: 412 });

    const current = await viewer.getEstablishment(created.id);
    expect(current.ok && current.value.establishment.sizeBand).toBe('11');
    expect(current.ok && current.value.etag).toBe(updated.value.etag);
  });

  test('another partner’s editor may not change it: 403 `forbidden`', async () => {
    const current = await viewer.getEstablishment(created.id);
    if (!current.ok) throw new Error(current.problem.title);
    const result = await aosta.updateEstablishment(created.id, { name: 'Hijacked' }, current.value.etag);
    expect(result.ok).toBe(false);
    expect(result.ok ? 0 : result.problem.status).toBe(403);
  });

  test('list with a total; sync over every page yields each establishment once', async () => {
    const more: EstablishmentInput[] = [
      {
        ...skiWorkshop,
        nationalIdentifier: STDNUM_SIRET,
        name: 'Plâtrerie des Houches',
        activityCode: '43.31Z',
        territoryUnitCode: '74143',
      },
      ...[1, 2, 3].map((nic, index) => ({
        ...skiWorkshop,
        nationalIdentifier: siretFor('732829320', nic),
        name: `Rénovation ${index + 1}`,
        activityCode: '43.31Z',
        territoryUnitCode: index % 2 === 0 ? '74056' : '74143',
      })),
    ];
    const ids = [created.id];
    for (const input of more) {
      const result = await chamonix.createEstablishment(input);
      if (!result.ok) throw new Error(JSON.stringify(result.problem));
      ids.push(result.value.establishment.id);
    }
    const italian = await aosta.createEstablishment({
      country: 'IT',
      nationalIdentifier: REGIONE_VDA,
      name: 'Erboristeria alpina',
      activityCode: '20.53.00',
      activityCodeScheme: 'ateco',
      territoryUnitCode: '007003',
      sizeBand: '01',
      status: 'active',
      openedOn: '2015-05-05',
    });
    if (!italian.ok) throw new Error(JSON.stringify(italian.problem));
    ids.push(italian.value.establishment.id);

    const page = await viewer.listEstablishments({ limit: 2, offset: 2 });
    if (!page.ok) throw new Error(page.problem.title);
    expect(page.value).toMatchObject({ total: 6, limit: 2, offset: 2 });
    expect(page.value.items).toHaveLength(2);

    const seen: string[] = [];
    let pages = 0;
    for await (const result of viewer.syncEstablishments({ limit: 2 })) {
      if (!result.ok) throw new Error(result.problem.title);
      pages += 1;
      seen.push(...result.value.items.map((item) => item.id));
    }
    expect(pages).toBe(3);
    expect(seen).toHaveLength(ids.length);
    expect(new Set(seen)).toEqual(new Set(ids));

    const renovation: string[] = [];
    for await (const result of viewer.syncEstablishments({
      filiere: 'renovation',
      territory: '74143',
      limit: 1,
    })) {
      if (!result.ok) throw new Error(result.problem.title);
      renovation.push(...result.value.items.map((item) => item.name));
    }
    expect(renovation.sort()).toEqual(['Plâtrerie des Houches', 'Rénovation 2']);
  });

  test('sync stops after a failed page, yielding the problem', async () => {
    const results = [];
    for await (const result of viewer.syncEstablishments({ limit: 5000 })) results.push(result);
    expect(results).toHaveLength(1);
    expect(results[0]?.ok ? 200 : results[0]?.problem.status).toBe(400);
  });

  test('delete with a stale ETag is refused (412); with the current one 204; then a 404 problem', async () => {
    const stale = await chamonix.deleteEstablishment(created.id, firstEtag);
    expect(stale.ok ? 204 : stale.problem.status).toBe(412);
    const current = await viewer.getEstablishment(created.id);
    if (!current.ok) throw new Error(current.problem.title);
    const deleted = await chamonix.deleteEstablishment(created.id, current.value.etag);
    expect(deleted.ok).toBe(true);
    expect(deleted.response?.status).toBe(204);
    const gone = await viewer.getEstablishment(created.id);
    expect(gone.ok ? 200 : gone.problem.code).toBe('not-found');
  });
});
