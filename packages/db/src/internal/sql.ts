import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

/** A timestamp as ISO 8601 in UTC to the microsecond, formatted by the database so both engines agree. */
export function isoTimestamp(column: AnyPgColumn | SQL): SQL<string> {
  return sql<string>`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}

/** `%`, `_` and the escape character itself are matched literally (backslash is LIKE's default escape). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/**
 * A timestamp as the text of UTC wall-clock time (`2026-11-25 19:59:46.627123`, trailing zeros of the fraction
 * dropped), the cheapest form for the database to produce; {@link isoFromUtcText} makes ISO 8601 of it.
 */
export function utcText(column: AnyPgColumn | SQL): SQL<string> {
  return sql<string>`cast(${column} at time zone 'UTC' as text)`;
}

/** ISO 8601 in UTC to the microsecond (`2026-11-25T19:59:46.627123Z`) from the text of {@link utcText}. */
export function isoFromUtcText(text: string): string {
  const dot = text.indexOf('.', 19);
  const fraction = dot < 0 ? '' : text.slice(dot + 1);
  return `${text.slice(0, 10)}T${text.slice(11, 19)}.${fraction.padEnd(6, '0')}Z`;
}
