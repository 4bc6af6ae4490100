import { sql } from 'drizzle-orm';
import { check, index, integer, numeric, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

/**
 * The observatory's indicators, precomputed per country × year (all filières at once) by
 * `refreshIndicators` inside every import that changes data: one row per year × territory node (unit, partner
 * territory, country) × filière × NACE class (`''` for the filière's total). Confidentiality is applied before
 * the row is written: a suppressed cell's figures are stored as `null` with its `status`, so they never leave
 * the database. Shares, rates per 1,000 inhabitants and changes over years are derived when read.
 */
export const observatoryCells = pgTable(
  'observatory_cells',
  {
    year: integer('year').notNull(),
    country: text('country').notNull(),
    /** `unit`, `partner` or `country`. */
    level: text('level').notNull(),
    /** Unit code, partner id or country code. */
    territory: text('territory').notNull(),
    filiere: text('filiere').notNull(),
    /** NACE class, `''` for the filière's total. */
    naceClass: text('nace_class').notNull(),
    /** The cell's key in the confidentiality table, stable across years (the next year prefers its pattern). */
    cellKey: text('cell_key').notNull(),
    /** `core`, `partial` or `mixed` (a total holding classes the filière map weighs `partial`). */
    weight: text('weight').notNull(),
    /** The source format (`sirene-establishments`, `istat-asia-local-units`, …). */
    source: text('source').notNull(),
    /** How employees were obtained: `size-bands` (central estimate and range) or the source's measure. */
    employeesBasis: text('employees_basis').notNull(),
    status: text('status').notNull(),
    establishments: numeric('establishments', { precision: 14, scale: 2 }),
    employeesLow: numeric('employees_low', { precision: 14, scale: 2 }),
    employeesCentral: numeric('employees_central', { precision: 14, scale: 2 }),
    employeesHigh: numeric('employees_high', { precision: 14, scale: 2 }),
    creations: integer('creations'),
    closures: integer('closures'),
    /** The whole local economy of the territory node (the shares' denominator) and its own state. */
    localStatus: text('local_status').notNull(),
    localEstablishments: numeric('local_establishments', { precision: 14, scale: 2 }),
    localEmployees: numeric('local_employees', { precision: 14, scale: 2 }),
  },
  (t) => [
    primaryKey({ columns: [t.year, t.country, t.level, t.territory, t.filiere, t.naceClass] }),
    index('observatory_cells_filiere').on(t.filiere, t.level, t.year),
    check(
      'observatory_cells_status',
      sql`${t.status} in ('value', 'suppressed-frequency', 'suppressed-dominance', 'suppressed-secondary', 'suppressed-at-source', 'no-data')`,
    ),
  ],
);
