import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../../context';
import { requestHeader } from '../request-header';
import { etagMatches, isComplete } from '../respond';

/**
 * Conditional GETs: an answer that carries an ETag (every resource derives it from a data version, never
 * from hashing the body) becomes 304 when the client's `If-None-Match` holds it. Answers of `respond()` have
 * done so themselves, without copying the response.
 */
export function conditionalGet(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    if (isComplete(c.res)) return;
    if ((c.req.method !== 'GET' && c.req.method !== 'HEAD') || c.res.status !== 200) return;
    const etag = c.res.headers.get('etag');
    if (etag === null || !etagMatches(requestHeader(c, 'if-none-match'), etag)) return;
    const headers = new Headers(c.res.headers);
    headers.delete('content-type');
    headers.delete('content-length');
    c.res = new Response(null, { status: 304, headers });
  };
}
