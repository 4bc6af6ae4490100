import type { components } from '@mbi/client';
import { hasRole, type Principal, writeRefusal } from '@mbi/domain/vocabularies';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { clientFor, setCsrfToken } from '../api/client';

/** Who is signed in, with the session's CSRF token (absent for an API key, which the dashboard never uses). */
export type Me = components['schemas']['Me'];

export const sessionKeys = {
  all: ['session'] as const,
};

/** Reads `GET /v1/auth/me`: the signed-in user, or `null` when nobody is (401). Other failures are errors. */
export async function fetchSession(): Promise<Me | null> {
  // Who is signed in does not depend on the language: French is the API's default.
  const { raw } = clientFor('fr');
  const { data, response } = await raw.GET('/v1/auth/me');
  if (response.status === 401) {
    setCsrfToken(null);
    return null;
  }
  if (data === undefined) throw new Error(`GET /v1/auth/me answered ${response.status}`);
  setCsrfToken(data.csrfToken ?? null);
  return data;
}

export const sessionQuery = queryOptions({
  queryKey: sessionKeys.all,
  queryFn: fetchSession,
  staleTime: 60_000,
  retry: false,
});

export function useSession(): Me | null | undefined {
  return useQuery(sessionQuery).data;
}

/** What the signed-in person may do: the same policy the API applies (`@mbi/domain`'s access rules). */
export interface Permissions {
  readonly signedIn: boolean;
  readonly canRead: boolean;
  readonly isAdmin: boolean;
  /** Whether a write to data of this partner would be accepted. */
  canWrite(owner: string | null): boolean;
  /** Whether the person may create anything at all (an editor: for its own partner). */
  readonly canCreate: boolean;
}

export function permissionsOf(me: Me | null | undefined): Permissions {
  if (me === null || me === undefined) {
    return { signedIn: false, canRead: false, isAdmin: false, canWrite: () => false, canCreate: false };
  }
  const principal: Principal = me;
  return {
    signedIn: true,
    canRead: hasRole(me.role, 'viewer'),
    isAdmin: me.role === 'admin',
    canWrite: (owner) => writeRefusal(principal, owner) === null,
    canCreate: me.role === 'admin' || (me.role === 'editor' && me.partnerId !== null),
  };
}

export function usePermissions(): Permissions {
  return permissionsOf(useSession());
}
