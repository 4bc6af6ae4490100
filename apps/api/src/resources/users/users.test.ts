import { type Database, openDatabase } from '@mbi/db';
import { testEngines } from '@mbi/db/testing';
import { MESSAGES } from '@mbi/i18n';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, problemOf, type TestApp } from '../../testing';

const PASSWORD = 'correct horse battery staple';

interface Session {
  readonly cookie: string;
  readonly csrf: string;
}

describe.each(testEngines())('users through the API on $name', (engine) => {
  let database: Database & { readonly url?: string };
  let api: TestApp;
  let admin = '';
  let viewerKey = '';
  // An admin bound to CimArk, signed in: manages CimArk's users only.
  let cimarkAdmin: Session;

  const signIn = async (email: string, password: string, app = api.app): Promise<Session> => {
    const response = await app.request('/v1/auth/sessions', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    if (response.status !== 201) throw new Error(`sign-in of ${email}: ${response.status}`);
    const { csrfToken } = (await response.json()) as { csrfToken: string };
    return { cookie: (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '', csrf: csrfToken };
  };
  const asKey = (key: string, path: string, init: RequestInit = {}) =>
    api.app.request(path, {
      ...init,
      headers: {
        Authorization: `Bearer ${key}`,
        'Content-Type': 'application/json',
        ...(init.headers ?? {}),
      },
    });
  const asSession = (session: Session, path: string, init: RequestInit = {}, app = api.app) =>
    app.request(path, {
      ...init,
      headers: {
        Cookie: session.cookie,
        'X-CSRF-Token': session.csrf,
        'Content-Type': 'application/json',
        ...(init.headers ?? {}),
      },
    });
  const create = async (body: Record<string, unknown>, key = admin) => {
    const response = await asKey(key, '/v1/users', { method: 'POST', body: JSON.stringify(body) });
    return { response, body: (await response.json()) as Record<string, unknown> };
  };

  beforeAll(async () => {
    database = await engine.open();
    api = await createTestApp(database);
    admin = await api.key('admin', null);
    viewerKey = await api.key('viewer', 'cimark');
    await api.user('admin@cimark.example', PASSWORD, 'admin', 'cimark');
    await api.user('viewer@chamonix.example', PASSWORD, 'viewer', 'cc-vallee-chamonix');
    cimarkAdmin = await signIn('admin@cimark.example', PASSWORD);
  });
  afterAll(async () => {
    await database.close();
  });

  test('an admin creates a user and gets a password, once, with which the user signs in', async () => {
    const { response, body } = await create({
      email: ' Anna.Rossi@Chambre.example ',
      name: 'Anna Rossi',
      role: 'editor',
      partnerId: 'chambre-valdotaine',
    });
    expect(response.status).toBe(201);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const user = body.user as Record<string, unknown>;
    expect(user).toMatchObject({
      email: 'anna.rossi@chambre.example',
      name: 'Anna Rossi',
      role: 'editor',
      partnerId: 'chambre-valdotaine',
      disabledAt: null,
    });
    expect(response.headers.get('location')).toBe(`/v1/users/${user.id}`);
    expect(String(body.password).length).toBeGreaterThanOrEqual(12);
    const session = await signIn('anna.rossi@chambre.example', String(body.password));
    const me = await asSession(session, '/v1/auth/me');
    expect(await me.json()).toMatchObject({ kind: 'user', role: 'editor', partnerId: 'chambre-valdotaine' });
    // The list never shows the password again.
    const list = await asKey(admin, '/v1/users');
    expect(JSON.stringify(await list.json())).not.toContain(String(body.password));
  });

  test('creation refusals: duplicate email, a viewer without partner, a bad email, an unknown field', async () => {
    const duplicate = await create({
      email: 'ANNA.rossi@chambre.example',
      name: 'A',
      role: 'viewer',
      partnerId: 'cimark',
    });
    expect(duplicate.response.status).toBe(409);
    expect(duplicate.body.code).toBe('duplicate-identifier');
    const orphan = await create({ email: 'o@x.example', name: 'O', role: 'viewer', partnerId: null });
    expect(orphan.response.status).toBe(400);
    expect(orphan.body.errors).toEqual([expect.objectContaining({ field: 'body.partnerId' })]);
    const email = await create({ email: 'not an address', name: 'O', role: 'viewer', partnerId: 'cimark' });
    expect(email.response.status).toBe(400);
    expect(email.body.errors).toEqual([expect.objectContaining({ field: 'body.email' })]);
    const extra = await create({
      email: 'e@x.example',
      name: 'E',
      role: 'viewer',
      partnerId: 'cimark',
      password: 'x',
    });
    expect(extra.response.status).toBe(400);
    const nul = await create({ email: 'n@x.example', name: 'N\u0000', role: 'viewer', partnerId: 'cimark' });
    expect(nul.response.status).toBe(400);
    expect(nul.body.errors).toEqual([
      expect.objectContaining({ field: 'body.name', code: 'control-character' }),
    ]);
  });

  test('only admins manage users; an admin of a partner manages that partner’s users only', async () => {
    expect((await asKey(viewerKey, '/v1/users')).status).toBe(403);
    expect((await api.app.request('/v1/users')).status).toBe(401);
    const mine = await asSession(cimarkAdmin, '/v1/users');
    const items = ((await mine.json()) as { items: { partnerId: string | null }[] }).items;
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((user) => user.partnerId === 'cimark')).toBe(true);
    const all = await asKey(admin, '/v1/users');
    const everyone = ((await all.json()) as { items: { partnerId: string | null }[] }).items;
    expect(new Set(everyone.map((user) => user.partnerId)).size).toBeGreaterThan(1);
    const other = await asSession(cimarkAdmin, '/v1/users?partner=cc-vallee-chamonix', {
      headers: { 'Accept-Language': 'de' },
    });
    expect(other.status).toBe(403);
    expect((await problemOf(other)).detail).toBe(
      'Ein Administrator von cimark verwaltet nur die Benutzer von cimark.',
    );
    const create = await asSession(cimarkAdmin, '/v1/users', {
      method: 'POST',
      body: JSON.stringify({
        email: 'x@y.example',
        name: 'X',
        role: 'viewer',
        partnerId: 'cc-vallee-chamonix',
      }),
    });
    expect(create.status).toBe(403);
    const ownPartner = await asSession(cimarkAdmin, '/v1/users', {
      method: 'POST',
      body: JSON.stringify({ email: 'luc@cimark.example', name: 'Luc', role: 'viewer', partnerId: 'cimark' }),
    });
    expect(ownPartner.status).toBe(201);
    const chamonixViewer = everyone.find((user) => user.partnerId === 'cc-vallee-chamonix') as unknown as {
      id: string;
    };
    const patch = await asSession(cimarkAdmin, `/v1/users/${chamonixViewer.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ role: 'editor' }),
    });
    expect(patch.status).toBe(403);
  });

  test('disabling a user ends their sessions at once; enabling lets them sign in again', async () => {
    const { body } = await create({
      email: 'marc@pays.example',
      name: 'Marc',
      role: 'viewer',
      partnerId: 'cc-pays-mont-blanc',
    });
    const id = (body.user as { id: string }).id;
    const session = await signIn('marc@pays.example', String(body.password));
    expect((await asSession(session, '/v1/auth/me')).status).toBe(200);
    const disabled = await asKey(admin, `/v1/users/${id}`, {
      method: 'PATCH',
      body: JSON.stringify({ disabled: true, role: 'editor', name: 'Marc B.' }),
    });
    expect(disabled.status).toBe(200);
    expect(await disabled.json()).toMatchObject({
      role: 'editor',
      name: 'Marc B.',
      disabledAt: expect.any(String),
    });
    expect((await asSession(session, '/v1/auth/me')).status).toBe(401);
    await expect(signIn('marc@pays.example', String(body.password))).rejects.toThrow(/401/);
    const enabled = await asKey(admin, `/v1/users/${id}`, {
      method: 'PATCH',
      body: JSON.stringify({ disabled: false }),
    });
    expect(await enabled.json()).toMatchObject({ disabledAt: null });
    await signIn('marc@pays.example', String(body.password));
  });

  test('update refusals: one’s own account, an unknown user, an empty patch, a viewer without partner', async () => {
    const me = (await (await asSession(cimarkAdmin, '/v1/auth/me')).json()) as { id: string };
    const self = await asSession(cimarkAdmin, `/v1/users/${me.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ disabled: true }),
      headers: { 'Accept-Language': 'it' },
    });
    expect(self.status).toBe(403);
    expect((await problemOf(self)).detail).toBe(MESSAGES.it['problem.detail.ownAccount']);
    const rename = await asSession(cimarkAdmin, `/v1/users/${me.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ name: 'Admin CimArk' }),
    });
    expect(rename.status).toBe(200);
    const unknown = await asKey(admin, '/v1/users/00000000-0000-4000-8000-000000000000', {
      method: 'PATCH',
      body: JSON.stringify({ name: 'x' }),
    });
    expect(unknown.status).toBe(404);
    expect((await problemOf(unknown)).detail).toContain('00000000-0000-4000-8000-000000000000');
    const empty = await asKey(admin, `/v1/users/${me.id}`, { method: 'PATCH', body: '{}' });
    expect(empty.status).toBe(400);
    const { body } = await create({ email: 'root2@x.example', name: 'Root', role: 'admin', partnerId: null });
    const demote = await asKey(admin, `/v1/users/${(body.user as { id: string }).id}`, {
      method: 'PATCH',
      body: JSON.stringify({ role: 'viewer' }),
    });
    expect(demote.status).toBe(400);
    expect((await problemOf(demote)).errors).toEqual([expect.objectContaining({ field: 'body.role' })]);
  });

  test('every write is in the change feed for admins, without a password; never for a viewer', async () => {
    const changes = await asKey(admin, '/v1/changes?resource=user&limit=1000');
    const page = (await changes.json()) as {
      items: { operation: string; representation: Record<string, unknown> | null }[];
    };
    const operations = new Set(page.items.map((change) => change.operation));
    expect([...operations]).toEqual(expect.arrayContaining(['create', 'update']));
    const text = JSON.stringify(page);
    expect(text).not.toMatch(/password|scrypt/i);
    const representation = page.items.at(-1)?.representation ?? {};
    expect(Object.keys(representation).sort()).toEqual(
      ['createdAt', 'disabledAt', 'email', 'id', 'name', 'partnerId', 'role'].sort(),
    );
    expect((await asKey(viewerKey, '/v1/changes?resource=user')).status).toBe(400);
    const viewerFeed = (await (await asKey(viewerKey, '/v1/changes?limit=1000')).json()) as {
      items: { resource: string }[];
    };
    expect(viewerFeed.items.some((change) => change.resource === 'user')).toBe(false);
    // An admin of CimArk reads the changes of CimArk's accounts only, as GET /v1/users shows it only those.
    const partnerFeed = (await (
      await asSession(cimarkAdmin, '/v1/changes?resource=user&limit=1000')
    ).json()) as { items: { representation: { partnerId?: string } | null }[] };
    expect(partnerFeed.items.length).toBeGreaterThan(0);
    expect(partnerFeed.items.every((change) => change.representation?.partnerId === 'cimark')).toBe(true);
    expect(page.items.some((change) => change.representation?.partnerId === 'cc-vallee-chamonix')).toBe(true);
  });

  describe('changing one’s password', () => {
    test('needs the current one, a new one of 12 characters or more that differs, and the session’s CSRF token', async () => {
      await api.user('pia@cimark.example', PASSWORD, 'viewer', 'cimark');
      const session = await signIn('pia@cimark.example', PASSWORD);
      const other = await signIn('pia@cimark.example', PASSWORD);
      const change = (body: unknown, headers: Record<string, string> = {}) =>
        asSession(session, '/v1/auth/password', { method: 'POST', body: JSON.stringify(body), headers });

      const wrong = await change(
        { currentPassword: 'not it at all', newPassword: 'a new passphrase' },
        {
          'Accept-Language': 'fr',
        },
      );
      expect(wrong.status).toBe(400);
      const wrongProblem = await problemOf(wrong);
      expect(wrongProblem.errors).toEqual([
        expect.objectContaining({ field: 'body.currentPassword', code: 'wrong-password' }),
      ]);
      expect(wrongProblem.detail).toBe(MESSAGES.fr['problem.detail.wrongCurrentPassword']);
      const same = await change({ currentPassword: PASSWORD, newPassword: PASSWORD });
      expect(same.status).toBe(400);
      expect((await problemOf(same)).errors).toEqual([
        expect.objectContaining({ field: 'body.newPassword', code: 'same-password' }),
      ]);
      const short = await change({ currentPassword: PASSWORD, newPassword: 'short' });
      expect(short.status).toBe(400);
      const noCsrf = await api.app.request('/v1/auth/password', {
        method: 'POST',
        headers: { Cookie: session.cookie, 'Content-Type': 'application/json' },
        body: JSON.stringify({ currentPassword: PASSWORD, newPassword: 'a new passphrase' }),
      });
      expect(noCsrf.status).toBe(403);

      const changed = await change({ currentPassword: PASSWORD, newPassword: 'a new passphrase' });
      expect(changed.status).toBe(204);
      // This session stays; the user's other sessions end; the old password no longer opens one.
      expect((await asSession(session, '/v1/auth/me')).status).toBe(200);
      expect((await asSession(other, '/v1/auth/me')).status).toBe(401);
      await expect(signIn('pia@cimark.example', PASSWORD)).rejects.toThrow(/401/);
      await signIn('pia@cimark.example', 'a new passphrase');
    });

    test('is for signed-in users: an API key has no password', async () => {
      const response = await asKey(viewerKey, '/v1/auth/password', {
        method: 'POST',
        body: JSON.stringify({ currentPassword: PASSWORD, newPassword: 'a new passphrase' }),
      });
      expect(response.status).toBe(403);
      expect((await problemOf(response)).detail).toBe(MESSAGES.fr['problem.detail.passwordNeedsUser']);
    });
  });

  // Several processes exist only on PostgreSQL (PGlite is held by one process): the test is declared there only.
  if (engine.name === 'postgres') {
    test('a user disabled through one process is refused by another at once', async () => {
      const second = await openDatabase({ url: database.url ?? '' });
      try {
        const other = await createTestApp(second);
        const { body } = await create({
          email: 'eva@cimark.example',
          name: 'Eva',
          role: 'viewer',
          partnerId: 'cimark',
        });
        const session = await signIn('eva@cimark.example', String(body.password), other.app);
        expect((await asSession(session, '/v1/auth/me', {}, other.app)).status).toBe(200);
        await asKey(admin, `/v1/users/${(body.user as { id: string }).id}`, {
          method: 'PATCH',
          body: JSON.stringify({ disabled: true }),
        });
        expect((await asSession(session, '/v1/auth/me', {}, other.app)).status).toBe(401);
      } finally {
        await second.close();
      }
    });
  }
});
