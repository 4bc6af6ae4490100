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
