import type { Context } from 'hono';
import type { AppEnv, Principal } from '../context';
import { ApiProblem } from './problem';

const RANK = { viewer: 1, editor: 2, admin: 3 } as const;

/** The caller, who must hold at least `role`: 401 without credentials, 403 with too small a role. */
export function requireRole(c: Context<AppEnv>, role: Principal['role']): Principal {
  const principal = c.get('principal');
  if (principal === null) {
    throw new ApiProblem(
      'unauthorized',
      { detail: 'Send an API key (Authorization: Bearer mbi_…) or sign in.' },
      { 'WWW-Authenticate': 'Bearer realm="mbi"' },
    );
  }
  if (RANK[principal.role] < RANK[role]) {
    throw new ApiProblem('forbidden', {
      detail: `This needs the ${role} role; the caller is ${principal.role}.`,
    });
  }
  return principal;
}

/**
 * The caller, allowed to write data of `partnerId`: an admin writes anything, an editor only its own
 * partner's data. Returns the partner restriction to apply (`null` for an admin).
 */
export function requireWriter(
  c: Context<AppEnv>,
  partnerId?: string | null,
): { principal: Principal; partnerId: string | null } {
  const principal = requireRole(c, 'editor');
  if (principal.role === 'admin') return { principal, partnerId: null };
  if (principal.partnerId === null) {
    throw new ApiProblem('forbidden', { detail: 'An editor must belong to a partner.' });
  }
  if (partnerId !== undefined && partnerId !== principal.partnerId) {
    throw new ApiProblem('forbidden', {
      detail: `An editor of ${principal.partnerId} cannot write data of ${partnerId ?? 'no partner'}.`,
    });
  }
  return { principal, partnerId: principal.partnerId };
}
