import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';

/**
 * Every write, with who made it and the row before and after: public funds are audited. `seq` is the
 * position of the write in commit order (from {@link changeClock}); the change feed reads it.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorType: text('actor_type').notNull(),
    actorId: text('actor_id').notNull(),
    partnerId: text('partner_id'),
    requestId: text('request_id'),
    action: text('action').notNull(),
    resource: text('resource').notNull(),
    resourceId: text('resource_id').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
    seq: bigint('seq', { mode: 'number' }).notNull(),
  },
  (t) => [index('audit_log_resource').on(t.resource, t.resourceId), index('audit_log_seq').on(t.seq)],
);

/**
 * One row counting the writes. Each audited write takes the next number under the row's lock, which it
 * holds until its transaction ends: numbers are therefore handed out in commit order, with no gap a reader
 * could skip past. It is also the data version behind list ETags.
 */
export const changeClock = pgTable(
  'change_clock',
  {
    id: integer('id').primaryKey(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
  },
  (t) => [check('change_clock_single_row', sql`${t.id} = 1`)],
);
