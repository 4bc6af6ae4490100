import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import { parse as parseCookies } from 'hono/utils/cookie';
import type { AppDeps, AppEnv } from '../../context';
import { ApiProblem, message } from '../problem';
import type { RateDecision } from '../rate-limit';
import { requestHeader } from '../request-header';

export const SESSION_COOKIE = 'mbi_session';

/** The session token of the `Cookie` header, as hono's `getCookie` reads it. */
function sessionCookie(header: string | undefined): string | undefined {
  if (header === undefined || !header.includes(SESSION_COOKIE)) return undefined;
  return parseCookies(header, SESSION_COOKIE)[SESSION_COOKIE];
}

/** The address of the caller (the TCP peer), `in-process` for requests handed to `app.fetch` directly. */
export function clientAddress(c: Context<AppEnv>): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'in-process';
  }
}

/**
 * The 429 problem of a refused request, with the headers RFC 9110 and the RateLimit draft name: of the limit of
 * requests a minute, or of failed authentications a minute.
 */
export function tooManyRequests(decision: RateDecision, limit: 'requests' | 'authFailures'): ApiProblem {
  const key = limit === 'requests' ? 'problem.detail.rateLimited' : 'problem.detail.authFailuresLimited';
  return new ApiProblem(
    'too-many-requests',
    {
      detail: message(key, { limit: decision.limit }),
      extensions: { retryAfter: decision.resetSeconds },
    },
    {
      'Retry-After': String(decision.resetSeconds),
      'RateLimit-Limit': String(decision.limit),
      'RateLimit-Remaining': '0',
      'RateLimit-Reset': String(decision.resetSeconds),
    },
  );
}

/**
 * Who is calling: an API key (`Authorization: Bearer …` or `X-API-Key`) or a session cookie. A key that is
 * sent but not valid is refused (401), never ignored. Each failed attempt counts against the caller's address,
 * and an address past its limit of failures is refused (429) before its key is even hashed or looked up. A
 * session cookie that is no longer valid leaves the caller anonymous, so that signing in again always works.
 */
export function authenticate(deps: AppDeps): MiddlewareHandler<AppEnv> {
  const failures = deps.limits.authFailures;
  const failed = async (c: Context<AppEnv>) => {
    const decision = await failures.hit(`address:${clientAddress(c)}`);
    if (!decision.allowed) throw tooManyRequests(decision, 'authFailures');
  };
  return async (c, next) => {
    const authorization = requestHeader(c, 'authorization');
    const apiKey = requestHeader(c, 'x-api-key');
    const session =
      authorization === undefined && apiKey === undefined
        ? sessionCookie(requestHeader(c, 'cookie'))
        : undefined;
    if (authorization === undefined && apiKey === undefined && session === undefined) return next();

    if (session !== undefined) {
      // A stale cookie is no error: the caller is anonymous, and counted by address like any anonymous caller.
      const found = await deps.auth.fromSession(session);
      if (found !== null) {
        c.set('principal', found.principal);
        c.set('sessionCsrf', found.csrfToken);
      }
      return next();
    }
    const address = `address:${clientAddress(c)}`;
    if (failures.isExhausted(address)) {
      throw tooManyRequests(await failures.hit(address), 'authFailures');
    }
    const token = apiKey ?? /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
    const principal = token === undefined ? null : await deps.auth.fromApiKey(token);
    if (principal === null) {
      await failed(c);
      throw new ApiProblem(
        'unauthorized',
        { detail: message('problem.detail.invalidApiKey') },
        { 'WWW-Authenticate': 'Bearer realm="mbi", error="invalid_token"' },
      );
    }
    c.set('principal', principal);
    return next();
  };
}
