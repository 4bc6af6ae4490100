/**
 * The one result type of the data layer: expected failures are values with a stable `code` (the API maps
 * codes to HTTP statuses in one place); `throw` is for bugs.
 */
export type Result<T, E> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: E };

/**
 * The values an expected failure's English message names (a version, an id, a limit), so that an application
 * can say it in another language. Each failure documents its own.
 */
export type ErrorParams = Readonly<Record<string, string | number | null>>;

export function ok<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

export function err<E>(error: E): { readonly ok: false; readonly error: E } {
  return { ok: false, error };
}
