import { createMbiClient, type MbiClient } from '@mbi/client';
import type { Database } from '@mbi/db';
import { testEngines } from '@mbi/db/testing';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BASE_URL, createTestApp, type TestApp } from '../testing';

// What the reference dashboard asks through @mbi/client: the service, users, passwords, the nomenclature.
describe.each(testEngines())('the dashboard’s calls through the client, API on $name', (engine) => {
  let database: Database;
  let api: TestApp;
  let client: MbiClient;

  beforeAll(async () => {
    database = await engine.open();
    api = await createTestApp(database);
    client = createMbiClient({ baseUrl: BASE_URL, fetch: api.fetch, lang: 'it' });
  });
  afterAll(async () => {
    await database.close();
  });

  test('listUsers, createUser, updateUser: an admin manages users; the password is shown once', async () => {
    const admin = createMbiClient({
      baseUrl: BASE_URL,
      fetch: api.fetch,
      apiKey: await api.key('admin', null),
    });
    const created = await admin.createUser({
      email: 'Lea@CimArk.example',
      name: 'Léa',
      role: 'viewer',
      partnerId: 'cimark',
    });
    if (!created.ok) throw new Error(created.problem.title);
    expect(created.response.status).toBe(201);
    expect(created.value.user).toMatchObject({
      email: 'lea@cimark.example',
      role: 'viewer',
      disabledAt: null,
    });
    expect(created.value.password.length).toBeGreaterThanOrEqual(12);
    const again = await admin.createUser({
      email: 'lea@cimark.example',
      name: 'L',
      role: 'viewer',
      partnerId: 'cimark',
    });
    expect(!again.ok && again.problem.code).toBe('duplicate-identifier');
    const listed = await admin.listUsers({ partner: 'cimark' });
    expect(listed.ok && listed.value.items.map((user) => user.email)).toEqual(['lea@cimark.example']);
    const updated = await admin.updateUser(created.value.user.id, { role: 'editor', disabled: true });
    if (!updated.ok) throw new Error(updated.problem.title);
    expect(updated.value).toMatchObject({ role: 'editor', disabledAt: expect.any(String) });
    const viewer = createMbiClient({
      baseUrl: BASE_URL,
      fetch: api.fetch,
      apiKey: await api.key('viewer', 'cimark'),
    });
    const refused = await viewer.listUsers();
    expect(!refused.ok && refused.problem.status).toBe(403);
  });

  test('changePassword: a signed-in user, through a fetch that carries the session and its CSRF token', async () => {
    const password = 'correct horse battery staple';
    await api.user('noe@chambre.example', password, 'editor', 'chambre-valdotaine');
    const signIn = await api.app.request('/v1/auth/sessions', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'noe@chambre.example', password }),
    });
    const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const { csrfToken } = (await signIn.json()) as { csrfToken: string };
    const session = createMbiClient({
      baseUrl: BASE_URL,
      lang: 'fr',
      fetch: async (request) => {
        const headers = new Headers(request.headers);
        headers.set('Cookie', cookie);
        headers.set('X-CSRF-Token', csrfToken);
        return api.fetch(new Request(request, { headers }));
      },
    });
    const wrong = await session.changePassword({
      currentPassword: 'not the one',
      newPassword: 'a new passphrase',
    });
    expect(!wrong.ok && wrong.problem.errors?.map((error) => error.field)).toEqual(['body.currentPassword']);
    const changed = await session.changePassword({
      currentPassword: password,
      newPassword: 'a new passphrase',
    });
    expect(changed.ok && changed.response.status).toBe(204);
  });

  test('searchNomenclature and getNomenclatureEntry: the exact code first, then one code in full', async () => {
    const page = await client.searchNomenclature({ q: '43.29B', limit: 5 });
    if (!page.ok) throw new Error(page.problem.title);
    expect(page.value.items[0]).toMatchObject({ system: 'naf', code: '43.29B', naceClass: '43.29' });
    expect(page.value.limit).toBe(5);
    const entry = await client.getNomenclatureEntry('nace', '47.64');
    if (!entry.ok) throw new Error(entry.problem.title);
    expect(entry.value.correspondence[0]?.rev21[0]?.code).toBe('47.63');
    expect(entry.value.filieres[0]).toMatchObject({ filiere: 'outdoor', weight: 'partial' });
    const missing = await client.getNomenclatureEntry('nace', '43.35');
    expect(!missing.ok && missing.problem.detail).toBe('La classificazione nace non ha il codice 43.35.');
  });

  test('getMeta: the service, without a key', async () => {
    const meta = await client.getMeta();
    if (!meta.ok) throw new Error(meta.problem.title);
    expect(meta.value).toMatchObject({
      database: engine.name,
      demo: false,
      languages: ['fr', 'it', 'de', 'en'],
      signIn: 'password',
    });
  });
});
