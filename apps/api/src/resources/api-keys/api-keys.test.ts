import { createApiKey, type Database } from '@mbi/db';
import { testEngines } from '@mbi/db/testing';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, problemOf, type TestApp } from '../../testing';

const SYSTEM = {
  principal: { kind: 'system', id: 'test', label: 'test', role: 'admin', partnerId: null },
} as const;

describe.each(testEngines())('API keys through the API on $name', (engine) => {
  let database: Database;
  let app: TestApp['app'];
  let admin = '';
  let editor = '';

  beforeAll(async () => {
    database = await engine.open();
    app = (await createTestApp(database)).app;
    const a = await createApiKey(database.db, { label: 'admin', role: 'admin', partnerId: null }, SYSTEM);
    const e = await createApiKey(
      database.db,
      { label: 'editor', role: 'editor', partnerId: 'cimark' },
      SYSTEM,
    );
    if (!a.ok || !e.ok) throw new Error('setup');
    admin = a.value.token;
    editor = e.value.token;
  });
  afterAll(async () => {
    await database.close();
  });

  const call = (token: string, path: string, init: RequestInit = {}) =>
    app.request(path, {
      ...init,
      headers: {
        Authorization: `Bearer ${token}`,
        'Content-Type': 'application/json',
        ...(init.headers ?? {}),
      },
    });

  test('an admin creates a key whose token works at once, and is shown only in that answer', async () => {
    const created = await call(admin, '/v1/api-keys', {
      method: 'POST',
      body: JSON.stringify({ label: 'Aosta CRM', role: 'editor', partnerId: 'chambre-valdotaine' }),
    });
    expect(created.status).toBe(201);
    const { key, token } = (await created.json()) as { key: { id: string; prefix: string }; token: string };
    expect(token.startsWith(`mbi_${key.prefix}_`)).toBe(true);
    const me = await call(token, '/v1/auth/me');
    expect(await me.json()).toMatchObject({ role: 'editor', partnerId: 'chambre-valdotaine' });
    const list = await call(admin, '/v1/api-keys?partner=chambre-valdotaine');
    const text = await list.text();
    expect(text).toContain(key.prefix);
    expect(text).not.toContain(token);
    const revoked = await call(admin, `/v1/api-keys/${key.id}`, { method: 'DELETE' });
    expect(revoked.status).toBe(200);
    expect((await call(token, '/v1/auth/me')).status).toBe(401);
  });

  test('only admins manage keys; bad requests name the field', async () => {
    expect((await call(editor, '/v1/api-keys')).status).toBe(403);
    const unknown = await call(admin, '/v1/api-keys', {
      method: 'POST',
      body: JSON.stringify({ label: 'x', role: 'viewer', partnerId: 'nobody' }),
    });
    expect(unknown.status).toBe(400);
    expect(((await problemOf(unknown)).errors as { field: string }[])[0]?.field).toBe('body.partnerId');
    expect((await call(admin, '/v1/api-keys/zzzzzzzz', { method: 'DELETE' })).status).toBe(404);
  });
});
