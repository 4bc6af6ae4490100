import type { CountryCode, EstablishmentStatus, FiliereId } from '@mbi/domain';
import { and, asc, eq, ilike, isNull, like, or, type SQL, sql } from 'drizzle-orm';
import { changeClock } from '../audit/table';
import type { Db } from '../connection';
import { UUID_PATTERN } from '../internal/hash';
import {
  type CursorPageRequest,
  checkPage,
  decodeCursor,
  encodeCursor,
  type OffsetPageRequest,
  pageFailure,
} from '../internal/pagination';
import { ok } from '../internal/result';
import { escapeLike } from '../internal/sql';
import { type EstablishmentResult, fail } from './errors';
import { ESTABLISHMENTS_MAX_LIMIT, type EstablishmentRecord, recordColumns, toRecord } from './records';
import { establishments } from './table';

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

/** The data version, read in the same statement (and snapshot) as the rows. */
const dataVersion = sql<number>`(select cast(${changeClock.seq} as double precision) from ${changeClock} where ${changeClock.id} = 1)`;

/**
 * The establishment with this id, or `null` (also for an id that is not a UUID).
 *
 * @example
 * const establishment = await getEstablishment(database.db, id);
 * if (establishment) response.headers.set('ETag', `"${establishment.version}"`);
 */
export async function getEstablishment(
  db: Pick<Db, 'select'>,
  id: string,
): Promise<EstablishmentRecord | null> {
  if (!UUID_PATTERN.test(id)) return null;
  const [row] = await db.select(recordColumns).from(establishments).where(eq(establishments.id, id));
  return row === undefined ? null : toRecord(row);
}

function filterConditions(filters: EstablishmentFilters): EstablishmentResult<SQL[]> {
  const conditions: SQL[] = [];
  if (filters.filiere !== undefined) {
    conditions.push(sql`${establishments.filieres} @> array[${filters.filiere}]::text[]`);
  }
  if (filters.country !== undefined) conditions.push(eq(establishments.country, filters.country));
  if (filters.territoryUnitCode !== undefined) {
    conditions.push(eq(establishments.territoryUnitCode, filters.territoryUnitCode));
  }
  const nace = filters.naceClass;
  if (nace !== undefined) {
    if (/^\d{2}\.\d{2}$/.test(nace)) conditions.push(eq(establishments.naceClass, nace));
    else if (/^\d{2}\.\d$/.test(nace)) conditions.push(like(establishments.naceClass, `${nace}%`));
    else if (/^\d{2}$/.test(nace)) conditions.push(like(establishments.naceClass, `${nace}.%`));
    else {
      return fail(
        'invalid-filter',
        `naceClass must be a NACE class, group or division such as "43.31", "43.3" or "43", not ${JSON.stringify(nace)}`,
        { field: 'naceClass', params: { value: nace } },
      );
    }
  }
  const q = filters.q?.trim();
  if (q !== undefined && q !== '') {
    if (q.includes('\u0000')) {
      // PostgreSQL text cannot hold NUL, so no name or identifier contains it (and the driver would refuse it).
      conditions.push(sql`false`);
    } else {
      const pattern = `%${escapeLike(q)}%`;
      const matches = or(
        ilike(establishments.name, pattern),
        ilike(establishments.nationalIdentifier, pattern),
      );
      if (matches !== undefined) conditions.push(matches);
    }
  }
  if (filters.partnerId !== undefined) {
    conditions.push(
      filters.partnerId === null
        ? isNull(establishments.partnerId)
        : eq(establishments.partnerId, filters.partnerId),
    );
  }
  if (filters.status !== undefined) conditions.push(eq(establishments.status, filters.status));
  return ok(conditions);
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
 * Lists establishments matching the filters, filtered, counted and paged in SQL.
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
 * const page = await listEstablishments(database.db, { filiere: 'outdoor', naceClass: '32' }, { limit: 50, offset: 0 });
 * if (page.ok) console.log(page.value.total);
 *
 * let cursor: string | null = null;
 * do {
 *   const batch = await listEstablishments(database.db, {}, { limit: 500, cursor });
 *   if (!batch.ok) break;
 *   cursor = batch.value.nextCursor;
 * } while (cursor !== null);
 */
export function listEstablishments(
  db: Pick<Db, 'select'>,
  filters: EstablishmentFilters,
  page: OffsetPageRequest,
): Promise<EstablishmentResult<EstablishmentOffsetPage>>;
export function listEstablishments(
  db: Pick<Db, 'select'>,
  filters: EstablishmentFilters,
  page: CursorPageRequest,
): Promise<EstablishmentResult<EstablishmentCursorPage>>;
export async function listEstablishments(
  db: Pick<Db, 'select'>,
  filters: EstablishmentFilters,
  page: OffsetPageRequest | CursorPageRequest,
): Promise<EstablishmentResult<EstablishmentOffsetPage | EstablishmentCursorPage>> {
  const built = filterConditions(filters);
  if (!built.ok) return built;
  const conditions = built.value;
  const { limit } = page;

  if ('offset' in page) {
    const problem = checkPage(page, ESTABLISHMENTS_MAX_LIMIT);
    if (problem !== null) return fail('invalid-page', problem.message, pageFailure(problem));
    const { offset } = page;
    const where = and(...conditions);
    // The total and the data version come with the page (one query instead of three); a page past the end
    // has no row to carry them, and only then are they read on their own.
    const rows =
      limit === 0
        ? []
        : await db
            .select({
              ...recordColumns,
              total: sql<number>`cast(count(*) over () as integer)`,
              dataVersion,
            })
            .from(establishments)
            .where(where)
            .orderBy(asc(establishments.name), asc(establishments.id))
            .limit(limit)
            .offset(offset);
    const first = rows[0];
    if (first === undefined) {
      const [counted] = await db
        .select({ total: sql<number>`cast(count(*) as integer)`, dataVersion })
        .from(establishments)
        .where(where);
      return ok({
        items: [],
        total: counted?.total ?? 0,
        limit,
        offset,
        dataVersion: Number(counted?.dataVersion ?? 0),
      });
    }
    return ok({
      items: rows.map(toRecord),
      total: first.total,
      limit,
      offset,
      dataVersion: Number(first.dataVersion),
    });
  }

  const problem = checkPage(page, ESTABLISHMENTS_MAX_LIMIT, 1);
  if (problem !== null) {
    return fail('invalid-page', `${problem.message} with a cursor`, pageFailure(problem));
  }
  if (page.cursor !== undefined && page.cursor !== null) {
    const position = decodeCursor(page.cursor, parsePosition);
    if (position === undefined) {
      return fail('invalid-cursor', 'the cursor is not one this list returned', { field: 'cursor' });
    }
    conditions.push(
      sql`(${establishments.createdAt}, ${establishments.id}) > (${position.createdAt}::timestamptz, ${position.id}::uuid)`,
    );
  }
  const rows = await db
    .select({ ...recordColumns, dataVersion })
    .from(establishments)
    .where(and(...conditions))
    .orderBy(asc(establishments.createdAt), asc(establishments.id))
    .limit(limit + 1);
  const items = rows.slice(0, limit).map(toRecord);
  const last = items.at(-1);
  const nextCursor =
    rows.length > limit && last !== undefined ? encodeCursor([last.createdAt, last.id]) : null;
  let version = rows[0]?.dataVersion;
  if (version === undefined) {
    const [clock] = await db.select({ seq: changeClock.seq }).from(changeClock);
    version = clock?.seq ?? 0;
  }
  return ok({ items, nextCursor, dataVersion: Number(version) });
}
