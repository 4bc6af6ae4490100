import { type Database, openDatabase } from '@mbi/db';
import { afterAll, beforeAll } from 'vitest';
import { createTestApp, type TestApp, type TestAppOptions } from './testing';

/**
 * The app on an in-memory PGlite database for the tests of one file: opened before them, closed after.
 * Only for tests that need neither PostgreSQL nor the database itself (reference data, calculations).
 *
 * @example
 * const app = inMemoryApp();
 * test('…', async () => { const response = await app.request('/v1/budget'); … });
 */
export function inMemoryApp(options: TestAppOptions = {}): Pick<TestApp['app'], 'request'> {
  let database: Database | undefined;
  let api: TestApp | undefined;
  beforeAll(async () => {
    database = await openDatabase({ dataDir: 'memory://' });
    api = await createTestApp(database, options);
  });
  afterAll(async () => {
    await database?.close();
  });
  return {
    request: (...args) => {
      if (api === undefined) throw new Error('inMemoryApp: the app is opened in beforeAll');
      return api.app.request(...args);
    },
  };
}
