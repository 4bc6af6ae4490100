import type { Context } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../context';
import { localeOf } from './locale';
import { ApiProblem, message, validationDetail } from './problem';
import { requestHeader } from './request-header';

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
  const accept = requestHeader(c, 'accept');
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
  /** The body encoded once (UTF-8), so that sending it costs no encoding. */
  readonly bytes: Uint8Array<ArrayBuffer>;
  readonly contentType: string;
  readonly etag: string;
}

/** A representation whose ETag derives from the version of the data it was built from. */
export function representation(body: string, contentType: string, version: string): Representation {
  const tag = version.replace(/[^\w.-]/g, (char) => `~${char.charCodeAt(0).toString(16)}`);
  return { body, bytes: Buffer.from(body, 'utf8'), contentType, etag: `"${tag}"` };
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

/** Marks the answers written by {@link respond}: they already carry the common headers and their 304. */
const COMPLETE = Symbol('mbi.complete');

/** Whether {@link respond} wrote this answer (then no middleware needs to touch it). */
export function isComplete(response: Response): boolean {
  return (response as Response & { [COMPLETE]?: true })[COMPLETE] === true;
}

/** `Vary` with `Origin` added: every answer varies by the origin (CORS). */
function varyWithOrigin(vary: string | null | undefined): string {
  if (vary === undefined || vary === null || vary === '') return 'Origin';
  return /(^|,)\s*origin\s*(,|$)/i.test(vary) ? vary : `${vary}, Origin`;
}

/**
 * Adds the common headers (request id, security, CORS, rate limit; `Vary: Origin`) to an answer that was not
 * written by {@link respond}: problem documents, preflights, resources that build their own answers. A header
 * the answer already has is kept: the dashboard's pages carry their own security policy.
 */
export function withCommonHeaders(headers: Headers, common: Readonly<Record<string, string>>): void {
  for (const name in common) if (!headers.has(name)) headers.set(name, common[name] as string);
  headers.set('Vary', varyWithOrigin(headers.get('Vary')));
}

/**
 * The answer of a read, with the common headers of the request (`responseHeaders`) in one plain object, so
 * that the Node adapter writes it from its fast path: no `Headers` object, no copy of the response. When the
 * answer has an `ETag` that the request's `If-None-Match` holds, the answer is a 304 with the same headers
 * and no body. The conditional-GET middleware leaves such answers alone.
 */
export function respond(
  c: Context<AppEnv>,
  body: string | Uint8Array<ArrayBuffer>,
  headers: Readonly<Record<string, string>>,
  status = 200,
): Response {
  const all: Record<string, string> = { ...c.get('responseHeaders') };
  const method = c.req.method;
  const notModified =
    status === 200 &&
    headers.ETag !== undefined &&
    (method === 'GET' || method === 'HEAD') &&
    etagMatches(requestHeader(c, 'if-none-match'), headers.ETag);
  for (const name in headers) {
    if (!(notModified && name === 'Content-Type')) all[name] = headers[name] as string;
  }
  all.Vary = varyWithOrigin(headers.Vary);
  const response = notModified
    ? new Response(null, { status: 304, headers: all })
    : new Response(body as BodyInit, { status, headers: all });
  (response as Response & { [COMPLETE]?: true })[COMPLETE] = true;
  return response;
}

/** {@link respond} with a JSON body (`Content-Type: application/json` unless `headers` say otherwise). */
export function respondJson(
  c: Context<AppEnv>,
  value: unknown,
  headers: Readonly<Record<string, string>>,
  status = 200,
): Response {
  return respond(c, JSON.stringify(value), { 'Content-Type': 'application/json', ...headers }, status);
}

/** Sends a representation with its version-derived ETag (or a 304 when the client already has it). */
export function send(c: Context<AppEnv>, rep: Representation, cacheControl = 'no-cache'): Response {
  return respond(c, rep.bytes, {
    'Content-Type': rep.contentType,
    'Content-Language': localeOf(c),
    ETag: rep.etag,
    'Cache-Control': cacheControl,
    Vary: 'Accept, Accept-Language',
  });
}
