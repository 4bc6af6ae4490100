import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { Db, DbExecutor } from './connection';
import { auditLog } from './schema';

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
 * `before` and `after` are stored as JSON (`undefined` is stored as `null`).
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
  await executor.insert(auditLog).values({
    actorType: write.actor.kind,
    actorId: write.actor.id,
    partnerId: write.actor.partnerId,
    requestId: write.actor.requestId ?? null,
    action: write.action,
    resource: write.resource,
    resourceId: write.resourceId,
    before: write.before ?? null,
    after: write.after ?? null,
  });
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
      at: sql<string>`to_char(${auditLog.at} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
      actorType: auditLog.actorType,
      actorId: auditLog.actorId,
      partnerId: auditLog.partnerId,
      requestId: auditLog.requestId,
      action: auditLog.action,
      resource: auditLog.resource,
      resourceId: auditLog.resourceId,
      before: auditLog.before,
      after: auditLog.after,
    })
    .from(auditLog)
    .where(and(...conditions))
    // The id follows the order of inserts; `at` is the transaction's start and can tie.
    .orderBy(desc(auditLog.id))
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
  }));
}
