import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { Logger } from 'pino';
import type { AppEnv } from '../../context';

const REQUEST_ID = /^[\w.:-]{1,128}$/;

/**
 * The request id (the client's when sane, else a new one) and one JSON log line per request: method, path,
 * status, time and who called — never a secret, a body or a query string.
 */
export function requestContext(logger: Logger, bodyLimit: number): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    const incoming = c.req.header('x-request-id');
    const requestId = incoming !== undefined && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    c.set('requestId', requestId);
    c.set('principal', null);
    c.set('sessionCsrf', null);
    c.set('bodyLimit', bodyLimit);
    await next();
    // Headers are set on the finished response (c.header after next() would copy it and push the Node
    // adapter off its fast path for ready bodies: docs/performance.md).
    c.res.headers.set('X-Request-Id', requestId);
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
