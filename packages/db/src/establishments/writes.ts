import {
  applyEstablishmentPatch,
  defaultOwner,
  type EstablishmentInput,
  EstablishmentInputSchema,
  type EstablishmentPatch,
  type FiliereId,
  writeRefusal,
} from '@mbi/domain';
import { classify } from '@mbi/taxonomy';
import { and, eq, ne, sql } from 'drizzle-orm';
import { type Actor, auditActor, writeAudit } from '../audit/audit';
import type { Db, DbExecutor } from '../connection';
import { UUID_PATTERN } from '../internal/hash';
import { PG_UNIQUE_VIOLATION, postgresErrorCode } from '../internal/pg-errors';
import { ok } from '../internal/result';
import { duplicate, type EstablishmentResult, fail, forbidden, notFound, validationFailed } from './errors';
import {
  ESTABLISHMENT_RESOURCE,
  type EstablishmentRecord,
  recordColumns,
  toInput,
  toRecord,
} from './records';
import { establishments } from './table';

/** Options of the writes to an existing establishment. */
export interface EstablishmentWriteOptions {
  readonly actor: Actor;
  /** The version the client last read (`If-Match`): the write fails with `precondition-failed` if it moved. */
  readonly expectedVersion?: number | undefined;
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
      {
        field: 'activityCode',
        params: {
          activityCode: input.activityCode,
          scheme: input.activityCodeScheme,
          reason: result.error.code,
        },
      },
    );
  }
  const filieres = [...new Set(result.value.filieres.map((match) => match.filiere))];
  return ok({ naceClass: result.value.naceClass, filieres });
}

/** The access policy of `@mbi/domain` for data of `owner`, as this module's failure. */
function refused(actor: Actor, owner: string | null | undefined) {
  const refusal = writeRefusal(actor.principal, owner ?? null);
  return refusal === null ? null : forbidden(refusal);
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
 * The partner an establishment belongs to (`null` for none), or `undefined` when there is no such
 * establishment: the API checks the access policy with it before it reads a request's body.
 *
 * @example
 * const owner = await establishmentOwner(database.db, id); // 'cimark'
 */
export async function establishmentOwner(
  db: Pick<Db, 'select'>,
  id: string,
): Promise<string | null | undefined> {
  if (!UUID_PATTERN.test(id)) return undefined;
  const [row] = await db
    .select({ partnerId: establishments.partnerId })
    .from(establishments)
    .where(eq(establishments.id, id));
  return row === undefined ? undefined : row.partnerId;
}

/**
 * Creates an establishment and its audit entry in one transaction. The input is checked again with
 * `EstablishmentInputSchema` (so its identifier is normalised); an editor's establishment belongs to its
 * partner when the input names none; the access policy of `@mbi/domain` decides (`forbidden`). The NACE class
 * and filières are derived from the activity code with `@mbi/taxonomy` (`invalid-activity-code`); a country
 * has one establishment per identifier (`duplicate-identifier`, nothing written).
 *
 * @example
 * const created = await createEstablishment(database.db, EstablishmentInputSchema.parse(body), { principal, requestId });
 * if (created.ok) created.value.filieres; // ['outdoor'] for NAF 32.30Z
 */
export async function createEstablishment(
  db: Db,
  input: EstablishmentInput,
  actor: Actor,
): Promise<EstablishmentResult<EstablishmentRecord>> {
  const owned =
    input.partnerId === undefined && defaultOwner(actor.principal) !== null
      ? { ...input, partnerId: defaultOwner(actor.principal) }
      : input;
  const parsed = EstablishmentInputSchema.safeParse(owned);
  if (!parsed.success) return validationFailed(parsed.error.issues);
  const value = parsed.data;
  const refusal = refused(actor, value.partnerId);
  if (refusal !== null) return refusal;
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
        actor: auditActor(actor),
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
    if (postgresErrorCode(error) === PG_UNIQUE_VIOLATION) return duplicate(value);
    throw error;
  }
}

/** Locks the row and applies the checks shared by update and delete: the access policy, then the version. */
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
  const refusal = refused(options.actor, current.partnerId);
  if (refusal !== null) return refusal;
  const { expectedVersion } = options;
  if (expectedVersion !== undefined && current.version !== expectedVersion) {
    return fail(
      'precondition-failed',
      `the establishment is at version ${current.version}, not ${expectedVersion}: read it again`,
      { params: { currentVersion: current.version, expectedVersion } },
    );
  }
  return ok(current);
}

/**
 * Applies a patch (checked by the caller with `EstablishmentPatchSchema`) in one transaction: locks the row,
 * checks the access policy (for the partner the establishment belongs to, and the one the patch moves it to)
 * and the version, merges with `applyEstablishmentPatch`, checks the whole again, re-derives the NACE class
 * and filières when the activity code or its scheme changed, increments the version and writes the audit
 * entry with the record before and after. Errors: `not-found`, `forbidden`, `precondition-failed`,
 * `validation-failed` (with `issues`), `invalid-activity-code`, `duplicate-identifier`.
 *
 * @example
 * const updated = await updateEstablishment(database.db, id, { sizeBand: '11' }, { actor, expectedVersion: 3 });
 * if (!updated.ok && updated.error.code === 'precondition-failed') status = 412;
 */
export async function updateEstablishment(
  db: Db,
  id: string,
  patch: EstablishmentPatch,
  options: EstablishmentWriteOptions,
): Promise<EstablishmentResult<EstablishmentRecord>> {
  if (!UUID_PATTERN.test(id)) return notFound(id);
  // Set inside the transaction, read when its insert of a duplicate identifier throws.
  let merged: EstablishmentInput | undefined;
  try {
    return await db.transaction(async (tx): Promise<EstablishmentResult<EstablishmentRecord>> => {
      const locked = await lockForWrite(tx, id, options);
      if (!locked.ok) return locked;
      const current = locked.value;
      if (patch.partnerId !== undefined) {
        const refusal = refused(options.actor, patch.partnerId);
        if (refusal !== null) return refusal;
      }
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
        actor: auditActor(options.actor),
        action: 'update',
        resource: ESTABLISHMENT_RESOURCE,
        resourceId: id,
        before: current,
        after: record,
      });
      return ok(record);
    });
  } catch (error) {
    if (postgresErrorCode(error) === PG_UNIQUE_VIOLATION && merged !== undefined) return duplicate(merged);
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
  if (!UUID_PATTERN.test(id)) return notFound(id);
  return db.transaction(async (tx): Promise<EstablishmentResult<EstablishmentRecord>> => {
    const locked = await lockForWrite(tx, id, options);
    if (!locked.ok) return locked;
    await tx.delete(establishments).where(eq(establishments.id, id));
    await writeAudit(tx, {
      actor: auditActor(options.actor),
      action: 'delete',
      resource: ESTABLISHMENT_RESOURCE,
      resourceId: id,
      before: locked.value,
      after: null,
    });
    return locked;
  });
}
