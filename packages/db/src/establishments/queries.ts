import type { CountryCode, EstablishmentStatus, FiliereId } from '@mbi/domain';
import type { Database } from '../connection';
import { UUID_PATTERN } from '../internal/hash';
import {
  type CursorPageRequest,
  checkPage,
  decodeCursor,
  encodeCursor,
  type OffsetPageRequest,
  pageFailure,
} from '../internal/pagination';
import { runPrepared } from '../internal/prepared';
import { ok } from '../internal/result';
import { type EstablishmentResult, fail } from './errors';
import { ESTABLISHMENTS_MAX_LIMIT, type EstablishmentRecord, type StoredRow, toRecord } from './records';
import {
  establishmentByIdStatement,
  establishmentCountStatement,
  establishmentPageStatement,
  type PageRow,
} from './statements';

export interface EstablishmentFilters {
  readonly filiere?: FiliereId | undefined;
  readonly country?: CountryCode | undefined;
  readonly territoryUnitCode?: string | undefined;
  /** A NACE class (`43.31`), group (`43.3`) or division (`43`). */
  readonly naceClass?: string | undefined;
  /** Text found in the name or the national identifier, ignoring case; `%` and `_` are literal. */
  readonly q?: string | undefined;
  /** The partner the establishments belong to; `null` for those of no partner. */
  readonly partnerId?: string | null | undefined;
  readonly status?: EstablishmentStatus | undefined;
}

export interface EstablishmentOffsetPage {
  readonly items: EstablishmentRecord[];
  /** How many establishments match the filters, on all pages. */
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
  /** The data version the page was read at (the change clock): it moves with every audited write. */
  readonly dataVersion: number;
}

export interface EstablishmentCursorPage {
  readonly items: EstablishmentRecord[];
  /** The cursor of the next page, `null` after the last one. */
  readonly nextCursor: string | null;
  /** The data version the page was read at (the change clock). */
  readonly dataVersion: number;
}

const CURSOR_TIME_RE = /^(\d{4})-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.(\d{3})(\d{3})Z$/;

/**
 * The establishment with this id, or `null` (also for an id that is not a UUID).
 *
 * @example
 * const establishment = await getEstablishment(database, id);
 * if (establishment) response.headers.set('ETag', `"${establishment.version}"`);
 */
export async function getEstablishment(database: Database, id: string): Promise<EstablishmentRecord | null> {
  if (!UUID_PATTERN.test(id)) return null;
  const { text, params } = establishmentByIdStatement(database, id);
  const [row] = await runPrepared<StoredRow>(database, text, params);
  return row === undefined ? null : toRecord(row);
}

/** Totals of lists by filters, each with the data version it was counted at. */
type Totals = Map<string, { readonly dataVersion: number; readonly total: number }>;

const totalsOf = (database: Database): Totals =>
  database.memory.slot('establishment-totals', () => new Map());

/**
 * How many establishments match the filters at `dataVersion`: counted once per data version and filters, and
 * remembered by the database (a count over the whole table costs more than the page itself). `null` when the
 * count was taken at another version than asked for (a write came between): the caller counts with its page.
 */
async function totalAt(
  database: Database,
  filters: EstablishmentFilters,
  dataVersion: number | null,
): Promise<EstablishmentResult<{ total: number; dataVersion: number }>> {
  const totals = totalsOf(database);
  const key = JSON.stringify([
    filters.filiere,
    filters.country,
    filters.territoryUnitCode,
    filters.naceClass,
    filters.q?.trim(),
    filters.partnerId,
    filters.status,
  ]);
  const known = totals.get(key);
  if (known !== undefined && known.dataVersion === dataVersion) return ok(known);
  const statement = establishmentCountStatement(database, filters);
  if (!statement.ok) return statement;
  const [counted] = await runPrepared<{ total: number; dataVersion: number | null }>(
    database,
    statement.value.text,
    statement.value.params,
  );
  const fresh = { total: Number(counted?.total ?? 0), dataVersion: Number(counted?.dataVersion ?? 0) };
  if (totals.size >= 1_000) totals.clear();
  totals.set(key, fresh);
  return ok(fresh);
}

interface CursorPosition {
  readonly createdAt: string;
  readonly id: string;
}

/** Anything but a cursor this module wrote gives `undefined`, so no malformed value reaches the database. */
function parsePosition(values: unknown[]): CursorPosition | undefined {
  if (values.length !== 2) return undefined;
  const [createdAt, id] = values;
  if (typeof createdAt !== 'string' || typeof id !== 'string' || !UUID_PATTERN.test(id)) return undefined;
  const parts = CURSOR_TIME_RE.exec(createdAt);
  if (parts === null || Number(parts[1]) < 1) return undefined;
  // The round trip refuses dates that do not exist (30 February, hour 24), which PostgreSQL would reject.
  const milliseconds = `${createdAt.slice(0, 23)}Z`;
  const time = Date.parse(milliseconds);
  if (Number.isNaN(time) || new Date(time).toISOString() !== milliseconds) return undefined;
  return { createdAt, id };
}

/**
 * Lists establishments matching the filters, filtered and paged in SQL by prepared statements; the `total`
 * is counted once per data version and filters and remembered by the `Database`.
 *
 * - `{ limit, offset }`: a numbered page ordered by name then id, with the `total` of matches.
 * - `{ limit, cursor? }`: keyset pages in creation order (`created_at`, then id) for bulk sync; each
 *   establishment comes exactly once while the filters stay the same. Establishments created during a sync
 *   come on later pages; a changed one keeps its place (the change feed reports changes).
 *
 * Both carry the `dataVersion` they were read at. Errors: `invalid-filter` (a `naceClass` that is no class,
 * group or division), `invalid-page` (a `limit` outside 0–{@link ESTABLISHMENTS_MAX_LIMIT}, at least 1 with a
 * cursor; a negative `offset`), `invalid-cursor` (a cursor this function did not write).
 *
 * @example
 * const page = await listEstablishments(database, { filiere: 'outdoor', naceClass: '32' }, { limit: 50, offset: 0 });
 * if (page.ok) console.log(page.value.total);
 *
 * let cursor: string | null = null;
 * do {
 *   const batch = await listEstablishments(database, {}, { limit: 500, cursor });
 *   if (!batch.ok) break;
 *   cursor = batch.value.nextCursor;
 * } while (cursor !== null);
 */
export function listEstablishments(
  database: Database,
  filters: EstablishmentFilters,
  page: OffsetPageRequest,
): Promise<EstablishmentResult<EstablishmentOffsetPage>>;
export function listEstablishments(
  database: Database,
  filters: EstablishmentFilters,
  page: CursorPageRequest,
): Promise<EstablishmentResult<EstablishmentCursorPage>>;
export async function listEstablishments(
  database: Database,
  filters: EstablishmentFilters,
  page: OffsetPageRequest | CursorPageRequest,
): Promise<EstablishmentResult<EstablishmentOffsetPage | EstablishmentCursorPage>> {
  const { limit } = page;

  if ('offset' in page) {
    const problem = checkPage(page, ESTABLISHMENTS_MAX_LIMIT);
    if (problem !== null) return fail('invalid-page', problem.message, pageFailure(problem));
    const { offset } = page;
    let rows: PageRow[] = [];
    if (limit > 0) {
      const statement = establishmentPageStatement(database, filters, { kind: 'offset', limit, offset });
      if (!statement.ok) return statement;
      rows = await runPrepared<PageRow>(database, statement.value.text, statement.value.params);
    }
    // The data version comes with the page (same statement, same snapshot); a page past the end has no row
    // to carry it, and then the count's is used.
    const pageVersion = rows[0] === undefined ? null : Number(rows[0].dataVersion);
    let counted = await totalAt(database, filters, pageVersion);
    if (!counted.ok) return counted;
    if (pageVersion !== null && counted.value.dataVersion !== pageVersion) {
      // A write came between the page and the count: read both again, together.
      const statement = establishmentPageStatement(database, filters, { kind: 'offset', limit, offset });
      if (!statement.ok) return statement;
      rows = await runPrepared<PageRow>(database, statement.value.text, statement.value.params);
      counted = await totalAt(database, filters, rows[0] === undefined ? null : Number(rows[0].dataVersion));
      if (!counted.ok) return counted;
    }
    return ok({
      items: rows.map(toRecord),
      total: counted.value.total,
      limit,
      offset,
      dataVersion: counted.value.dataVersion,
    });
  }

  const problem = checkPage(page, ESTABLISHMENTS_MAX_LIMIT, 1);
  if (problem !== null) {
    return fail('invalid-page', `${problem.message} with a cursor`, pageFailure(problem));
  }
  let after: CursorPosition | null = null;
  if (page.cursor !== undefined && page.cursor !== null) {
    const position = decodeCursor(page.cursor, parsePosition);
    if (position === undefined) {
      return fail('invalid-cursor', 'the cursor is not one this list returned', { field: 'cursor' });
    }
    after = position;
  }
  const statement = establishmentPageStatement(database, filters, { kind: 'cursor', limit, after });
  if (!statement.ok) return statement;
  const rows = await runPrepared<PageRow>(database, statement.value.text, statement.value.params);
  const items = rows.slice(0, limit).map(toRecord);
  const last = items.at(-1);
  const nextCursor =
    rows.length > limit && last !== undefined ? encodeCursor([last.createdAt, last.id]) : null;
  let version = rows[0]?.dataVersion;
  if (version === undefined) {
    const counted = await totalAt(database, filters, null);
    if (!counted.ok) return counted;
    version = counted.value.dataVersion;
  }
  return ok({ items, nextCursor, dataVersion: Number(version) });
}
