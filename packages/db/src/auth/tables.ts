import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { partners } from '../reference/tables';

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
