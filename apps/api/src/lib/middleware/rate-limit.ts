import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../../context';
import type { RateLimiter } from '../rate-limit';
import { clientAddress, tooManyRequests } from './authenticate';

/**
 * Requests a minute per caller: an API key, a signed-in user, or an address for anonymous calls. The count
 * is shared by every API process on one PostgreSQL (or Redis); the answer says where the caller stands in
 * `RateLimit-*` headers.
 */
export function rateLimit(limiter: RateLimiter): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const principal = c.get('principal');
    const client = principal === null ? `address:${clientAddress(c)}` : `${principal.kind}:${principal.id}`;
    const decision = await limiter.hit(client);
    if (!decision.allowed) throw tooManyRequests(decision, 'requests');
    await next();
    c.res.headers.set('RateLimit-Limit', String(decision.limit));
    c.res.headers.set('RateLimit-Remaining', String(decision.remaining));
    c.res.headers.set('RateLimit-Reset', String(decision.resetSeconds));
  };
}
