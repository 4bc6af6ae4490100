import { getTableName, is, sql } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import { describe, expect, test } from 'vitest';
import { DatabaseBusyError, openDatabase, queryRows } from './connection';
import * as schema from './schema';
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
      // The migrations and the drizzle schema are written apart: every table of the one is in the other.
      const declared = Object.values(schema)
        .filter((value) => is(value, PgTable))
        .map((table) => getTableName(table as PgTable))
        .sort();
      expect(names).toEqual(declared);
      expect(names).toContain('establishments');
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

test('a PGlite data folder is created with its parents on first start, and reopened with its data', async () => {
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const root = mkdtempSync(join(tmpdir(), 'mbi-db-'));
  const dataDir = join(root, 'nested', 'pglite');
  try {
    const first = await openDatabase({ dataDir });
    await first.db.execute(
      sql`insert into reference_documents (key, version, data) values ('probe', '1', '{}')`,
    );
    await first.close();
    const second = await openDatabase({ dataDir });
    const rows = await queryRows<{ key: string }>(second.db, sql`select key from reference_documents`);
    expect(rows.map((row) => row.key)).toEqual(['probe']);
    await second.close();
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('a PGlite data folder open in a live process is refused to a second opener, and freed on close', async () => {
  const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const root = mkdtempSync(join(tmpdir(), 'mbi-db-'));
  const dataDir = join(root, 'pglite');
  try {
    const first = await openDatabase({ dataDir });
    await expect(openDatabase({ dataDir })).rejects.toBeInstanceOf(DatabaseBusyError);
    await first.close();
    const again = await openDatabase({ dataDir });
    await again.close();
    // A lock left by a process that no longer exists (pid 2^22 + 1 is above Linux's pid_max) is taken over.
    writeFileSync(`${dataDir}.lock`, String(2 ** 22 + 1));
    const afterCrash = await openDatabase({ dataDir });
    await afterCrash.close();
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
