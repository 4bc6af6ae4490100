import { lt, sql } from 'drizzle-orm';
import type { Db } from '../connection';
import { queryRows } from '../connection';
import { rateLimits } from './table';

/**
 * Reserves `count` requests of a client's window and returns how many the window had used before: the
 * caller may spend `max(0, min(count, limit − before))` of them. One statement, atomic on PostgreSQL, so
 * that every API process on one database counts the same requests.
 *
 * @example
 * const before = await reserveRequests(database.db, 'api-key:42', windowStart, 5);
 * const granted = Math.max(0, Math.min(5, limit - before));
 */
export async function reserveRequests(
  db: Pick<Db, 'execute'>,
  bucket: string,
  windowStart: number,
  count: number,
): Promise<number> {
  const [row] = await queryRows<{ used: number }>(
    db,
    sql`insert into ${rateLimits} (bucket, window_start, used) values (${bucket}, ${windowStart}, ${count})
        on conflict (bucket, window_start) do update set used = ${rateLimits.used} + excluded.used
        returning used`,
  );
  return Number(row?.used ?? count) - count;
}

/**
 * Forgets the windows that started before `before` (milliseconds since the epoch); returns how many.
 *
 * @example await deleteRateLimitWindows(database.db, Date.now() - 120_000);
 */
export async function deleteRateLimitWindows(db: Db, before: number): Promise<number> {
  const deleted = await db
    .delete(rateLimits)
    .where(lt(rateLimits.windowStart, before))
    .returning({ bucket: rateLimits.bucket });
  return deleted.length;
}
