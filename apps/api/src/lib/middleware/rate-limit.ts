import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../../context';
import type { RateDecision, RateLimiter } from '../rate-limit';
import { clientAddress, tooManyRequests } from './authenticate';

/**
 * Requests a minute per caller: an API key, a signed-in user, or an address for anonymous calls. The count
 * is shared by every API process on one PostgreSQL (or Redis); the answer says where the caller stands in
 * `RateLimit-*` headers. Decided without waiting while this process holds reserved requests of the caller.
 */
export function rateLimit(limiter: RateLimiter): MiddlewareHandler<AppEnv> {
  const apply = (decision: RateDecision, c: Parameters<MiddlewareHandler<AppEnv>>[0]) => {
    if (!decision.allowed) throw tooManyRequests(decision, 'requests');
    const headers = c.get('responseHeaders');
    headers['RateLimit-Limit'] = String(decision.limit);
    headers['RateLimit-Remaining'] = String(decision.remaining);
    headers['RateLimit-Reset'] = String(decision.resetSeconds);
  };
  return (c, next) => {
    const principal = c.get('principal');
    const client = principal === null ? `address:${clientAddress(c)}` : `${principal.kind}:${principal.id}`;
    const decision = limiter.take(client);
    if (decision instanceof Promise) {
      return decision.then((decided) => {
        apply(decided, c);
        return next();
      });
    }
    apply(decision, c);
    return next();
  };
}
