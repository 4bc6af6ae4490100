import { sql } from 'drizzle-orm';
import { check, integer, jsonb, numeric, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/** Version of the seeded reference dataset and other singletons (one row per key). */
export const referenceDocuments = pgTable('reference_documents', {
  key: text('key').primaryKey(),
  version: text('version').notNull(),
  data: jsonb('data').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const partners = pgTable(
  'partners',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    country: text('country').notNull(),
    role: text('role').notNull(),
    fundingSource: text('funding_source').notNull(),
    currency: text('currency').notNull(),
    eligible: numeric('eligible', { precision: 14, scale: 2 }).notNull(),
    fundRate: numeric('fund_rate', { precision: 6, scale: 4 }),
    data: jsonb('data').notNull(),
  },
  (t) => [check('partners_country', sql`${t.country} in ('FR', 'IT', 'CH')`)],
);

export const territoryUnits = pgTable(
  'territory_units',
  {
    country: text('country').notNull(),
    code: text('code').notNull(),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    nuts3: text('nuts3').notNull(),
    partnerId: text('partner_id').references(() => partners.id),
    /** The year of the official list the code and name come from (seeded from `territories/`). */
    listYear: integer('list_year'),
  },
  (t) => [primaryKey({ columns: [t.country, t.code] })],
);
