/** PostgreSQL error codes the data layer turns into expected failures (SQLSTATE, PostgreSQL appendix A). */
export const PG_UNIQUE_VIOLATION = '23505';

/**
 * The SQLSTATE of a database error: the walk down `cause` reaches the driver's error under drizzle's
 * `DrizzleQueryError`, on both engines.
 */
export function postgresErrorCode(error: unknown): string | undefined {
  let current = error;
  for (let depth = 0; depth < 5; depth += 1) {
    if (typeof current !== 'object' || current === null) return undefined;
    if ('code' in current && typeof current.code === 'string' && /^[0-9A-Z]{5}$/.test(current.code)) {
      return current.code;
    }
    current = 'cause' in current ? current.cause : undefined;
  }
  return undefined;
}
