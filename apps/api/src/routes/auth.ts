import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { createSession, deleteSession, verifyUserPassword } from '@mbi/db';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { type AppOptions, SESSION_COOKIE } from '../app';
import type { AppEnv } from '../context';
import { requireRole } from '../lib/access';
import { ApiProblem } from '../lib/problem';
import { LangQuery, problemResponse } from './schemas';

const PrincipalSchema = z
  .object({
    kind: z.enum(['api-key', 'user', 'system']),
    id: z.string(),
    label: z.string(),
    role: z.enum(['viewer', 'editor', 'admin']),
    partnerId: z.string().nullable(),
  })
  .openapi('Principal');

const SessionSchema = z
  .object({
    principal: PrincipalSchema,
    csrfToken: z
      .string()
      .openapi({ description: 'Send it as X-CSRF-Token with every write of this session.' }),
    expiresAt: z.string(),
  })
  .openapi('Session');

const TAGS = ['Access'];

/**
 * Dashboard sign-in: a session in the database, its token in an httpOnly, SameSite=Strict cookie, and a
 * CSRF token that every cookie-authenticated write must echo in `X-CSRF-Token`.
 */
export function registerAuthRoutes(app: OpenAPIHono<AppEnv>, options: AppOptions): void {
  const { db } = options.database;

  app.openapi(
    createRoute({
      method: 'post',
      path: '/v1/auth/sessions',
      tags: TAGS,
      summary: 'Sign in with email and password (sets the session cookie)',
      request: {
        query: LangQuery,
        body: {
          required: true,
          content: {
            'application/json': {
              schema: z.strictObject({ email: z.string().max(320), password: z.string().max(1024) }),
            },
          },
        },
      },
      responses: {
        201: { description: 'Signed in', content: { 'application/json': { schema: SessionSchema } } },
        401: problemResponse('Wrong email or password'),
      },
    }),
    async (c) => {
      const { email, password } = c.req.valid('json');
      const principal = await verifyUserPassword(db, email, password);
      if (principal === null) throw new ApiProblem('unauthorized', { detail: 'Wrong email or password.' });
      const session = await createSession(db, principal);
      setCookie(c, SESSION_COOKIE, session.token, {
        httpOnly: true,
        secure: options.cookieSecure,
        sameSite: 'Strict',
        path: '/',
        expires: session.expiresAt,
      });
      return c.json(
        { principal, csrfToken: session.csrfToken, expiresAt: session.expiresAt.toISOString() },
        201,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/v1/auth/me',
      tags: TAGS,
      summary: 'Who the caller is (API key or session)',
      security: [{ apiKey: [] }],
      request: { query: LangQuery },
      responses: {
        200: { description: 'The caller', content: { 'application/json': { schema: PrincipalSchema } } },
        401: problemResponse('No credentials'),
      },
    }),
    (c) => c.json(requireRole(c, 'viewer'), 200),
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/v1/auth/sessions/current',
      tags: TAGS,
      summary: 'Sign out (needs X-CSRF-Token)',
      request: { query: LangQuery },
      responses: { 204: { description: 'Signed out' }, 401: problemResponse('Not signed in') },
    }),
    async (c) => {
      const token = getCookie(c, SESSION_COOKIE);
      if (token === undefined || c.get('sessionCsrf') === null) throw new ApiProblem('unauthorized');
      await deleteSession(db, token);
      deleteCookie(c, SESSION_COOKIE, { path: '/', secure: options.cookieSecure, sameSite: 'Strict' });
      return c.body(null, 204);
    },
  );
}
