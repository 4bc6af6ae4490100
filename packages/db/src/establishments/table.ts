import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { partners } from '../reference/tables';

export const establishments = pgTable(
  'establishments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    country: text('country').notNull(),
    /** Normalised national identifier (SIRET digits, partita IVA / codice fiscale, `CHE-123.456.789`). */
    nationalIdentifier: text('national_identifier').notNull(),
    name: text('name').notNull(),
    /** The activity code as declared, with its scheme (naf, ateco, noga, nace). */
    activityCode: text('activity_code').notNull(),
    activityCodeScheme: text('activity_code_scheme').notNull(),
    /** NACE Rev.2 class derived from the declared code, and the filières it maps to (for filtering). */
    naceClass: text('nace_class').notNull(),
    filieres: text('filieres').array().notNull().default(sql`'{}'::text[]`),
    territoryUnitCode: text('territory_unit_code').notNull(),
    sizeBand: text('size_band').notNull(),
    status: text('status').notNull(),
    openedOn: date('opened_on', { mode: 'string' }).notNull(),
    closedOn: date('closed_on', { mode: 'string' }),
    partnerId: text('partner_id').references(() => partners.id),
    /** Incremented on every update: the ETag and the `If-Match` check derive from it. */
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('establishments_identifier').on(t.country, t.nationalIdentifier),
    index('establishments_nace_class').on(t.naceClass),
    index('establishments_territory').on(t.country, t.territoryUnitCode),
    index('establishments_partner').on(t.partnerId),
    index('establishments_created').on(t.createdAt, t.id),
  ],
);
