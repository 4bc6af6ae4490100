import type { z } from 'zod';
import type { FieldError } from './problem';

const TARGET_NAMES: Record<string, string> = {
  json: 'body',
  query: 'query',
  param: 'path',
  header: 'header',
};

/** The value at a path of what was validated (`undefined` where there is none). */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const part of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

/**
 * zod issues as field errors named by where they were found (`body.nationalIdentifier`, `query.limit`), their
 * messages left to the problem document, which says them in the request's language. zod drops the input from
 * its final issues; an invalid_type issue gets back the value sent (`data`), whose type its message names.
 */
export function fieldErrors(error: z.ZodError, target: string, data?: unknown): FieldError[] {
  const where = TARGET_NAMES[target] ?? target;
  return error.issues.map((issue) => ({
    field: [where, ...issue.path.map(String)].join('.'),
    code: issue.code,
    message: {
      issue:
        issue.code === 'invalid_type' && data !== undefined
          ? { ...issue, input: valueAt(data, issue.path) }
          : issue,
    },
  }));
}
