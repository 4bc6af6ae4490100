import { and, asc, gt, inArray, notInArray, or, sql } from 'drizzle-orm';
import { currentChangeSeq } from '../audit/audit';
import { auditLog } from '../audit/table';
import type { Db } from '../connection';
import { checkPage, decodeCursor, encodeCursor, type PageProblem } from '../internal/pagination';
import { err, ok, type Result } from '../internal/result';
import { isoTimestamp } from '../internal/sql';

/**
 * The change feed: every audited create, update and delete, in commit order, read from the audit log. A
 * partner's system keeps a copy in sync by polling it with the cursor of its last page.
 */

/** The most changes one page holds. */
export const CHANGES_MAX_LIMIT = 1000;

/** One change of one resource. */
export interface Change {
  /** Position in commit order; strictly increasing along the feed. */
  readonly seq: number;
  readonly resource: string;
  readonly id: string;
  /** `create`, `update`, `delete`, or a resource's own verb (`revoke`, `disable`). */
  readonly operation: string;
  /** The resource's version after the change, when it has one (establishments); `null` otherwise. */
  readonly version: number | null;
  /** When the writing transaction started, ISO 8601 in UTC. */
  readonly at: string;
  /** The representation after the change; `null` after a delete. */
  readonly representation: unknown;
}

export interface ChangePage {
  readonly items: Change[];
  /** Where the next poll starts: after the last change of this page, or where this one started if empty. */
  readonly nextCursor: string;
  /** `true` when more changes were already committed after this page: ask again at once. */
  readonly hasMore: boolean;
}

export interface ListChangesRequest {
  /** The cursor of a previous page; `null` or absent from the beginning; `'latest'` for only future changes. */
  readonly cursor?: string | null | undefined;
  readonly limit: number;
  /** Only changes of these resources (those the caller may read). */
  readonly resources: readonly string[];
  /**
   * Changes of these resources only when the representation belongs to this partner (`partnerId`), for a
   * caller who may read only its partner's records of them (an admin of a partner and the user accounts).
   */
  readonly partnerScope?: { readonly resources: readonly string[]; readonly partnerId: string } | undefined;
}

export type ChangesError = { readonly code: 'invalid-page' | 'invalid-cursor' } & PageProblem;

function parseSeq(values: unknown[]): number | undefined {
  const [seq] = values;
  return values.length === 1 && Number.isSafeInteger(seq) && (seq as number) >= 0
    ? (seq as number)
    : undefined;
}

/** The cursor that starts after change number `seq`. */
export function changeCursor(seq: number): string {
  return encodeCursor([seq]);
}

function versionOf(representation: unknown): number | null {
  if (typeof representation !== 'object' || representation === null || !('version' in representation)) {
    return null;
  }
  const { version } = representation;
  return typeof version === 'number' && Number.isSafeInteger(version) ? version : null;
}

/**
 * A page of the change feed after a cursor. Entries are numbered in commit order under a lock (see
 * `writeAudit`), so a change seen by a reader is never preceded by one committed later: a poller that
 * resumes from `nextCursor` misses nothing and sees nothing twice.
 *
 * @example
 * let cursor: string | null = null;
 * const page = await listChanges(database.db, { cursor, limit: 500, resources: ['establishment'] });
 * if (page.ok) cursor = page.value.nextCursor;
 */
export async function listChanges(
  db: Db,
  request: ListChangesRequest,
): Promise<Result<ChangePage, ChangesError>> {
  const problem = checkPage({ limit: request.limit }, CHANGES_MAX_LIMIT, 1);
  if (problem !== null) return err({ code: 'invalid-page', ...problem });
  let after = 0;
  if (request.cursor === 'latest') {
    after = await currentChangeSeq(db);
  } else if (request.cursor !== undefined && request.cursor !== null && request.cursor !== '') {
    const seq = decodeCursor(request.cursor, parseSeq);
    if (seq === undefined) {
      return err({
        code: 'invalid-cursor',
        field: 'cursor',
        message: 'the cursor is not one this feed returned',
      });
    }
    after = seq;
  }
  if (request.resources.length === 0) {
    return ok({ items: [], nextCursor: changeCursor(after), hasMore: false });
  }
  const rows = await db
    .select({
      seq: auditLog.seq,
      resource: auditLog.resource,
      id: auditLog.resourceId,
      operation: auditLog.action,
      at: isoTimestamp(auditLog.at),
      after: auditLog.after,
    })
    .from(auditLog)
    .where(
      and(
        gt(auditLog.seq, after),
        inArray(auditLog.resource, [...request.resources]),
        request.partnerScope === undefined || request.partnerScope.resources.length === 0
          ? undefined
          : or(
              notInArray(auditLog.resource, [...request.partnerScope.resources]),
              // The record after the change, or before it for a delete.
              sql`coalesce(${auditLog.after}, ${auditLog.before}) ->> 'partnerId' = ${request.partnerScope.partnerId}`,
            ),
      ),
    )
    .orderBy(asc(auditLog.seq))
    .limit(request.limit + 1);
  const page = rows.slice(0, request.limit);
  const items = page.map((row) => ({
    seq: row.seq,
    resource: row.resource,
    id: row.id,
    operation: row.operation,
    version: versionOf(row.after),
    at: row.at,
    representation: row.after ?? null,
  }));
  const last = items.at(-1)?.seq ?? after;
  return ok({ items, nextCursor: changeCursor(last), hasMore: rows.length > request.limit });
}
