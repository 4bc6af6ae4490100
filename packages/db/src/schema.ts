import { sql } from 'drizzle-orm';
import {
  bigserial,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/**
 * The one drizzle schema of the common core, for PGlite and PostgreSQL alike. Money is `numeric(14,2)`
 * (exact) and crosses into TypeScript as a decimal string; reference data is seeded from `@mbi/domain`.
 */

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
  },
  (t) => [primaryKey({ columns: [t.country, t.code] })],
);

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

export const apiKeys = pgTable('api_keys', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** The first characters of the key, shown in lists so a key can be recognised without revealing it. */
  prefix: text('prefix').notNull().unique(),
  /** SHA-256 of the whole key: the key itself is shown once and never stored. */
  hash: text('hash').notNull().unique(),
  label: text('label').notNull(),
  role: text('role').notNull(),
  partnerId: text('partner_id').references(() => partners.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
  lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
});

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  passwordHash: text('password_hash').notNull(),
  role: text('role').notNull(),
  partnerId: text('partner_id').references(() => partners.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  disabledAt: timestamp('disabled_at', { withTimezone: true }),
});

export const sessions = pgTable('sessions', {
  /** SHA-256 of the session token held in the cookie. */
  id: text('id').primaryKey(),
  userId: uuid('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  csrfToken: text('csrf_token').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
});

/** Every write, with who made it and the row before and after: public funds are audited. */
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
  },
  (t) => [index('audit_log_resource').on(t.resource, t.resourceId)],
);
