import { timingSafeEqual } from 'node:crypto';
import { hasRole, type Role, writeRefusal } from '@mbi/domain';
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../context';
import { ApiProblem, type Message, message } from './problem';
import { refusalMessage } from './problem-messages';

/**
 * The access rule of every operation, written once: the role order and the partner rule are those of
 * `@mbi/domain` (`hasRole`, `writeRefusal`), which the data layer applies again inside each write.
 */

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Compares a presented secret with the expected one in constant time. */
function sameSecret(presented: string | undefined, expected: string): boolean {
  if (presented === undefined) return false;
  const a = Buffer.from(presented);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Who may call an operation: anyone, or a caller holding at least this role. */
export type Access = 'public' | Role;

/**
 * Data that belongs to a partner: the operation loads the owner of the addressed item and applies the access
 * policy of `@mbi/domain` (an editor writes its own partner's data only) before it reads the body.
 */
export interface OwnerRule {
  /** The kind of data, named in the OpenAPI document (`x-mbi-owner`) for the access matrix test. */
  readonly resource: string;
  /** The detail of the 404 when the addressed item does not exist. */
  readonly notFound: (c: Context<AppEnv>) => Message;
  /** The partner owning the addressed item (`null` for none), `undefined` when there is no such item. */
  readonly load: (c: Context<AppEnv>) => Promise<string | null | undefined>;
}

/**
 * The check of `access` and `owner`, as the first middleware of an operation: 401 without credentials, 403
 * with too small a role, a missing CSRF token on a session's write, or data of another partner (404 when the
 * addressed item does not exist) — all before the request's body, query or preconditions are looked at.
 */
export function authorize(access: Access, owner?: OwnerRule): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (access === 'public') return next();
    const principal = c.get('principal');
    if (principal === null) {
      throw new ApiProblem(
        'unauthorized',
        { detail: message('problem.detail.credentialsRequired') },
        { 'WWW-Authenticate': 'Bearer realm="mbi"' },
      );
    }
    if (!hasRole(principal.role, access)) {
      throw new ApiProblem('forbidden', {
        detail: message('problem.detail.roleRequired', { required: access, role: principal.role }),
      });
    }
    // A signed-in user's writes must prove they come from our pages: the session's CSRF token.
    const csrf = c.get('sessionCsrf');
    if (csrf !== null && WRITE_METHODS.has(c.req.method) && !sameSecret(c.req.header('x-csrf-token'), csrf)) {
      throw new ApiProblem('csrf-failed', { detail: message('problem.detail.csrfFailed') });
    }
    if (owner !== undefined) {
      const partner = await owner.load(c);
      if (partner === undefined) throw new ApiProblem('not-found', { detail: owner.notFound(c) });
      const refusal = writeRefusal(principal, partner);
      if (refusal !== null) throw new ApiProblem('forbidden', { detail: refusalMessage(refusal) });
    }
    return next();
  };
}
