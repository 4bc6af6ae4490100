import { z } from '@hono/zod-openapi';
import { changePassword, createSession, deleteSession, verifyUserPassword } from '@mbi/db';
import { PrincipalSchema } from '@mbi/domain';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppDeps } from '../../context';
import { clientAddress, SESSION_COOKIE, tooManyRequests } from '../../lib/middleware/authenticate';
import { ApiProblem, message, validationDetail } from '../../lib/problem';
import { createRouter, defineRoute } from '../../lib/router';
import { LangQuery } from '../../lib/schemas';

const PrincipalView = PrincipalSchema.extend({}).openapi('Principal');

const SessionSchema = z
  .object({
    principal: PrincipalView,
    csrfToken: z
      .string()
      .openapi({ description: 'Send it as X-CSRF-Token with every write of this session.' }),
    expiresAt: z.string(),
  })
  .openapi('Session');

const MeSchema = PrincipalSchema.extend({
  csrfToken: z.string().optional().openapi({
    description: 'For a signed-in user: the session’s CSRF token, to send as X-CSRF-Token on writes.',
  }),
}).openapi('Me');

const TAGS = ['Access'];
const NO_STORE = { 'Cache-Control': 'no-store' };

/**
 * Dashboard sign-in: a session in the database, its token in an httpOnly, SameSite=Strict cookie, and a
 * CSRF token that every cookie-authenticated write must echo in `X-CSRF-Token` (recoverable from
 * `GET /v1/auth/me` after a reload). Failed sign-ins count against the caller's address like bad keys.
 */
export function createAuthRoutes({
  database,
  config,
  limits,
}: Pick<AppDeps, 'database' | 'config' | 'limits'>) {
  const { db } = database;
  return createRouter()
    .openapi(
      defineRoute({
        method: 'post',
        path: '/sessions',
        operationId: 'signIn',
        access: 'public',
        tags: TAGS,
        summary: 'Sign in with email and password (sets the session cookie, replacing any earlier one)',
        request: {
          query: LangQuery,
          body: {
            required: true,
            content: {
              'application/json': {
                schema: z
                  .strictObject({ email: z.string().max(320), password: z.string().max(1024) })
                  .openapi('SignIn'),
              },
            },
          },
        },
        responses: {
          201: { description: 'Signed in', content: { 'application/json': { schema: SessionSchema } } },
        },
      }),
      async (c) => {
        const address = `address:${clientAddress(c)}`;
        if (limits.authFailures.isExhausted(address)) {
          throw tooManyRequests(await limits.authFailures.hit(address), 'authFailures');
        }
        const { email, password } = c.req.valid('json');
        const principal = await verifyUserPassword(db, email, password);
        if (principal === null) {
          const decision = await limits.authFailures.hit(address);
          if (!decision.allowed) throw tooManyRequests(decision, 'authFailures');
          throw new ApiProblem('unauthorized', { detail: message('problem.detail.wrongPassword') });
        }
        const previous = getCookie(c, SESSION_COOKIE);
        if (previous !== undefined) await deleteSession(db, previous);
        const session = await createSession(db, principal);
        setCookie(c, SESSION_COOKIE, session.token, {
          httpOnly: true,
          secure: config.cookieSecure,
          sameSite: 'Strict',
          path: '/',
          expires: session.expiresAt,
        });
        return c.json(
          { principal, csrfToken: session.csrfToken, expiresAt: session.expiresAt.toISOString() },
          201,
          NO_STORE,
        );
      },
    )
    .openapi(
      defineRoute({
        method: 'get',
        path: '/me',
        operationId: 'getCaller',
        access: 'viewer',
        tags: TAGS,
        summary: 'Who the caller is (API key or session), with the session’s CSRF token',
        request: { query: LangQuery },
        responses: {
          200: { description: 'The caller', content: { 'application/json': { schema: MeSchema } } },
        },
      }),
      (c) => {
        const principal = c.get('principal');
        if (principal === null) {
          throw new ApiProblem('unauthorized', { detail: message('problem.detail.credentialsRequired') });
        }
        const csrfToken = c.get('sessionCsrf');
        return c.json({ ...principal, ...(csrfToken === null ? {} : { csrfToken }) }, 200, NO_STORE);
      },
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/password',
        operationId: 'changePassword',
        access: 'viewer',
        tags: TAGS,
        summary: 'Change the signed-in user’s password (needs X-CSRF-Token); ends their other sessions',
        request: {
          query: LangQuery,
          body: {
            required: true,
            content: {
              'application/json': {
                schema: z
                  .strictObject({
                    currentPassword: z.string().max(1024),
                    newPassword: z
                      .string()
                      .min(12)
                      .max(1024)
                      .openapi({ description: 'At least 12 characters, different from the current one.' }),
                  })
                  .openapi('PasswordChange'),
              },
            },
          },
        },
        responses: {
          204: { description: 'Changed; this session stays, the user’s other sessions end' },
        },
      }),
      async (c) => {
        const principal = c.get('principal');
        if (principal === null) {
          throw new ApiProblem('unauthorized', { detail: message('problem.detail.credentialsRequired') });
        }
        if (principal.kind !== 'user') {
          throw new ApiProblem('forbidden', { detail: message('problem.detail.passwordNeedsUser') });
        }
        const address = `address:${clientAddress(c)}`;
        if (limits.authFailures.isExhausted(address)) {
          throw tooManyRequests(await limits.authFailures.hit(address), 'authFailures');
        }
        const changed = await changePassword(
          database,
          principal,
          c.req.valid('json'),
          getCookie(c, SESSION_COOKIE) ?? null,
          c.get('requestId'),
        );
        if (!changed.ok) {
          const { code } = changed.error;
          if (code === 'wrong-password') {
            // A wrong current password counts like a failed sign-in: a stolen session cannot guess it.
            const decision = await limits.authFailures.hit(address);
            if (!decision.allowed) throw tooManyRequests(decision, 'authFailures');
            throw new ApiProblem('validation-failed', {
              detail: message('problem.detail.wrongCurrentPassword'),
              errors: [
                {
                  field: 'body.currentPassword',
                  code: 'wrong-password',
                  message: message('problem.detail.wrongCurrentPassword'),
                },
              ],
            });
          }
          if (code === 'validation-failed') {
            const errors = [
              {
                field: 'body.newPassword',
                code: 'same-password',
                message: message('problem.field.samePassword'),
              },
            ];
            throw new ApiProblem('validation-failed', { detail: validationDetail(errors), errors });
          }
          throw new ApiProblem('unauthorized', { detail: message('problem.detail.credentialsRequired') });
        }
        return c.body(null, 204, NO_STORE);
      },
    )
    .openapi(
      defineRoute({
        method: 'delete',
        path: '/sessions/current',
        operationId: 'signOut',
        access: 'viewer',
        tags: TAGS,
        summary: 'Sign out (needs X-CSRF-Token); every process refuses the session at once',
        request: { query: LangQuery },
        responses: { 204: { description: 'Signed out' } },
      }),
      async (c) => {
        const token = getCookie(c, SESSION_COOKIE);
        if (token === undefined || c.get('sessionCsrf') === null) {
          throw new ApiProblem('bad-request', { detail: message('problem.detail.noSession') });
        }
        await deleteSession(db, token);
        deleteCookie(c, SESSION_COOKIE, { path: '/', secure: config.cookieSecure, sameSite: 'Strict' });
        return c.body(null, 204, NO_STORE);
      },
    );
}
