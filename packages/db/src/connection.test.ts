import { sql } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { openDatabase, queryRows } from './connection';
import { testEngines } from './testing';

describe.each(testEngines())('migrations on $name', (engine) => {
  test('create every table of the schema', async () => {
    const database = await engine.open();
    try {
      const rows = await queryRows<{ table_name: string }>(
        database.db,
        sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
      );
      const names = rows.map((row) => row.table_name);
      expect(names).toEqual([
        'api_keys',
        'audit_log',
        'establishments',
        'partners',
        'reference_documents',
        'sessions',
        'territory_units',
        'users',
      ]);
      expect(await database.ping()).toBe(true);
    } finally {
      await database.close();
    }
  });
});

test('ping reports a closed database as down instead of throwing', async () => {
  const database = await openDatabase({ dataDir: 'memory://' });
  await database.close();
  expect(await database.ping()).toBe(false);
});
