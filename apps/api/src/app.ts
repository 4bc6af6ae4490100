import { randomUUID, timingSafeEqual } from 'node:crypto';
import { getConnInfo } from '@hono/node-server/conninfo';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Database } from '@mbi/db';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { getCookie } from 'hono/cookie';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import type { Logger } from 'pino';
import type { AppEnv, Principal } from './context';
import { localeOf } from './lib/locale';
import { ApiProblem, buildProblem, type ProblemCode, type ProblemOptions } from './lib/problem';
import { RateLimiter } from './lib/rate-limiter';
import type { ReferenceCache } from './lib/reference-cache';
import { bodyTag, etagMatches } from './lib/respond';
import { fieldErrors } from './lib/validation';
import { registerApiKeyRoutes } from './routes/api-keys';
import { registerAuthRoutes } from './routes/auth';
import { registerDocsRoutes } from './routes/docs';
import { registerEstablishmentRoutes } from './routes/establishments';
import { registerReferenceRoutes } from './routes/reference';
import { registerStatusRoutes } from './routes/status';

/** How the app recognises callers; wired to `@mbi/db` by the server, replaceable in tests. */
export interface AuthProvider {
  fromApiKey(token: string): Promise<Principal | null>;
  fromSession(token: string): Promise<{ principal: Principal; csrfToken: string } | null>;
}

export interface AppOptions {
  readonly database: Database;
  readonly reference: ReferenceCache;
  readonly auth: AuthProvider;
  readonly logger: Logger;
  readonly corsOrigins: readonly string[];
  readonly bodyLimitBytes: number;
  readonly rateLimitPerMinute: number;
  readonly cookieSecure: boolean;
}

export const SESSION_COOKIE = 'mbi_session';
const REQUEST_ID = /^[\w.:-]{1,128}$/;
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Sends a problem document for `code` in the request's language, with the request id. */
export function problemResponse(
  c: Context<AppEnv>,
  code: ProblemCode,
  options: ProblemOptions = {},
  headers: Record<string, string> = {},
): Response {
  const problem = buildProblem(code, localeOf(c), {
    ...options,
    instance: options.instance ?? c.req.path,
    requestId: c.get('requestId'),
  });
  return new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: {
      'Content-Type': 'application/problem+json; charset=utf-8',
      'Content-Language': localeOf(c),
      'Cache-Control': 'no-store',
      ...headers,
    },
  });
}

/** Compares a presented secret with the expected one in constant time. */
function sameSecret(presented: string | undefined, expected: string | null): boolean {
  if (presented === undefined || expected === null) return false;
  const a = Buffer.from(presented);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function clientAddress(c: Context<AppEnv>): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'in-process';
  }
}

/**
 * The Hono application: middleware (request id and logs, secure headers, CORS allowlist, body limit,
 * authentication, rate limiting), the routes, the OpenAPI document and the problem documents of every error.
 */
export function createApp(options: AppOptions): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) {
        const errors = fieldErrors(result.error, result.target);
        return problemResponse(c, 'validation-failed', {
          detail: errors.map((error) => `${error.field}: ${error.message}`).join('; '),
          errors,
        });
      }
      return undefined;
    },
  });
  const limiter = new RateLimiter(options.rateLimitPerMinute);

  app.use('*', async (c, next) => {
    const started = performance.now();
    const incoming = c.req.header('x-request-id');
    const requestId = incoming !== undefined && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    c.set('requestId', requestId);
    c.set('principal', null);
    c.set('sessionCsrf', null);
    await next();
    // Headers are set on the finished response (c.header after next() would copy it and push the Node
    // adapter off its fast path for ready bodies: docs/performance.md).
    c.res.headers.set('X-Request-Id', requestId);
    const principal = c.get('principal');
    options.logger.info(
      {
        requestId,
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round((performance.now() - started) * 10) / 10,
        ...(principal === null ? {} : { principal: `${principal.kind}:${principal.id}` }),
      },
      'request',
    );
  });

  // JSON answers allow nothing to load; the /docs page may load its own scripts and styles, nothing else.
  const common = {
    crossOriginResourcePolicy: 'same-site',
    referrerPolicy: 'no-referrer',
    strictTransportSecurity: 'max-age=31536000; includeSubDomains',
  } as const;
  const apiHeaders = secureHeaders({
    ...common,
    contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
  });
  const docsHeaders = secureHeaders({
    ...common,
    contentSecurityPolicy: {
      defaultSrc: ["'none'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      fontSrc: ["'self'"],
      frameAncestors: ["'none'"],
    },
  });
  app.use('*', (c, next) =>
    c.req.path === '/docs' || c.req.path.startsWith('/docs/') ? docsHeaders(c, next) : apiHeaders(c, next),
  );

  // CORS and the body limit run only where they have work to do: on requests with an Origin header and on
  // writes. Run on every request they cost half of the throughput of cached answers (docs/performance.md).
  const allowed = new Set(options.corsOrigins);
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
    ],
    maxAge: 600,
  });
  app.use('*', async (c, next) => {
    if (c.req.header('origin') !== undefined) return corsHeaders(c, next);
    await next();
    c.res.headers.append('Vary', 'Origin');
  });

  const limitBody = bodyLimit({
    maxSize: options.bodyLimitBytes,
    onError: (c) =>
      problemResponse(c as Context<AppEnv>, 'payload-too-large', {
        detail: `Request bodies are limited to ${options.bodyLimitBytes} bytes.`,
      }),
  });
  app.use('*', (c, next) => (WRITE_METHODS.has(c.req.method) ? limitBody(c, next) : next()));

  // Who is calling. A key or session that is sent but not valid is refused (401), never ignored.
  app.use('/v1/*', async (c, next) => {
    const authorization = c.req.header('authorization');
    const apiKey = c.req.header('x-api-key');
    if (authorization !== undefined || apiKey !== undefined) {
      const token = apiKey ?? /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
      const principal = token === undefined ? null : await options.auth.fromApiKey(token);
      if (principal === null) {
        return problemResponse(
          c,
          'unauthorized',
          { detail: 'The API key is unknown, revoked or malformed.' },
          { 'WWW-Authenticate': 'Bearer realm="mbi", error="invalid_token"' },
        );
      }
      c.set('principal', principal);
    } else {
      const session = getCookie(c, SESSION_COOKIE);
      if (session !== undefined) {
        const found = await options.auth.fromSession(session);
        if (found !== null) {
          c.set('principal', found.principal);
          c.set('sessionCsrf', found.csrfToken);
        }
      }
    }
    // Cookie-authenticated writes must prove they come from our pages: the session's CSRF token.
    if (WRITE_METHODS.has(c.req.method) && c.get('sessionCsrf') !== null) {
      if (!sameSecret(c.req.header('x-csrf-token'), c.get('sessionCsrf'))) {
        return problemResponse(c, 'csrf-failed', {
          detail: 'Send the session’s CSRF token in X-CSRF-Token.',
        });
      }
    }
    return next();
  });

  app.use('/v1/*', async (c, next) => {
    const principal = c.get('principal');
    const client = principal === null ? `address:${clientAddress(c)}` : `${principal.kind}:${principal.id}`;
    const decision = limiter.hit(client);
    const headers = {
      'RateLimit-Limit': String(decision.limit),
      'RateLimit-Remaining': String(decision.remaining),
      'RateLimit-Reset': String(decision.resetSeconds),
    };
    if (!decision.allowed) {
      return problemResponse(
        c,
        'too-many-requests',
        {
          detail: `Limit of ${decision.limit} requests a minute reached.`,
          extensions: { retryAfter: decision.resetSeconds },
        },
        { ...headers, 'Retry-After': String(decision.resetSeconds) },
      );
    }
    await next();
    for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value);
  });

  app.use('/v1/*', async (c, next) => {
    if (WRITE_METHODS.has(c.req.method) && c.req.method !== 'DELETE') {
      const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
      if (type !== 'application/json' && type !== 'application/merge-patch+json') {
        return problemResponse(c, 'unsupported-media-type', { detail: 'Send the body as application/json.' });
      }
    }
    return next();
  });

  // Conditional GETs for every representation: reference data carries a version-derived ETag already;
  // other JSON/CSV answers get one from a hash of their body, and a matching If-None-Match gets 304.
  app.use('*', async (c, next) => {
    await next();
    if ((c.req.method !== 'GET' && c.req.method !== 'HEAD') || c.res.status !== 200) return;
    let etag = c.res.headers.get('etag');
    if (etag === null) {
      const type = c.res.headers.get('content-type') ?? '';
      if (!type.startsWith('application/json') && !type.startsWith('text/csv')) return;
      const body = await c.res.clone().arrayBuffer();
      etag = `"${bodyTag(new Uint8Array(body))}"`;
      c.res.headers.set('ETag', etag);
    }
    if (etagMatches(c.req.header('if-none-match'), etag)) {
      const headers = new Headers(c.res.headers);
      headers.delete('content-type');
      headers.delete('content-length');
      c.res = new Response(null, { status: 304, headers });
    }
  });

  registerStatusRoutes(app, options.database);
  registerReferenceRoutes(app, options.reference);
  registerEstablishmentRoutes(app, options);
  registerAuthRoutes(app, options);
  registerApiKeyRoutes(app, options);

  app.doc31('/v1/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Mont-Blanc INNOVATION API',
      version: '1.0.0',
      description:
        'Common core of the Interreg ALCOTRA project Mont-Blanc INNOVATION. Amounts are decimal strings with a currency; labels follow `?lang=` or Accept-Language (fr, it, de, en); every error is application/problem+json.',
    },
    servers: [{ url: '/' }],
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'apiKey', {
    type: 'http',
    scheme: 'bearer',
    description: 'An API key `mbi_…` (create one with `mbi keys create`).',
  });
  registerDocsRoutes(app);

  app.notFound((c) => problemResponse(c, 'not-found', { detail: `No route ${c.req.method} ${c.req.path}.` }));
  app.onError((error, c) => {
    if (error instanceof ApiProblem) return problemResponse(c, error.code, error.options, error.headers);
    if (error instanceof HTTPException) {
      if (error.status === 400) {
        return problemResponse(c, 'malformed-json', { detail: 'The request body is not valid JSON.' });
      }
      if (error.status === 413) return problemResponse(c, 'payload-too-large');
      if (error.status === 401) return problemResponse(c, 'unauthorized');
    }
    options.logger.error({ requestId: c.get('requestId'), err: error }, 'unhandled error');
    return problemResponse(c, 'internal', { detail: 'An internal error occurred; quote the request id.' });
  });
  return app;
}
