import { randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { type Database, openDatabase } from './connection';

/** One database engine the test suites run against. */
export interface TestEngine {
  readonly name: 'pglite' | 'postgres';
  /** A fresh, migrated, empty database; `close()` also drops it (PostgreSQL). */
  open(): Promise<Database>;
}

/**
 * The engines to test on: always PGlite in memory, plus the real PostgreSQL when `TEST_DATABASE_URL` is
 * set (CI sets it). Each `open()` on PostgreSQL creates a new database `mbi_test_…` and drops it on close,
 * so runs never see each other's rows.
 *
 * @example
 * describe.each(testEngines())('on $name', (engine) => { … await engine.open() … })
 */
export function testEngines(env: Record<string, string | undefined> = process.env): TestEngine[] {
  const engines: TestEngine[] = [{ name: 'pglite', open: () => openDatabase({ dataDir: 'memory://' }) }];
  const adminUrl = env.TEST_DATABASE_URL;
  if (adminUrl) {
    engines.push({
      name: 'postgres',
      open: async () => {
        const name = `mbi_test_${randomUUID().replaceAll('-', '')}`;
        const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
        await admin.unsafe(`create database ${name}`);
        const url = new URL(adminUrl);
        url.pathname = `/${name}`;
        const database = await openDatabase({ url: url.toString() });
        return {
          ...database,
          close: async () => {
            await database.close();
            await admin.unsafe(`drop database if exists ${name} with (force)`);
            await admin.end({ timeout: 5 });
          },
        };
      },
    });
  }
  return engines;
}
