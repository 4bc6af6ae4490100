import { Buffer } from 'node:buffer';
import {
  applyEstablishmentPatch,
  type CountryCode,
  type Establishment,
  type EstablishmentInput,
  EstablishmentInputSchema,
  type EstablishmentPatch,
  EstablishmentSchema,
  type EstablishmentStatus,
  type FiliereId,
  FiliereIdSchema,
} from '@mbi/domain';
import { classify } from '@mbi/taxonomy';
import { and, asc, count, eq, ilike, isNull, like, ne, or, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { type AuditActor, writeAudit } from './audit';
import type { Db, DbExecutor } from './connection';
import { establishments } from './schema';

/** The `resource` of establishments in the audit log. */
export const ESTABLISHMENT_RESOURCE = 'establishment';

/** The most establishments one page holds. */
export const ESTABLISHMENTS_MAX_LIMIT = 1000;

/**
 * A stored establishment: the domain {@link Establishment} plus its `version` (the ETag of `If-Match`), and
 * the NACE Rev.2 class and filières derived from its activity code when it was last written.
 */
export type EstablishmentRecord = Establishment & {
  readonly version: number;
  readonly naceClass: string;
  /** Every filière the activity code belongs to, core or partial, in `FILIERE_IDS` order. */
  readonly filieres: FiliereId[];
};

export type EstablishmentErrorCode =
  | 'validation-failed'
  | 'invalid-activity-code'
  | 'duplicate-identifier'
  | 'not-found'
  | 'precondition-failed'
  | 'forbidden'
  | 'invalid-filter'
  | 'invalid-page'
  | 'invalid-cursor';

/** One problem with one field, as the API reports it. */
export interface FieldIssue {
  /** Dotted path of the field (`closedOn`); empty for a problem with the whole object. */
  readonly field: string;
  readonly message: string;
}

export interface EstablishmentError {
  readonly code: EstablishmentErrorCode;
  readonly message: string;
  /** The field at fault, when one is. */
  readonly field?: string;
  /** Every problem found, for `validation-failed`. */
  readonly issues?: readonly FieldIssue[];
}

/** Outcome of an establishment operation: expected failures are values with a stable `code`. */
export type EstablishmentResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: EstablishmentError };

/** Options of the writes to an existing establishment. */
export interface EstablishmentWriteOptions {
  readonly actor: AuditActor;
  /** The version the client last read (`If-Match`): the write fails with `precondition-failed` if it moved. */
  readonly expectedVersion?: number | undefined;
  /**
   * The only partner whose establishments may be written (an editor's partner; `null` for establishments of
   * no partner). Leave it out for no restriction (an administrator).
   */
  readonly allowedPartnerId?: string | null | undefined;
}

/** Options of {@link createEstablishment}. */
export interface CreateEstablishmentOptions {
  /** As in {@link EstablishmentWriteOptions}: the partner the new establishment must belong to. */
  readonly allowedPartnerId?: string | null | undefined;
}

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

/** A numbered page: `limit` rows (0 for the total alone) after skipping `offset`, ordered by name then id. */
export interface OffsetPageRequest {
  readonly limit: number;
  readonly offset: number;
}

/** A page of a bulk sync, in creation order: pass the previous page's `nextCursor`, none for the first. */
export interface CursorPageRequest {
  readonly limit: number;
  readonly cursor?: string | null | undefined;
}

export interface EstablishmentOffsetPage {
  readonly items: EstablishmentRecord[];
  /** How many establishments match the filters, on all pages. */
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
}

export interface EstablishmentCursorPage {
  readonly items: EstablishmentRecord[];
  /** The cursor of the next page, `null` after the last one. */
  readonly nextCursor: string | null;
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CURSOR_TIME_RE = /^(\d{4})-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.(\d{3})(\d{3})Z$/;
const UNIQUE_VIOLATION = '23505';

/** A timestamp as ISO 8601 in UTC to the microsecond, formatted by the database so both engines agree. */
function isoTimestamp(column: AnyPgColumn): SQL<string> {
  return sql<string>`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}

const recordColumns = {
  id: establishments.id,
  country: establishments.country,
  nationalIdentifier: establishments.nationalIdentifier,
  name: establishments.name,
  activityCode: establishments.activityCode,
  activityCodeScheme: establishments.activityCodeScheme,
  naceClass: establishments.naceClass,
  filieres: establishments.filieres,
  territoryUnitCode: establishments.territoryUnitCode,
  sizeBand: establishments.sizeBand,
  status: establishments.status,
  openedOn: establishments.openedOn,
  closedOn: establishments.closedOn,
  partnerId: establishments.partnerId,
  version: establishments.version,
  createdAt: isoTimestamp(establishments.createdAt),
  updatedAt: isoTimestamp(establishments.updatedAt),
};

interface StoredRow {
  readonly id: string;
  readonly country: string;
  readonly nationalIdentifier: string;
  readonly name: string;
  readonly activityCode: string;
  readonly activityCodeScheme: string;
  readonly naceClass: string;
  readonly filieres: string[];
  readonly territoryUnitCode: string;
  readonly sizeBand: string;
  readonly status: string;
  readonly openedOn: string;
  readonly closedOn: string | null;
  readonly partnerId: string | null;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

const FiliereListSchema = FiliereIdSchema.array();

/**
 * Reads a row back into the domain model. Rows are only written through the checks of this module, so a row
 * the schema refuses is a bug (or a hand edit of the database) and throws.
 */
function toRecord(row: StoredRow): EstablishmentRecord {
  const { version, naceClass, filieres, closedOn, partnerId, ...fields } = row;
  const establishment = EstablishmentSchema.parse({
    ...fields,
    ...(closedOn === null ? {} : { closedOn }),
    ...(partnerId === null ? {} : { partnerId }),
  });
  return { ...establishment, version, naceClass, filieres: FiliereListSchema.parse(filieres) };
}

function toInput(record: EstablishmentRecord): EstablishmentInput {
  const input: EstablishmentInput = {
    country: record.country,
    nationalIdentifier: record.nationalIdentifier,
    name: record.name,
    activityCode: record.activityCode,
    activityCodeScheme: record.activityCodeScheme,
    territoryUnitCode: record.territoryUnitCode,
    sizeBand: record.sizeBand,
    status: record.status,
    openedOn: record.openedOn,
  };
  if (record.closedOn !== undefined) input.closedOn = record.closedOn;
  if (record.partnerId !== undefined) input.partnerId = record.partnerId;
  return input;
}

function ok<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

function fail(
  code: EstablishmentErrorCode,
  message: string,
  extra: { readonly field?: string; readonly issues?: readonly FieldIssue[] } = {},
): { readonly ok: false; readonly error: EstablishmentError } {
  return { ok: false, error: { code, message, ...extra } };
}

function validationFailed(
  issues: readonly { readonly path: readonly PropertyKey[]; readonly message: string }[],
) {
  const fieldIssues = issues.map((issue) => ({
    field: issue.path.map((part) => String(part)).join('.'),
    message: issue.message,
  }));
  return fail('validation-failed', fieldIssues.map((issue) => issue.message).join('; '), {
    issues: fieldIssues,
  });
}

function notFound(id: string) {
  return fail('not-found', `no establishment has the id ${JSON.stringify(id)}`);
}

function duplicate(input: Pick<EstablishmentInput, 'country' | 'nationalIdentifier'>) {
  return fail(
    'duplicate-identifier',
    `an establishment of ${input.country} with the identifier ${input.nationalIdentifier} already exists`,
    { field: 'nationalIdentifier' },
  );
}

function forbidden(allowedPartnerId: string | null) {
  return fail(
    'forbidden',
    allowedPartnerId === null
      ? 'only establishments of no partner may be written with these rights'
      : `only establishments of the partner ${allowedPartnerId} may be written with these rights`,
    { field: 'partnerId' },
  );
}

interface Derived {
  readonly naceClass: string;
  readonly filieres: FiliereId[];
}

function classifyActivity(input: EstablishmentInput): EstablishmentResult<Derived> {
  const result = classify(input.activityCode, input.activityCodeScheme);
  if (!result.ok) {
    return fail(
      'invalid-activity-code',
      `activityCode ${JSON.stringify(input.activityCode)} is not a ${input.activityCodeScheme} class or sub-class: ${result.error.message}`,
      { field: 'activityCode' },
    );
  }
  const filieres = [...new Set(result.value.filieres.map((match) => match.filiere))];
  return ok({ naceClass: result.value.naceClass, filieres });
}

/** The walk down `cause` reaches the driver's error under drizzle's `DrizzleQueryError`, on both engines. */
function postgresErrorCode(error: unknown): string | undefined {
  let current = error;
  for (let depth = 0; depth < 5; depth += 1) {
    if (typeof current !== 'object' || current === null) return undefined;
    if ('code' in current && typeof current.code === 'string' && /^[0-9A-Z]{5}$/.test(current.code)) {
      return current.code;
    }
    current = 'cause' in current ? current.cause : undefined;
  }
  return undefined;
}

async function identifierTaken(
  executor: DbExecutor,
  input: Pick<EstablishmentInput, 'country' | 'nationalIdentifier'>,
  exceptId: string | null,
): Promise<boolean> {
  const conditions = [
    eq(establishments.country, input.country),
    eq(establishments.nationalIdentifier, input.nationalIdentifier),
  ];
  if (exceptId !== null) conditions.push(ne(establishments.id, exceptId));
  const rows = await executor
    .select({ id: establishments.id })
    .from(establishments)
    .where(and(...conditions))
    .limit(1);
  return rows.length > 0;
}

function writableColumns(input: EstablishmentInput, derived: Derived) {
  return {
    country: input.country,
    nationalIdentifier: input.nationalIdentifier,
    name: input.name,
    activityCode: input.activityCode,
    activityCodeScheme: input.activityCodeScheme,
    naceClass: derived.naceClass,
    filieres: derived.filieres,
    territoryUnitCode: input.territoryUnitCode,
    sizeBand: input.sizeBand,
    status: input.status,
    openedOn: input.openedOn,
    closedOn: input.closedOn ?? null,
    partnerId: input.partnerId ?? null,
  };
}

/**
 * Creates an establishment and its audit entry in one transaction. The input is checked again with
 * `EstablishmentInputSchema` (so its identifier is normalised); the NACE class and filières are derived from
 * the activity code with `@mbi/taxonomy`. Fails with `invalid-activity-code` when the code cannot be
 * classified, `duplicate-identifier` when the country already has an establishment with that identifier
 * (nothing is written), `forbidden` when `allowedPartnerId` is given and the input names another partner.
 *
 * @example
 * const created = await createEstablishment(database.db, EstablishmentInputSchema.parse(body), {
 *   kind: 'api-key', id: keyId, partnerId: 'cc-vallee-chamonix', requestId,
 * });
 * if (created.ok) created.value.filieres; // ['outdoor'] for NAF 32.30Z
 */
export async function createEstablishment(
  db: Db,
  input: EstablishmentInput,
  actor: AuditActor,
  options: CreateEstablishmentOptions = {},
): Promise<EstablishmentResult<EstablishmentRecord>> {
  const parsed = EstablishmentInputSchema.safeParse(input);
  if (!parsed.success) return validationFailed(parsed.error.issues);
  const value = parsed.data;
  const { allowedPartnerId } = options;
  if (allowedPartnerId !== undefined && (value.partnerId ?? null) !== allowedPartnerId) {
    return forbidden(allowedPartnerId);
  }
  const derived = classifyActivity(value);
  if (!derived.ok) return derived;
  try {
    return await db.transaction(async (tx): Promise<EstablishmentResult<EstablishmentRecord>> => {
      if (await identifierTaken(tx, value, null)) return duplicate(value);
      const [row] = await tx
        .insert(establishments)
        .values(writableColumns(value, derived.value))
        .returning(recordColumns);
      if (row === undefined) throw new Error('insert into establishments returned no row');
      const record = toRecord(row);
      await writeAudit(tx, {
        actor,
        action: 'create',
        resource: ESTABLISHMENT_RESOURCE,
        resourceId: record.id,
        before: null,
        after: record,
      });
      return ok(record);
    });
  } catch (error) {
    // A concurrent create of the same identifier passed the check above; the unique index stops it.
    if (postgresErrorCode(error) === UNIQUE_VIOLATION) return duplicate(value);
    throw error;
  }
}

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
  if (!UUID_RE.test(id)) return null;
  const [row] = await db.select(recordColumns).from(establishments).where(eq(establishments.id, id));
  return row === undefined ? null : toRecord(row);
}

/** Locks the row and applies the checks shared by update and delete. */
async function lockForWrite(
  tx: DbExecutor,
  id: string,
  options: EstablishmentWriteOptions,
): Promise<EstablishmentResult<EstablishmentRecord>> {
  const [row] = await tx
    .select(recordColumns)
    .from(establishments)
    .where(eq(establishments.id, id))
    .for('update');
  if (row === undefined) return notFound(id);
  const current = toRecord(row);
  const { allowedPartnerId, expectedVersion } = options;
  if (allowedPartnerId !== undefined && (current.partnerId ?? null) !== allowedPartnerId) {
    return forbidden(allowedPartnerId);
  }
  if (expectedVersion !== undefined && current.version !== expectedVersion) {
    return fail(
      'precondition-failed',
      `the establishment is at version ${current.version}, not ${expectedVersion}: read it again`,
    );
  }
  return ok(current);
}

/**
 * Applies a patch (checked by the caller with `EstablishmentPatchSchema`) in one transaction: locks the row,
 * checks ownership and version, merges with `applyEstablishmentPatch`, checks the whole again, re-derives
 * the NACE class and filières when the activity code or its scheme changed, increments the version and
 * writes the audit entry with the record before and after. Errors: `not-found`, `forbidden` (the
 * establishment, or the partner the patch moves it to, is not `allowedPartnerId`), `precondition-failed`
 * (`expectedVersion` differs), `validation-failed` (with `issues`), `invalid-activity-code`,
 * `duplicate-identifier`.
 *
 * @example
 * const updated = await updateEstablishment(database.db, id, { sizeBand: '11' }, {
 *   actor, expectedVersion: 3, allowedPartnerId: 'cc-vallee-chamonix',
 * });
 * if (!updated.ok && updated.error.code === 'precondition-failed') status = 412;
 */
export async function updateEstablishment(
  db: Db,
  id: string,
  patch: EstablishmentPatch,
  options: EstablishmentWriteOptions,
): Promise<EstablishmentResult<EstablishmentRecord>> {
  if (!UUID_RE.test(id)) return notFound(id);
  const { allowedPartnerId } = options;
  if (
    allowedPartnerId !== undefined &&
    patch.partnerId !== undefined &&
    patch.partnerId !== allowedPartnerId
  ) {
    return forbidden(allowedPartnerId);
  }
  // Set inside the transaction, read when its insert of a duplicate identifier throws.
  let merged: EstablishmentInput | undefined;
  try {
    return await db.transaction(async (tx): Promise<EstablishmentResult<EstablishmentRecord>> => {
      const locked = await lockForWrite(tx, id, options);
      if (!locked.ok) return locked;
      const current = locked.value;
      const parsed = EstablishmentInputSchema.safeParse(applyEstablishmentPatch(toInput(current), patch));
      if (!parsed.success) return validationFailed(parsed.error.issues);
      const next = parsed.data;
      merged = next;
      let derived: Derived = { naceClass: current.naceClass, filieres: current.filieres };
      if (
        next.activityCode !== current.activityCode ||
        next.activityCodeScheme !== current.activityCodeScheme
      ) {
        const classified = classifyActivity(next);
        if (!classified.ok) return classified;
        derived = classified.value;
      }
      if (
        (next.country !== current.country || next.nationalIdentifier !== current.nationalIdentifier) &&
        (await identifierTaken(tx, next, id))
      ) {
        return duplicate(next);
      }
      const [row] = await tx
        .update(establishments)
        .set({
          ...writableColumns(next, derived),
          version: sql`${establishments.version} + 1`,
          updatedAt: sql`now()`,
        })
        .where(eq(establishments.id, id))
        .returning(recordColumns);
      if (row === undefined) throw new Error('update of a locked establishment returned no row');
      const record = toRecord(row);
      await writeAudit(tx, {
        actor: options.actor,
        action: 'update',
        resource: ESTABLISHMENT_RESOURCE,
        resourceId: id,
        before: current,
        after: record,
      });
      return ok(record);
    });
  } catch (error) {
    if (postgresErrorCode(error) === UNIQUE_VIOLATION && merged !== undefined) return duplicate(merged);
    throw error;
  }
}

/**
 * Deletes an establishment and records it (the audit entry keeps the whole record as `before`), in one
 * transaction. Errors: `not-found`, `forbidden`, `precondition-failed`, as for {@link updateEstablishment}.
 * Returns the deleted record.
 *
 * @example
 * const deleted = await deleteEstablishment(database.db, id, { actor, expectedVersion: 2 });
 * if (!deleted.ok && deleted.error.code === 'not-found') status = 404;
 */
export async function deleteEstablishment(
  db: Db,
  id: string,
  options: EstablishmentWriteOptions,
): Promise<EstablishmentResult<EstablishmentRecord>> {
  if (!UUID_RE.test(id)) return notFound(id);
  return db.transaction(async (tx): Promise<EstablishmentResult<EstablishmentRecord>> => {
    const locked = await lockForWrite(tx, id, options);
    if (!locked.ok) return locked;
    await tx.delete(establishments).where(eq(establishments.id, id));
    await writeAudit(tx, {
      actor: options.actor,
      action: 'delete',
      resource: ESTABLISHMENT_RESOURCE,
      resourceId: id,
      before: locked.value,
      after: null,
    });
    return locked;
  });
}

/** `%`, `_` and the escape character itself are matched literally (backslash is LIKE's default escape). */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
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
        { field: 'naceClass' },
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

function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify([position.createdAt, position.id]), 'utf8').toString('base64url');
}

/** Anything but a cursor this module wrote gives `undefined`, so no malformed value reaches the database. */
function decodeCursor(cursor: string): CursorPosition | undefined {
  if (cursor.length === 0 || cursor.length > 200 || !/^[A-Za-z0-9_-]+$/.test(cursor)) return undefined;
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (!Array.isArray(decoded) || decoded.length !== 2) return undefined;
  const [createdAt, id]: unknown[] = decoded;
  if (typeof createdAt !== 'string' || typeof id !== 'string' || !UUID_RE.test(id)) return undefined;
  const parts = CURSOR_TIME_RE.exec(createdAt);
  if (parts === null || Number(parts[1]) < 1) return undefined;
  // The round trip refuses dates that do not exist (30 February, hour 24), which PostgreSQL would reject.
  const milliseconds = `${createdAt.slice(0, 23)}Z`;
  const time = Date.parse(milliseconds);
  if (Number.isNaN(time) || new Date(time).toISOString() !== milliseconds) return undefined;
  return { createdAt, id };
}

function pageError(field: 'limit' | 'offset', message: string) {
  return fail('invalid-page', message, { field });
}

/**
 * Lists establishments matching the filters, filtered, counted and paged in SQL.
 *
 * - `{ limit, offset }`: a numbered page ordered by name then id, with the `total` of matches.
 * - `{ limit, cursor? }`: keyset pages in creation order (`created_at`, then id) for bulk sync; each
 *   establishment comes exactly once while the filters stay the same. Establishments created during a sync
 *   come on later pages; a changed one keeps its place (use the audit log for changes).
 *
 * Errors: `invalid-filter` (a `naceClass` that is no class, group or division), `invalid-page` (a `limit`
 * outside 0–{@link ESTABLISHMENTS_MAX_LIMIT}, at least 1 with a cursor; a negative `offset`),
 * `invalid-cursor` (a cursor this function did not write).
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
  if (!Number.isSafeInteger(limit) || limit < 0 || limit > ESTABLISHMENTS_MAX_LIMIT) {
    return pageError('limit', `limit must be a whole number from 0 to ${ESTABLISHMENTS_MAX_LIMIT}`);
  }

  if ('offset' in page) {
    const { offset } = page;
    if (!Number.isSafeInteger(offset) || offset < 0) {
      return pageError('offset', 'offset must be a whole number, 0 or more');
    }
    const where = and(...conditions);
    // The total comes with the page (one query instead of two); a page past the end has no row to carry
    // it, and only then is it counted on its own.
    const rows =
      limit === 0
        ? []
        : await db
            .select({ ...recordColumns, total: sql<number>`cast(count(*) over () as integer)` })
            .from(establishments)
            .where(where)
            .orderBy(asc(establishments.name), asc(establishments.id))
            .limit(limit)
            .offset(offset);
    let total = rows[0]?.total;
    if (total === undefined) {
      const [counted] = await db.select({ total: count() }).from(establishments).where(where);
      total = counted?.total ?? 0;
    }
    return ok({ items: rows.map(({ total: _total, ...row }) => toRecord(row)), total, limit, offset });
  }

  if (limit === 0) return pageError('limit', 'limit must be at least 1 with a cursor');
  if (page.cursor !== undefined && page.cursor !== null) {
    const position = decodeCursor(page.cursor);
    if (position === undefined) {
      return fail('invalid-cursor', 'the cursor is not one this list returned', { field: 'cursor' });
    }
    conditions.push(
      sql`(${establishments.createdAt}, ${establishments.id}) > (${position.createdAt}::timestamptz, ${position.id}::uuid)`,
    );
  }
  const rows = await db
    .select(recordColumns)
    .from(establishments)
    .where(and(...conditions))
    .orderBy(asc(establishments.createdAt), asc(establishments.id))
    .limit(limit + 1);
  const items = rows.slice(0, limit).map(toRecord);
  const last = items.at(-1);
  const nextCursor =
    rows.length > limit && last !== undefined
      ? encodeCursor({ createdAt: last.createdAt, id: last.id })
      : null;
  return ok({ items, nextCursor });
}
