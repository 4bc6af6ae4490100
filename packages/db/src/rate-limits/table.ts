import { bigint, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

/**
 * Requests counted per client and fixed window, shared by every API process on one PostgreSQL. `used` counts
 * the requests processes have reserved (they reserve a few at a time, fewer as the limit nears).
 */
export const rateLimits = pgTable(
  'rate_limits',
  {
    bucket: text('bucket').notNull(),
    /** Start of the window, in milliseconds since the epoch. */
    windowStart: bigint('window_start', { mode: 'number' }).notNull(),
    used: integer('used').notNull(),
  },
  (t) => [primaryKey({ columns: [t.bucket, t.windowStart] })],
);
