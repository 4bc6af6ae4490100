import { and, asc, desc, eq, type SQL, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../connection';
import { UUID_PATTERN } from '../internal/hash';
import { isoTimestamp } from '../internal/sql';
import { importRejects, imports } from './table';

/** Seconds without a heartbeat after which a running import is reported as abandoned (its process died). */
export const IMPORT_STALE_SECONDS = 120;

/** The state of an import as read: `abandoned` is a `running` row whose process stopped beating. */
export type ImportStatus = 'running' | 'succeeded' | 'failed' | 'abandoned';

/** An import and its summary, as the API and the CLI report it. */
export interface ImportRecord {
  readonly id: string;
  readonly format: string;
  readonly kind: string;
  readonly year: number | null;
  readonly status: ImportStatus;
  /** The partner whose territory it wrote; `null` for an admin's import of every partner's. */
  readonly partnerId: string | null;
  readonly fileName: string | null;
  readonly actor: { readonly kind: string; readonly id: string };
  readonly progress: {
    readonly bytesRead: number;
    readonly bytesTotal: number | null;
    readonly rowsRead: number;
  };
  readonly summary: {
    readonly read: number;
    readonly imported: number;
    readonly updated: number;
    readonly unchanged: number;
    readonly removed: number;
    readonly skipped: number;
    readonly rejected: number;
  };
  readonly error: { readonly code: string; readonly message: string } | null;
  readonly startedAt: string;
  readonly finishedAt: string | null;
}

/** One refused row of an import. */
export interface ImportReject {
  readonly row: number;
  readonly column: string;
  readonly reason: string;
  readonly message: string;
  readonly value: string | null;
}

const columns = {
  id: imports.id,
  format: imports.format,
  kind: imports.kind,
  year: imports.year,
  status: imports.status,
  stale: sql<boolean>`(${imports.heartbeatAt} < now() - make_interval(secs => ${IMPORT_STALE_SECONDS}))`,
  partnerId: imports.partnerId,
  fileName: imports.fileName,
  actorType: imports.actorType,
  actorId: imports.actorId,
  bytesRead: imports.bytesRead,
  bytesTotal: imports.bytesTotal,
  rowsRead: imports.rowsRead,
  imported: imports.imported,
  updated: imports.updated,
  unchanged: imports.unchanged,
  removed: imports.removed,
  skipped: imports.skipped,
  rejected: imports.rejected,
  errorCode: imports.errorCode,
  errorMessage: imports.errorMessage,
  startedAt: isoTimestamp(imports.startedAt),
  finishedAt: sql<
    string | null
  >`case when ${imports.finishedAt} is null then null else ${isoTimestamp(imports.finishedAt)} end`,
};

type Row = { [K in keyof typeof columns]: unknown };

function toRecord(row: Row): ImportRecord {
  const n = (value: unknown) => Number(value ?? 0);
  const status = row.status === 'running' && row.stale === true ? 'abandoned' : (row.status as ImportStatus);
  return {
    id: String(row.id),
    format: String(row.format),
    kind: String(row.kind),
    year: row.year === null ? null : n(row.year),
    status,
    partnerId: (row.partnerId as string | null) ?? null,
    fileName: (row.fileName as string | null) ?? null,
    actor: { kind: String(row.actorType), id: String(row.actorId) },
    progress: {
      bytesRead: n(row.bytesRead),
      bytesTotal: row.bytesTotal === null ? null : n(row.bytesTotal),
      rowsRead: n(row.rowsRead),
    },
    summary: {
      read: n(row.rowsRead),
      imported: n(row.imported),
      updated: n(row.updated),
      unchanged: n(row.unchanged),
      removed: n(row.removed),
      skipped: n(row.skipped),
      rejected: n(row.rejected),
    },
    error:
      row.errorCode === null
        ? status === 'abandoned'
          ? { code: 'abandoned', message: 'the importing process stopped; nothing was written' }
          : null
        : { code: String(row.errorCode), message: String(row.errorMessage ?? '') },
    startedAt: String(row.startedAt),
    finishedAt: (row.finishedAt as string | null) ?? null,
  };
}

/**
 * An import by id, or `null` (also for an id that is not a UUID).
 *
 * @example
 * const record = await getImport(database.db, id); // { status: 'succeeded', summary: { imported: 12, … } }
 */
export async function getImport(db: Pick<Db, 'select'>, id: string): Promise<ImportRecord | null> {
  if (!UUID_PATTERN.test(id)) return null;
  const [row] = await db.select(columns).from(imports).where(eq(imports.id, id));
  return row === undefined ? null : toRecord(row);
}

/** The partner an import belongs to (`null`: an admin's), `undefined` when there is none: the API's owner rule. */
export async function importOwner(db: Pick<Db, 'select'>, id: string): Promise<string | null | undefined> {
  if (!UUID_PATTERN.test(id)) return undefined;
  const [row] = await db.select({ partnerId: imports.partnerId }).from(imports).where(eq(imports.id, id));
  return row === undefined ? undefined : row.partnerId;
}

/**
 * The latest imports, newest first: a partner's only when `partnerId` is given.
 *
 * @example
 * const latest = await listImports(database.db, { partnerId: 'cimark', limit: 20 });
 */
export async function listImports(
  db: Pick<Db, 'select'>,
  options: { readonly partnerId?: string | undefined; readonly limit?: number } = {},
): Promise<ImportRecord[]> {
  const conditions: SQL[] = [];
  if (options.partnerId !== undefined) conditions.push(eq(imports.partnerId, options.partnerId));
  const rows = await db
    .select(columns)
    .from(imports)
    .where(and(...conditions))
    .orderBy(desc(imports.startedAt), desc(imports.id))
    .limit(Math.min(Math.max(options.limit ?? 50, 1), 500));
  return rows.map(toRecord);
}

/** The most rejects one call returns. */
export const IMPORT_REJECTS_MAX_LIMIT = 100_000;

/**
 * The rejects report of an import, in file order.
 *
 * @example
 * const rejects = await listImportRejects(database.db, id); // [{ row: 7, column: 'siret', reason: 'invalid-identifier', … }]
 */
export async function listImportRejects(
  db: Pick<Db, 'select'>,
  id: string,
  options: { readonly limit?: number; readonly offset?: number } = {},
): Promise<ImportReject[]> {
  if (!UUID_PATTERN.test(id)) return [];
  const rows = await db
    .select({
      row: importRejects.rowNumber,
      column: importRejects.column,
      reason: importRejects.reason,
      message: importRejects.message,
      value: importRejects.value,
    })
    .from(importRejects)
    .where(eq(importRejects.importId, id))
    .orderBy(asc(importRejects.rowNumber), asc(importRejects.column))
    .limit(Math.min(Math.max(options.limit ?? IMPORT_REJECTS_MAX_LIMIT, 1), IMPORT_REJECTS_MAX_LIMIT))
    .offset(Math.max(options.offset ?? 0, 0));
  return rows.map((row) => ({ ...row, row: Number(row.row) }));
}

/** Row counts of the tables imports write, and the change clock: a cheap fingerprint for checks and benchmarks. */
export interface ObservatoryTableCounts {
  readonly establishments: number;
  readonly snapshots: number;
  readonly publishedCounts: number;
  readonly populations: number;
  readonly audit: number;
  readonly clock: number;
}

/**
 * @example
 * const before = await observatoryTableCounts(database.db); // { establishments: 0, snapshots: 0, … }
 */
export async function observatoryTableCounts(db: Pick<Db, 'execute'>): Promise<ObservatoryTableCounts> {
  const [row] = await queryRows<Record<keyof ObservatoryTableCounts, number>>(
    db,
    sql`select (select count(*) from establishments)::int as establishments,
      (select count(*) from establishment_snapshots)::int as snapshots,
      (select count(*) from published_counts)::int as "publishedCounts",
      (select count(*) from territory_populations)::int as populations,
      (select count(*) from audit_log)::int as audit, (select seq from change_clock)::int as clock`,
  );
  if (row === undefined) throw new Error('no counts');
  return row;
}
