import { index, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';

/**
 * Former codes of territory units and the unit that took each over (mergers, absorptions), with the first
 * year of the new code: imports map a former code to the current unit with it (chains are followed).
 */
export const territoryCodeSuccessions = pgTable(
  'territory_code_successions',
  {
    country: text('country').notNull(),
    oldCode: text('old_code').notNull(),
    oldName: text('old_name').notNull().default(''),
    newCode: text('new_code').notNull(),
    /** First year of the new code (1 January); `null` when the source does not state it. */
    effectiveYear: integer('effective_year'),
    source: text('source').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.country, t.oldCode, t.newCode] }),
    index('territory_code_successions_new').on(t.country, t.newCode),
  ],
);

/**
 * Population of a territory unit in a reference year, from an official source: the French communes' legal
 * populations are seeded; other countries' come from `population` imports (`import_id`).
 */
export const territoryPopulations = pgTable(
  'territory_populations',
  {
    country: text('country').notNull(),
    code: text('code').notNull(),
    year: integer('year').notNull(),
    population: integer('population').notNull(),
    source: text('source').notNull(),
    /** The import that wrote the row; `null` for seeded rows. */
    importId: uuid('import_id'),
  },
  (t) => [primaryKey({ columns: [t.country, t.code, t.year] })],
);
