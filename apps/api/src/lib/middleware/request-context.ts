import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { Logger } from 'pino';
import type { AppEnv } from '../../context';
import { requestHeader } from '../request-header';
import { isComplete, withCommonHeaders } from '../respond';
import { API_SECURITY_HEADERS, DOCS_SECURITY_HEADERS } from './secure-headers';

const REQUEST_ID = /^[\w.:-]{1,128}$/;

/**
 * The request id (the client's when sane, else a new one), the headers every answer carries (the security
 * headers to begin with), and one JSON log line per request: method, path, status, time and who called — never a secret, a body or a query string.
 *
 * The middleware after this one add their headers (security, CORS, rate limit) to one plain object,
 * `responseHeaders`, which `respond()` writes with the answer: the Node adapter then sends it from its fast
 * path (docs/performance.md). Answers built otherwise (problem documents, other resources) get the same
 * headers here, after the fact.
 */
export function requestContext(logger: Logger, bodyLimit: number): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    const incoming = requestHeader(c, 'x-request-id');
    const requestId = incoming !== undefined && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    c.set('requestId', requestId);
    c.set('principal', null);
    c.set('sessionCsrf', null);
    c.set('bodyLimit', bodyLimit);
    const path = c.req.path;
    c.set(
      'responseHeaders',
      path === '/docs' || path.startsWith('/docs/')
        ? { ...DOCS_SECURITY_HEADERS, 'X-Request-Id': requestId }
        : { ...API_SECURITY_HEADERS, 'X-Request-Id': requestId },
    );
    await next();
    if (!isComplete(c.res)) withCommonHeaders(c.res.headers, c.get('responseHeaders'));
    const principal = c.get('principal');
    logger.info(
      {
        requestId,
        method: c.req.method,
        path: c.req.path.length > 256 ? `${c.req.path.slice(0, 256)}…` : c.req.path,
        status: c.res.status,
        ms: Math.round((performance.now() - started) * 10) / 10,
        ...(principal === null ? {} : { principal: `${principal.kind}:${principal.id}` }),
      },
      'request',
    );
  };
}
