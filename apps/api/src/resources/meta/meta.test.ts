import { type Database, loadDemoData, removeDemoData } from '@mbi/db';
import { testEngines } from '@mbi/db/testing';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import packageJson from '../../../package.json' with { type: 'json' };
import { createTestApp, type TestApp } from '../../testing';

describe.each(testEngines())('GET /v1/meta on $name', (engine) => {
  let database: Database;
  let api: TestApp;
  beforeAll(async () => {
    database = await engine.open();
    api = await createTestApp(database);
  });
  afterAll(async () => {
    await database.close();
  });

  test('says, without a key, what the service is and whether it holds demo data', async () => {
    const response = await api.app.request('/v1/meta');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      version: packageJson.version,
      database: engine.name,
      demo: false,
      languages: ['fr', 'it', 'de', 'en'],
      signIn: 'password',
    });
    const etag = response.headers.get('etag') ?? '';
    const again = await api.app.request('/v1/meta', { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
  });

  test('follows demo data being loaded and removed', async () => {
    const before = await api.app.request('/v1/meta');
    await loadDemoData(database, { perCountry: 5 });
    const loaded = await api.app.request('/v1/meta', {
      headers: { 'If-None-Match': before.headers.get('etag') ?? '' },
    });
    expect(loaded.status).toBe(200);
    expect(await loaded.json()).toMatchObject({ demo: true });
    await removeDemoData(database);
    expect(await (await api.app.request('/v1/meta')).json()).toMatchObject({ demo: false });
  });
});
