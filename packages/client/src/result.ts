import type { Problem } from './types';

/**
 * The outcome of a call: the value and the HTTP response, or the problem document and the response it
 * came with (`null` when no response arrived: `problem.code` is then `network`). HTTP errors are values,
 * never exceptions.
 *
 * @example
 * const result = await client.getPartner('cimark');
 * if (result.ok) console.log(result.value.name);
 * else console.error(result.problem.status, result.problem.code, result.problem.detail);
 */
export type MbiResult<T> =
  | { readonly ok: true; readonly value: T; readonly response: Response }
  | { readonly ok: false; readonly problem: Problem; readonly response: Response | null };

/** Whether a parsed body has the shape of a problem document. */
export function isProblem(value: unknown): value is Problem {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return (
    typeof candidate.type === 'string' &&
    typeof candidate.code === 'string' &&
    typeof candidate.title === 'string' &&
    typeof candidate.status === 'number'
  );
}

export function success<T>(value: T, response: Response): MbiResult<T> {
  return { ok: true, value, response };
}

export function failure<T>(problem: Problem, response: Response | null): MbiResult<T> {
  return { ok: false, problem, response };
}

/** A problem the client reports itself, with the same shape as the API's. */
export function clientProblem(
  code: 'network' | 'unexpected-response',
  status: number,
  detail: string | undefined,
): Problem {
  return {
    type: `urn:mbi:problem:${code}`,
    code,
    title: code === 'network' ? 'The API could not be reached' : 'Unexpected response from the API',
    status,
    ...(detail === undefined ? {} : { detail }),
  };
}

/** The problem of an HTTP error: the API's document when it sent one, else a description of what came. */
export function problemOf(body: unknown, response: Response): Problem {
  if (isProblem(body)) return body;
  const text = typeof body === 'string' ? body.trim().slice(0, 200) : '';
  const statusLine = `${response.status} ${response.statusText}`.trim();
  return clientProblem(
    'unexpected-response',
    response.status,
    text === '' ? `HTTP ${statusLine}` : `HTTP ${statusLine}: ${text}`,
  );
}
