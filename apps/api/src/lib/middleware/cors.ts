import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import type { AppEnv } from '../../context';

/**
 * CORS for the allowlisted origins only. A request from any other origin — or any origin when none is
 * configured — gets no CORS header at all (a preflight is answered 204 with nothing to allow), so a browser
 * refuses it. Runs only on requests with an `Origin` header: run on every request, it costs half of the
 * throughput of cached answers (docs/performance.md).
 */
export function corsAllowlist(origins: readonly string[]): MiddlewareHandler<AppEnv> {
  const allowed = new Set(origins);
  const corsHeaders = cors({
    origin: (origin) => (allowed.has(origin) ? origin : null),
    credentials: true,
    allowMethods: ['GET', 'HEAD', 'POST', 'PATCH', 'DELETE', 'OPTIONS'],
    allowHeaders: [
      'Authorization',
      'Content-Type',
      'If-Match',
      'If-None-Match',
      'X-Request-Id',
      'X-CSRF-Token',
      'Accept-Language',
    ],
    exposeHeaders: [
      'ETag',
      'X-Request-Id',
      'RateLimit-Limit',
      'RateLimit-Remaining',
      'RateLimit-Reset',
      'Retry-After',
      'Location',
    ],
    maxAge: 600,
  });
  return async (c, next) => {
    const origin = c.req.header('origin');
    if (origin !== undefined && allowed.has(origin)) return corsHeaders(c, next);
    if (origin !== undefined && c.req.method === 'OPTIONS' && c.req.header('access-control-request-method')) {
      return c.body(null, 204, { Vary: 'Origin' });
    }
    await next();
    c.res.headers.append('Vary', 'Origin');
  };
}
