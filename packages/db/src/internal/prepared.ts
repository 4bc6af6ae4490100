import type { PGlite } from '@electric-sql/pglite';
import type { Sql } from 'postgres';
import type { Database } from '../connection';

/**
 * Runs rendered SQL through the database's own driver, without drizzle's query builder and row mapping: on
 * PostgreSQL as a named prepared statement of postgres.js (parsed and planned once per connection), on PGlite
 * with its parameters. Rows come back as the driver builds them, keyed by the statement's column names.
 */
export async function runPrepared<Row>(
  database: Pick<Database, 'db' | 'engine'>,
  text: string,
  params: readonly unknown[],
): Promise<Row[]> {
  const client = (database.db as unknown as { $client: unknown }).$client;
  if (database.engine === 'postgres') {
    // postgres.js takes its parameter values as its own serialisable types; ours are strings and numbers.
    return (await (client as Sql).unsafe(text, params as never[], { prepare: true })) as unknown as Row[];
  }
  return (await (client as PGlite).query<Row>(text, params as unknown[])).rows;
}
