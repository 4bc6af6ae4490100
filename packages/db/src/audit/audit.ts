import type { Principal } from '@mbi/domain';
import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { Db, DbExecutor } from '../connection';
import { queryRows } from '../connection';
import { isoTimestamp } from '../internal/sql';
import { auditLog, changeClock } from './table';

/**
 * Who made a write, as the audit log records it: an API key, a signed-in user or the system itself (seed,
 * import jobs), with the partner it acts for and the request that carried it.
 */
export interface AuditActor {
  readonly kind: 'api-key' | 'user' | 'system';
  readonly id: string;
  readonly partnerId: string | null;
  /** The request id of the HTTP call (its `X-Request-Id`), so a log line and an audit row can be joined. */
  readonly requestId?: string | undefined;
}

/**
 * Who makes a write, with the request it belongs to: every write of the data layer takes one, checks it
 * against the access policy of `@mbi/domain` and records it in the audit log.
 *
 * @example
 * const actor: Actor = { principal, requestId: 'req-42' };
 */
export interface Actor {
  readonly principal: Principal;
  readonly requestId?: string | undefined;
}

/** The audit log's record of an actor. */
export function auditActor(actor: Actor): AuditActor {
  const { principal, requestId } = actor;
  return { kind: principal.kind, id: principal.id, partnerId: principal.partnerId, requestId };
}

/** What a write did. The common actions are named; other resources may add their own verbs. */
export type AuditAction = 'create' | 'update' | 'delete' | 'revoke' | (string & {});

/** One write to record: the resource before and after it (`null` before a create and after a delete). */
export interface AuditWrite {
  readonly actor: AuditActor;
  readonly action: AuditAction;
  /** The kind of thing written, e.g. `establishment` or `api-key`. */
  readonly resource: string;
  readonly resourceId: string;
  readonly before: unknown;
  readonly after: unknown;
}

/** A row of the audit log as read back. */
export interface AuditEntry {
  readonly id: number;
  /** When the write's transaction started, ISO 8601 in UTC. */
  readonly at: string;
  readonly actor: {
    readonly kind: string;
    readonly id: string;
    readonly partnerId: string | null;
    readonly requestId: string | null;
  };
  readonly action: string;
  readonly resource: string;
  readonly resourceId: string;
  readonly before: unknown;
  readonly after: unknown;
  /** Position of the write in commit order (the change feed's cursor). */
  readonly seq: number;
}

export interface ListAuditOptions {
  readonly resource?: string | undefined;
  readonly resourceId?: string | undefined;
  /** At most this many entries (default 100, capped at {@link AUDIT_MAX_LIMIT}). */
  readonly limit?: number | undefined;
}

/** The most entries {@link listAudit} returns at once. */
export const AUDIT_MAX_LIMIT = 1000;

const AUDIT_DEFAULT_LIMIT = 100;

/**
 * Records one write in the audit log. Pass the transaction of the write itself, so the row and its audit
 * entry commit or roll back together: public funds are audited, and a write without its entry must not exist.
 * `before` and `after` are stored as JSON (`undefined` is stored as `null`). The entry takes the next number
 * of the change clock, whose lock the transaction then holds until it ends: entries are numbered in commit
 * order, which the change feed relies on.
 *
 * @example
 * await database.db.transaction(async (tx) => {
 *   const [row] = await tx.update(apiKeys).set({ revokedAt: new Date() }).where(eq(apiKeys.id, id)).returning();
 *   await writeAudit(tx, {
 *     actor: { kind: 'user', id: userId, partnerId: null, requestId },
 *     action: 'revoke',
 *     resource: 'api-key',
 *     resourceId: id,
 *     before: null,
 *     after: { revokedAt: row?.revokedAt },
 *   });
 * });
 */
export async function writeAudit(executor: DbExecutor, write: AuditWrite): Promise<void> {
  const json = (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value));
  await executor.execute(sql`
    with tick as (
      update ${changeClock} set seq = seq + 1 where ${changeClock.id} = 1 returning seq
    )
    insert into ${auditLog}
      (actor_type, actor_id, partner_id, request_id, action, resource, resource_id, before, after, seq)
    select ${write.actor.kind}, ${write.actor.id}, ${write.actor.partnerId}, ${write.actor.requestId ?? null},
      ${write.action}, ${write.resource}, ${write.resourceId}, ${json(write.before)}::jsonb,
      ${json(write.after)}::jsonb, tick.seq
    from tick`);
}

/**
 * The number of the last committed write: it moves exactly when some audited data changes, so a list's
 * ETag can derive from it instead of from hashing the answer.
 *
 * @example
 * const version = await currentChangeSeq(database.db); // 42
 */
export async function currentChangeSeq(db: Pick<Db, 'execute'>): Promise<number> {
  const [row] = await queryRows<{ seq: string | number }>(
    db,
    sql`select seq from ${changeClock} where ${changeClock.id} = 1`,
  );
  return Number(row?.seq ?? 0);
}

/**
 * Reads the audit log, newest first, optionally for one kind of resource or one resource.
 *
 * @example
 * const history = await listAudit(database.db, { resource: 'establishment', resourceId: id, limit: 20 });
 * history[0]?.action; // 'update'
 */
export async function listAudit(
  db: Pick<Db, 'select'>,
  options: ListAuditOptions = {},
): Promise<AuditEntry[]> {
  const conditions: SQL[] = [];
  if (options.resource !== undefined) conditions.push(eq(auditLog.resource, options.resource));
  if (options.resourceId !== undefined) conditions.push(eq(auditLog.resourceId, options.resourceId));
  const requested = options.limit ?? AUDIT_DEFAULT_LIMIT;
  const limit = Number.isInteger(requested) ? Math.min(Math.max(requested, 0), AUDIT_MAX_LIMIT) : 0;
  if (limit === 0) return [];
  const rows = await db
    .select({
      id: auditLog.id,
      // Formatted by the database: both engines then give the same text, to the microsecond.
      at: isoTimestamp(auditLog.at),
      actorType: auditLog.actorType,
      actorId: auditLog.actorId,
      partnerId: auditLog.partnerId,
      requestId: auditLog.requestId,
      action: auditLog.action,
      resource: auditLog.resource,
      resourceId: auditLog.resourceId,
      before: auditLog.before,
      after: auditLog.after,
      seq: auditLog.seq,
    })
    .from(auditLog)
    .where(and(...conditions))
    // `seq` follows commit order; `at` is the transaction's start and can tie.
    .orderBy(desc(auditLog.seq))
    .limit(limit);
  return rows.map((row) => ({
    id: row.id,
    at: row.at,
    actor: { kind: row.actorType, id: row.actorId, partnerId: row.partnerId, requestId: row.requestId },
    action: row.action,
    resource: row.resource,
    resourceId: row.resourceId,
    before: row.before,
    after: row.after,
    seq: row.seq,
  }));
}
