import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { type SQL, sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import * as schema from './schema';

/** The drizzle database of either engine: queries are written once against this type. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

/** A transaction or the database itself: the write helpers accept both. */
export type DbExecutor = Pick<Db, 'select' | 'insert' | 'update' | 'delete' | 'execute'>;

export interface Database {
  readonly db: Db;
  readonly engine: 'pglite' | 'postgres';
  /** Where the data lives, without credentials: a folder, `memory://` or `host:port/database`. */
  readonly location: string;
  /** `true` when the database answers a trivial query. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** A PostgreSQL URL (production). When absent, the embedded PGlite engine is used. */
  readonly url?: string | undefined;
  /** PGlite data folder (created on first start), or `memory://` for a throw-away database. */
  readonly dataDir?: string | undefined;
  /** Apply the committed migrations before returning (default `true`). */
  readonly migrate?: boolean;
}

/** The committed drizzle-kit migrations, shipped in the package's `migrations/` folder. */
export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../migrations', import.meta.url));

function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
  } catch {
    return 'postgres';
  }
}

/**
 * Opens the database: PostgreSQL when `url` is given, otherwise PGlite in `dataDir` (default
 * `./.data/pglite`), and applies the migrations. The same schema and migrations serve both engines.
 *
 * @example
 * const database = await openDatabase({ dataDir: 'memory://' });
 * await database.close();
 */
export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<Database> {
  const shouldMigrate = options.migrate ?? true;
  if (options.url) {
    const client = postgres(options.url, { max: 10, onnotice: () => {} });
    const db = drizzlePostgres(client, { schema });
    if (shouldMigrate) await migratePostgres(db, { migrationsFolder: MIGRATIONS_FOLDER });
    return {
      db: db as unknown as Db,
      engine: 'postgres',
      location: describeUrl(options.url),
      ping: () => ping(db as unknown as Db),
      close: () => client.end({ timeout: 5 }),
    };
  }
  const dataDir = options.dataDir ?? './.data/pglite';
  // PGlite creates its data folder but not the folders above it.
  if (!dataDir.includes('://')) mkdirSync(dirname(resolve(dataDir)), { recursive: true });
  const client = new PGlite(dataDir);
  const db = drizzlePglite(client, { schema });
  if (shouldMigrate) await migratePglite(db, { migrationsFolder: MIGRATIONS_FOLDER });
  return {
    db: db as unknown as Db,
    engine: 'pglite',
    location: dataDir,
    ping: () => ping(db as unknown as Db),
    close: () => client.close(),
  };
}

async function ping(db: Db): Promise<boolean> {
  try {
    await db.execute(sql`select 1`);
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs raw SQL and returns its rows on either engine (PGlite answers `{ rows }`, postgres.js an array).
 *
 * @example
 * const rows = await queryRows<{ n: number }>(database.db, sql`select 1 as n`);
 */
export async function queryRows<Row>(db: Pick<Db, 'execute'>, query: SQL): Promise<Row[]> {
  const result: unknown = await db.execute(query);
  if (Array.isArray(result)) return result as Row[];
  return ((result as { rows?: Row[] }).rows ?? []) as Row[];
}
