import { Buffer } from 'node:buffer';

/**
 * Pagination shared by every list: numbered pages (`limit`/`offset`, with the total) and keyset cursors
 * for bulk sync and feeds. A cursor is opaque to clients: base64url of a JSON array of the sort key.
 */

/** A numbered page: `limit` rows (0 for the total alone) after skipping `offset`. */
export interface OffsetPageRequest {
  readonly limit: number;
  readonly offset: number;
}

/** A page of a keyset walk: pass the previous page's `nextCursor`, none for the first. */
export interface CursorPageRequest {
  readonly limit: number;
  readonly cursor?: string | null | undefined;
}

/** Why a page request was refused: the field at fault, a message, and the bounds of `limit` it names. */
export interface PageProblem {
  readonly field: 'limit' | 'offset' | 'cursor';
  readonly message: string;
  readonly params?: { readonly min: number; readonly max: number };
}

/** A page problem as the `field` and `params` of a failure. */
export function pageFailure(problem: PageProblem): {
  readonly field: string;
  readonly params?: { readonly min: number; readonly max: number };
} {
  return problem.params === undefined
    ? { field: problem.field }
    : { field: problem.field, params: problem.params };
}

/** Checks `limit` (0 to `max`, at least `min`) and, when given, `offset`; `null` when both are fine. */
export function checkPage(
  page: { readonly limit: number; readonly offset?: number },
  max: number,
  min = 0,
): PageProblem | null {
  const { limit, offset } = page;
  if (!Number.isSafeInteger(limit) || limit < min || limit > max) {
    return {
      field: 'limit',
      message: `limit must be a whole number from ${min} to ${max}`,
      params: { min, max },
    };
  }
  if (offset !== undefined && (!Number.isSafeInteger(offset) || offset < 0)) {
    return { field: 'offset', message: 'offset must be a whole number, 0 or more' };
  }
  return null;
}

/** The cursor of a position in a keyset order. */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/**
 * The sort key of a cursor this module wrote, checked by `parse` (which returns `undefined` for anything
 * else), so that no malformed value reaches the database.
 */
export function decodeCursor<Key>(
  cursor: string,
  parse: (values: unknown[]) => Key | undefined,
): Key | undefined {
  if (cursor.length === 0 || cursor.length > 200 || !/^[A-Za-z0-9_-]+$/.test(cursor)) return undefined;
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  return Array.isArray(decoded) ? parse(decoded) : undefined;
}
