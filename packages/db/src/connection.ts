import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
import { AUTH_CHANNEL, DatabaseMemory } from './internal/memory';
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
  /** What this database remembers between calls (valid API keys for a second); never shared. */
  readonly memory: DatabaseMemory;
}

export interface OpenDatabaseOptions {
  /** A PostgreSQL URL (production). When absent, the embedded PGlite engine is used. */
  readonly url?: string | undefined;
  /** PGlite data folder (created on first start), or `memory://` for a throw-away database. */
  readonly dataDir?: string | undefined;
  /** Apply the committed migrations before returning (default `true`). */
  readonly migrate?: boolean;
  /** Connections of the PostgreSQL pool (default 10). */
  readonly poolSize?: number | undefined;
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
    const client = postgres(options.url, {
      max: options.poolSize ?? 10,
      onnotice: () => {},
      // Dates and times are read as the text PostgreSQL writes them: ISO whatever the server's own setting.
      connection: { DateStyle: 'ISO, YMD' },
    });
    const db = drizzlePostgres(client, { schema });
    if (shouldMigrate) await migratePostgres(db, { migrationsFolder: MIGRATIONS_FOLDER });
    const memory = new DatabaseMemory(async (onNotify) => {
      await client.listen(AUTH_CHANNEL, onNotify);
    });
    return {
      db: db as unknown as Db,
      engine: 'postgres',
      location: describeUrl(options.url),
      ping: () => ping(db as unknown as Db),
      close: () => client.end({ timeout: 5 }),
      memory,
    };
  }
  const dataDir = options.dataDir ?? './.data/pglite';
  const onDisk = !dataDir.includes('://');
  // PGlite creates its data folder but not the folders above it.
  if (onDisk) mkdirSync(dirname(resolve(dataDir)), { recursive: true });
  // PGlite is one process's database: a second process on the same folder would not see the first one's
  // writes and could lose them, so the folder is locked while open.
  const release = onDisk ? lockDataDir(dataDir) : () => {};
  try {
    const client = new PGlite(dataDir);
    const db = drizzlePglite(client, { schema });
    if (shouldMigrate) await migratePglite(db, { migrationsFolder: MIGRATIONS_FOLDER });
    return {
      db: db as unknown as Db,
      engine: 'pglite',
      location: dataDir,
      ping: () => ping(db as unknown as Db),
      // One process holds a PGlite database: its own revocations empty its memory directly.
      memory: new DatabaseMemory(null),
      close: async () => {
        try {
          await client.close();
        } finally {
          release();
        }
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

/** Thrown when another live process holds the PGlite data folder. */
export class DatabaseBusyError extends Error {
  readonly code = 'database-busy';
  readonly pid: number;

  constructor(dataDir: string, pid: number) {
    super(
      `The PGlite data folder ${dataDir} is in use by process ${pid} (a running API?). Stop it first, or ` +
        'manage keys through the running API (/v1/api-keys), or use PostgreSQL (DATABASE_URL) for several processes.',
    );
    this.name = 'DatabaseBusyError';
    this.pid = pid;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes `<dataDir>.lock` (atomically, with this pid), replacing a lock left by a dead process. */
function lockDataDir(dataDir: string): () => void {
  const lockFile = `${resolve(dataDir)}.lock`;
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      return () => rmSync(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number.parseInt(readFileSync(lockFile, 'utf8'), 10);
      if (Number.isSafeInteger(holder) && holder !== process.pid && isAlive(holder)) {
        throw new DatabaseBusyError(dataDir, holder);
      }
      if (holder === process.pid) throw new DatabaseBusyError(dataDir, holder);
      rmSync(lockFile, { force: true });
    }
  }
  throw new Error(`Could not lock ${lockFile}`);
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
