import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  date,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { establishments } from '../establishments/table';
import { partners } from '../reference/tables';

/**
 * One import of a file: who ran it, for which partner's territory (`null`: every partner's, an admin's
 * import), its progress while it runs and its summary when it ends. The data it writes commits in one
 * transaction with its final state; a crashed import stays `running` with a stale heartbeat (read as
 * `abandoned`) and has written nothing else.
 */
export const imports = pgTable(
  'imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    format: text('format').notNull(),
    /** `establishments`, `counts` or `population`. */
    kind: text('kind').notNull(),
    /** The reference year given for the file (establishment stocks); counts carry theirs per row. */
    year: integer('year'),
    /** `running`, `succeeded` or `failed`. */
    status: text('status').notNull(),
    partnerId: text('partner_id').references(() => partners.id),
    fileName: text('file_name'),
    actorType: text('actor_type').notNull(),
    actorId: text('actor_id').notNull(),
    requestId: text('request_id'),
    bytesTotal: bigint('bytes_total', { mode: 'number' }),
    bytesRead: bigint('bytes_read', { mode: 'number' }).notNull().default(0),
    rowsRead: bigint('rows_read', { mode: 'number' }).notNull().default(0),
    imported: bigint('imported', { mode: 'number' }).notNull().default(0),
    updated: bigint('updated', { mode: 'number' }).notNull().default(0),
    unchanged: bigint('unchanged', { mode: 'number' }).notNull().default(0),
    removed: bigint('removed', { mode: 'number' }).notNull().default(0),
    skipped: bigint('skipped', { mode: 'number' }).notNull().default(0),
    rejected: bigint('rejected', { mode: 'number' }).notNull().default(0),
    errorCode: text('error_code'),
    errorMessage: text('error_message'),
    startedAt: timestamp('started_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    heartbeatAt: timestamp('heartbeat_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true, mode: 'string' }),
  },
  (t) => [
    index('imports_started').on(t.startedAt),
    check('imports_status', sql`${t.status} in ('running', 'succeeded', 'failed')`),
  ],
);

/** The rows an import refused, with the column at fault and why (stored with the import). */
export const importRejects = pgTable(
  'import_rejects',
  {
    importId: uuid('import_id')
      .notNull()
      .references(() => imports.id, { onDelete: 'cascade' }),
    /** The row in the file, counted as a spreadsheet does: the header is row 1. */
    rowNumber: bigint('row_number', { mode: 'number' }).notNull(),
    /** The column at fault, as the file names it (empty for the whole row). */
    column: text('column').notNull(),
    /** A stable code (`invalid-identifier`, `unknown-activity-code`…). */
    reason: text('reason').notNull(),
    message: text('message').notNull(),
    /** The value found (cut to 200 characters). */
    value: text('value'),
  },
  (t) => [primaryKey({ columns: [t.importId, t.rowNumber, t.column] })],
);

/**
 * The state of an establishment in a reference year, as a source gave it: what indicators count per
 * filière × territory unit × year. `territory_unit_code` is the unit's current code (former codes mapped
 * through `territory_code_successions`). `filieres` holds every filière of the activity code, and
 * `partial_filieres` those of them whose map weight is `partial`.
 */
export const establishmentSnapshots = pgTable(
  'establishment_snapshots',
  {
    establishmentId: uuid('establishment_id')
      .notNull()
      .references(() => establishments.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    country: text('country').notNull(),
    territoryUnitCode: text('territory_unit_code').notNull(),
    partnerId: text('partner_id').references(() => partners.id),
    status: text('status').notNull(),
    activityCode: text('activity_code').notNull(),
    activityCodeScheme: text('activity_code_scheme').notNull(),
    /** NACE class: Rev.2 for the 2008 schemes, Rev.2.1 for the 2025 schemes (`nace_revision`). */
    naceClass: text('nace_class').notNull(),
    naceRevision: text('nace_revision').notNull(),
    filieres: text('filieres').array().notNull().default(sql`'{}'::text[]`),
    partialFilieres: text('partial_filieres').array().notNull().default(sql`'{}'::text[]`),
    sizeBand: text('size_band').notNull(),
    openedOn: date('opened_on', { mode: 'string' }),
    closedOn: date('closed_on', { mode: 'string' }),
    /** The format of the source (`sirene-establishments`…) and the import that wrote the snapshot. */
    source: text('source').notNull(),
    importId: uuid('import_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.establishmentId, t.year] }),
    index('establishment_snapshots_unit').on(t.year, t.country, t.territoryUnitCode),
  ],
);

/**
 * Counts published by a statistics office (ISTAT ASIA, BFS STATENT): one row per source × unit × year ×
 * activity code × measure, in long form. `value` is `null` when the office suppressed the cell
 * (`status = 'suppressed-at-source'`). Measures: `establishments`, `persons-employed` (ISTAT addetti),
 * `employees`, `fte`.
 */
export const publishedCounts = pgTable(
  'published_counts',
  {
    source: text('source').notNull(),
    country: text('country').notNull(),
    territoryUnitCode: text('territory_unit_code').notNull(),
    partnerId: text('partner_id').references(() => partners.id),
    year: integer('year').notNull(),
    /** The code as published, in its scheme, at whatever level the source publishes (class, group…). */
    activityCode: text('activity_code').notNull(),
    activityCodeScheme: text('activity_code_scheme').notNull(),
    /** The NACE code of the activity at its level (`43.31`, `43.3`, `43`) and that level. */
    naceCode: text('nace_code').notNull(),
    naceLevel: text('nace_level').notNull(),
    naceRevision: text('nace_revision').notNull(),
    /** Filières of class-level (or finer) codes; empty above the class. */
    filieres: text('filieres').array().notNull().default(sql`'{}'::text[]`),
    partialFilieres: text('partial_filieres').array().notNull().default(sql`'{}'::text[]`),
    measure: text('measure').notNull(),
    value: numeric('value', { precision: 14, scale: 2 }),
    /** `value` or `suppressed-at-source`. */
    status: text('status').notNull(),
    importId: uuid('import_id').notNull(),
  },
  (t) => [
    primaryKey({
      columns: [t.source, t.country, t.territoryUnitCode, t.year, t.activityCode, t.measure],
    }),
    index('published_counts_unit').on(t.year, t.country, t.territoryUnitCode),
    check('published_counts_status', sql`${t.status} in ('value', 'suppressed-at-source')`),
  ],
);
