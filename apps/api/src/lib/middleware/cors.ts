import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import type { AppEnv } from '../../context';
import { requestHeader } from '../request-header';

const EXPOSE_HEADERS = [
  'ETag',
  'X-Request-Id',
  'RateLimit-Limit',
  'RateLimit-Remaining',
  'RateLimit-Reset',
  'Retry-After',
  'Location',
];

/**
 * CORS for the allowlisted origins only. A request from any other origin — or any origin when none is
 * configured — gets no CORS header at all (a preflight is answered 204 with nothing to allow), so a browser
 * refuses it. Every answer varies by `Origin`. The headers of an allowed request are added to the answer's
 * common headers (one plain object, see `requestContext`); hono's `cors` answers the preflights.
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
    exposeHeaders: EXPOSE_HEADERS,
    maxAge: 600,
  });
  const exposed = EXPOSE_HEADERS.join(',');
  return (c, next) => {
    const origin = requestHeader(c, 'origin');
    if (origin === undefined) return next();
    if (c.req.method === 'OPTIONS') {
      if (allowed.has(origin)) return corsHeaders(c, next);
      if (requestHeader(c, 'access-control-request-method')) return Promise.resolve(c.body(null, 204));
      return next();
    }
    if (allowed.has(origin)) {
      Object.assign(c.get('responseHeaders'), {
        'Access-Control-Allow-Origin': origin,
        'Access-Control-Allow-Credentials': 'true',
        'Access-Control-Expose-Headers': exposed,
      });
    }
    return next();
  };
}
