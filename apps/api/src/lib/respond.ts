import type { Context } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../context';
import { localeOf } from './locale';
import { ApiProblem, message, validationDetail } from './problem';

const FormatSchema = z.enum(['json', 'csv']);

export type Format = 'json' | 'csv';

/**
 * The representation a list was asked in: `?format=csv|json` wins, else `Accept` (`text/csv`), else JSON.
 * An `Accept` header that allows neither gets 406.
 */
export function formatOf(c: Context<AppEnv>): Format {
  const query = c.req.query('format');
  if (query !== undefined) {
    const format = FormatSchema.safeParse(query);
    if (format.success) return format.data;
    // zod's own issue, so that its message is zod's in the request's language; the code stays the API's.
    const errors = format.error.issues.map((issue) => ({
      field: 'query.format',
      code: 'invalid-enum',
      message: { issue },
    }));
    throw new ApiProblem('validation-failed', { detail: validationDetail(errors), errors });
  }
  const accept = c.req.header('accept');
  if (accept === undefined || accept === '') return 'json';
  const types = accept
    .toLowerCase()
    .split(',')
    .map((part) => part.split(';')[0]?.trim() ?? '');
  const csvAt = types.indexOf('text/csv');
  const jsonAt = types.findIndex((type) =>
    ['application/json', 'application/*', '*/*', 'application/problem+json'].includes(type),
  );
  if (csvAt >= 0 && (jsonAt < 0 || csvAt < jsonAt)) return 'csv';
  if (jsonAt >= 0 || csvAt >= 0) return 'json';
  throw new ApiProblem('not-acceptable', { detail: message('problem.detail.notAcceptable') });
}

/** A serialised representation with its validator, built once and served many times. */
export interface Representation {
  readonly body: string;
  readonly contentType: string;
  readonly etag: string;
}

/** A representation whose ETag derives from the version of the data it was built from. */
export function representation(body: string, contentType: string, version: string): Representation {
  const tag = version.replace(/[^\w.-]/g, (char) => `~${char.charCodeAt(0).toString(16)}`);
  return { body, contentType, etag: `"${tag}"` };
}

/** Whether an `If-None-Match` header matches the current ETag (weak comparison, `*` matches). */
export function etagMatches(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  const bare = etag.replace(/^W\//, '');
  return header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === bare);
}

/**
 * Sends a representation with its version-derived ETag; the app's conditional-GET middleware answers 304
 * when the client already has it.
 */
export function send(c: Context<AppEnv>, rep: Representation, cacheControl = 'no-cache'): Response {
  return c.body(rep.body, 200, {
    'Content-Type': rep.contentType,
    'Content-Language': localeOf(c),
    ETag: rep.etag,
    'Cache-Control': cacheControl,
    Vary: 'Accept, Accept-Language',
  });
}
