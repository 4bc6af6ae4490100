import type { z } from 'zod';
import type { FieldError } from './problem';

const TARGET_NAMES: Record<string, string> = {
  json: 'body',
  query: 'query',
  param: 'path',
  header: 'header',
};

/** zod issues as field errors named by where they were found: `body.nationalIdentifier`, `query.limit`. */
export function fieldErrors(error: z.ZodError, target: string): FieldError[] {
  const where = TARGET_NAMES[target] ?? target;
  return error.issues.map((issue) => ({
    field: [where, ...issue.path.map(String)].join('.'),
    code: issue.code,
    message: issue.message,
  }));
}
