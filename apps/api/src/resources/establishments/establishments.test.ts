import { auditLog, createApiKey, createUser, type Database } from '@mbi/db';
import { testEngines } from '@mbi/db/testing';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, problemOf, type TestApp } from '../../testing';

// Real identifiers (sources in packages/domain tests): La Poste head office SIRET 356 000 000 00048 (INSEE
// SIRENE); SIRET 732 829 320 00074 (python-stdnum); partita IVA of the Regione Valle d'Aosta 00368440079.
const LA_POSTE = '35600000000048';
const OTHER_SIRET = '73282932000074';
const SYSTEM = {
  principal: { kind: 'system', id: 'test', label: 'test', role: 'admin', partnerId: null },
} as const;

const sportsShop = {
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

describe.each(testEngines())('establishments API on $name', (engine) => {
  let database: Database;
  let app: TestApp['app'];
  const keys: Record<string, string> = {};
  const as = (who: string, init: RequestInit = {}) => ({
    ...init,
    headers: {
      Authorization: `Bearer ${keys[who]}`,
      'Content-Type': 'application/json',
      ...(init.headers ?? {}),
    },
  });

  beforeAll(async () => {
    database = await engine.open();
    app = (await createTestApp(database)).app;
    for (const [who, role, partnerId] of [
      ['viewer', 'viewer', 'cimark'],
      ['chamonix', 'editor', 'cc-vallee-chamonix'],
      ['aosta', 'editor', 'chambre-valdotaine'],
      ['admin', 'admin', null],
    ] as const) {
      const created = await createApiKey(database.db, { label: who, role, partnerId }, SYSTEM);
      if (!created.ok) throw new Error(created.error.message);
      keys[who] = created.value.token;
    }
  });
  afterAll(async () => {
    await database.close();
  });

  test('needs a key: 401 problem with WWW-Authenticate; a wrong key is refused, not ignored', async () => {
    const anonymous = await app.request('/v1/establishments');
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect((await problemOf(anonymous)).code).toBe('unauthorized');
    const wrong = await app.request('/v1/establishments', { headers: { Authorization: 'Bearer mbi_nope' } });
    expect(wrong.status).toBe(401);
  });

  let created: {
    id: string;
    version: number;
    partnerId?: string;
    filieres: string[];
    nationalIdentifier: string;
  };
  let etag: string;

  test('an editor creates for its own partner; identifier normalised, filières derived', async () => {
    const response = await app.request(
      '/v1/establishments',
      as('chamonix', { method: 'POST', body: JSON.stringify(sportsShop) }),
    );
    expect(response.status).toBe(201);
    created = (await response.json()) as typeof created;
    expect(created.nationalIdentifier).toBe(LA_POSTE);
    expect(created.partnerId).toBe('cc-vallee-chamonix');
    // NAF 32.30Z, manufacture of sports goods: outdoor (packages/taxonomy filière map, core)
    expect(created.filieres).toEqual(['outdoor']);
    expect(response.headers.get('location')).toBe(`/v1/establishments/${created.id}`);
    etag = response.headers.get('etag') ?? '';
    expect(etag).toBe(`"${created.id}.1"`);
  });

  test('refuses a viewer (403), another partner’s data (403), a bad SIRET (400 naming the field)', async () => {
    const viewer = await app.request(
      '/v1/establishments',
      as('viewer', { method: 'POST', body: JSON.stringify(sportsShop) }),
    );
    expect(viewer.status).toBe(403);
    const foreign = await app.request(
      '/v1/establishments',
      as('chamonix', {
        method: 'POST',
        body: JSON.stringify({
          ...sportsShop,
          nationalIdentifier: OTHER_SIRET,
          partnerId: 'chambre-valdotaine',
        }),
      }),
    );
    expect(foreign.status).toBe(403);
    const bad = await app.request(
      '/v1/establishments',
      as('chamonix', {
        method: 'POST',
        body: JSON.stringify({ ...sportsShop, nationalIdentifier: '35600000000049' }),
      }),
    );
    expect(bad.status).toBe(400);
    const problem = await problemOf(bad);
    expect((problem.errors as { field: string }[]).map((error) => error.field)).toContain(
      'body.nationalIdentifier',
    );
  });

  test('a duplicate identifier is a 409 and writes nothing (no row, no audit)', async () => {
    const auditBefore = (await database.db.select().from(auditLog)).length;
    const response = await app.request(
      '/v1/establishments',
      as('admin', { method: 'POST', body: JSON.stringify(sportsShop) }),
    );
    expect(response.status).toBe(409);
    expect((await problemOf(response)).code).toBe('duplicate-identifier');
    expect((await database.db.select().from(auditLog)).length).toBe(auditBefore);
  });

  test('GET one with its ETag, 304 on If-None-Match', async () => {
    const response = await app.request(`/v1/establishments/${created.id}`, as('viewer'));
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toBe(etag);
    const again = await app.request(
      `/v1/establishments/${created.id}`,
      as('viewer', { headers: { 'If-None-Match': etag } }),
    );
    expect(again.status).toBe(304);
    expect(
      (await app.request('/v1/establishments/00000000-0000-4000-8000-000000000000', as('viewer'))).status,
    ).toBe(404);
    expect((await app.request('/v1/establishments/not-a-uuid', as('viewer'))).status).toBe(404);
  });

  test('PATCH needs If-Match (428), refuses a stale one (412) and another partner (403)', async () => {
    const patch = { method: 'PATCH', body: JSON.stringify({ sizeBand: '11' }) };
    expect((await app.request(`/v1/establishments/${created.id}`, as('chamonix', patch))).status).toBe(428);
    const stale = await app.request(
      `/v1/establishments/${created.id}`,
      as('chamonix', { ...patch, headers: { 'If-Match': `"${created.id}.7"` } }),
    );
    expect(stale.status).toBe(412);
    const foreign = await app.request(
      `/v1/establishments/${created.id}`,
      as('aosta', { ...patch, headers: { 'If-Match': etag } }),
    );
    expect(foreign.status).toBe(403);
    const ok = await app.request(
      `/v1/establishments/${created.id}`,
      as('chamonix', { ...patch, headers: { 'If-Match': etag } }),
    );
    expect(ok.status).toBe(200);
    expect(ok.headers.get('etag')).toBe(`"${created.id}.2"`);
    expect(((await ok.json()) as { sizeBand: string }).sizeBand).toBe('11');
    const reused = await app.request(
      `/v1/establishments/${created.id}`,
      as('chamonix', { ...patch, headers: { 'If-Match': etag } }),
    );
    expect(reused.status).toBe(412);
  });

  test('every write is audited with the key and the request id', async () => {
    const rows = await database.db.select().from(auditLog);
    const mine = rows.filter((row) => row.resourceId === created.id);
    expect(mine.map((row) => row.action)).toEqual(['create', 'update']);
    const update = mine[1];
    expect(update?.actorType).toBe('api-key');
    expect(update?.before).toMatchObject({ sizeBand: '02' });
    expect(update?.after).toMatchObject({ sizeBand: '11' });
    expect(update?.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  test('list: filters, total, pages, cursor sync and CSV', async () => {
    const italian = {
      country: 'IT',
      nationalIdentifier: '00368440079',
      name: 'Erboristeria alpina',
      activityCode: '20.53.00',
      activityCodeScheme: 'ateco',
      territoryUnitCode: '007003',
      sizeBand: '01',
      status: 'active',
      openedOn: '2015-05-05',
    };
    expect(
      (
        await app.request(
          '/v1/establishments',
          as('aosta', { method: 'POST', body: JSON.stringify(italian) }),
        )
      ).status,
    ).toBe(201);
    const list = async (query: string) =>
      (await (await app.request(`/v1/establishments?${query}`, as('viewer'))).json()) as {
        items: { name: string }[];
        total?: number;
        nextCursor?: string | null;
      };
    expect((await list('')).total).toBe(2);
    expect((await list('filiere=phyto')).items.map((item) => item.name)).toEqual(['Erboristeria alpina']);
    expect((await list('country=FR&nace=32')).items.map((item) => item.name)).toEqual([
      'Atelier de skis du Mont-Blanc',
    ]);
    expect((await list('territory=007003&q=ALPINA')).total).toBe(1);
    expect((await list('limit=1&offset=1')).items).toHaveLength(1);
    const first = await list('cursor=&limit=1');
    expect(first.items).toHaveLength(1);
    const second = await list(`cursor=${encodeURIComponent(first.nextCursor ?? '')}&limit=1`);
    expect(second.items).toHaveLength(1);
    expect(second.items[0]?.name).not.toBe(first.items[0]?.name);
    const bad = await app.request('/v1/establishments?cursor=garbage', as('viewer'));
    expect(bad.status).toBe(400);
    expect((await app.request('/v1/establishments?limit=0', as('viewer'))).status).toBe(400);
    const csv = await app.request('/v1/establishments?format=csv&lang=it', as('viewer'));
    const lines = (await csv.text()).split('\r\n');
    expect(lines[0]).toContain('Filiera');
    expect(lines).toHaveLength(4);
  });

  test('DELETE: other partner 403, owner 204, then 404', async () => {
    expect(
      (await app.request(`/v1/establishments/${created.id}`, as('aosta', { method: 'DELETE' }))).status,
    ).toBe(403);
    expect(
      (await app.request(`/v1/establishments/${created.id}`, as('chamonix', { method: 'DELETE' }))).status,
    ).toBe(204);
    expect((await app.request(`/v1/establishments/${created.id}`, as('viewer'))).status).toBe(404);
  });

  test('dashboard sessions: cookie, CSRF on writes, sign-out', async () => {
    const user = await createUser(
      database.db,
      {
        email: 'Agent@Chamonix.example',
        name: 'Agent',
        password: 'correct horse battery',
        role: 'editor',
        partnerId: 'cc-vallee-chamonix',
      },
      SYSTEM,
    );
    expect(user.ok).toBe(true);
    const wrong = await app.request('/v1/auth/sessions', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'agent@chamonix.example', password: 'wrong password!!' }),
    });
    expect(wrong.status).toBe(401);
    const login = await app.request('/v1/auth/sessions', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'agent@chamonix.example', password: 'correct horse battery' }),
    });
    expect(login.status).toBe(201);
    const cookie = login.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const session = cookie.split(';')[0] ?? '';
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const withCookie = (init: RequestInit = {}) => ({
      ...init,
      headers: { Cookie: session, 'Content-Type': 'application/json', ...(init.headers ?? {}) },
    });
    expect((await app.request('/v1/auth/me', withCookie())).status).toBe(200);
    const body = JSON.stringify({ ...sportsShop, nationalIdentifier: OTHER_SIRET });
    const noCsrf = await app.request('/v1/establishments', withCookie({ method: 'POST', body }));
    expect(noCsrf.status).toBe(403);
    expect((await problemOf(noCsrf)).code).toBe('csrf-failed');
    const withCsrf = await app.request(
      '/v1/establishments',
      withCookie({ method: 'POST', body, headers: { 'X-CSRF-Token': csrfToken } }),
    );
    expect(withCsrf.status).toBe(201);
    const logout = await app.request(
      '/v1/auth/sessions/current',
      withCookie({ method: 'DELETE', headers: { 'X-CSRF-Token': csrfToken } }),
    );
    expect(logout.status).toBe(204);
    expect((await app.request('/v1/auth/me', withCookie())).status).toBe(401);
  });
});
