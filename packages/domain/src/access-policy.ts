// The access policy without zod (its schemas are in ./access), for code that must not load zod.

/**
 * Roles, from least to most powerful: `viewer` reads, `editor` also writes its own partner's data, `admin`
 * does everything.
 *
 * @example ROLES.includes('editor') // true
 */
export const ROLES = ['viewer', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** The kinds of caller. @example PRINCIPAL_KINDS.includes('user') // true */
export const PRINCIPAL_KINDS = ['api-key', 'user', 'system'] as const;

/**
 * Who is calling: an API key, a signed-in user, or the system itself (CLI, jobs). Every key and user is
 * bound to one partner; only an admin may have none.
 *
 * @example
 * const cli: Principal = { kind: 'system', id: 'cli', label: 'mbi CLI', role: 'admin', partnerId: null };
 */
export interface Principal {
  readonly kind: (typeof PRINCIPAL_KINDS)[number];
  readonly id: string;
  /** A name for people and logs: the key's label or the user's name. */
  readonly label: string;
  readonly role: Role;
  readonly partnerId: string | null;
}

const RANK: Readonly<Record<Role, number>> = { viewer: 1, editor: 2, admin: 3 };

/**
 * Whether a role includes another: the one order of roles, used by every check.
 *
 * @example hasRole('editor', 'viewer') // true
 */
export function hasRole(held: Role, required: Role): boolean {
  return RANK[held] >= RANK[required];
}

/**
 * Why a write is refused, with an English `message` and the values it names, so that an application can say
 * it in its reader's language: the caller's `role`, or its `partnerId` and the `owner` of the data.
 */
export type WriteRefusal =
  | { readonly reason: 'role'; readonly message: string; readonly role: Role }
  | {
      readonly reason: 'partner';
      readonly message: string;
      /** The caller's partner; `null` for an editor bound to none (which may write nothing). */
      readonly partnerId: string | null;
      readonly owner: string | null;
    };

/**
 * The access policy of every write, written once: an admin writes anything; an editor writes only data of
 * its own partner (data of no partner included, which it may not write); a viewer writes nothing. `owner` is
 * the partner the data belongs to — before the write, and again after it when a write moves data to another
 * partner. Returns `null` when the write is allowed.
 *
 * @example
 * writeRefusal(editorOfChamonix, 'cimark') // { reason: 'partner', … }
 * writeRefusal(editorOfChamonix, 'cc-vallee-chamonix') // null
 */
export function writeRefusal(principal: Principal, owner: string | null): WriteRefusal | null {
  if (principal.role === 'admin') return null;
  if (!hasRole(principal.role, 'editor')) {
    return {
      reason: 'role',
      message: `This needs the editor role; the caller is ${principal.role}.`,
      role: principal.role,
    };
  }
  if (principal.partnerId === null) {
    return { reason: 'partner', message: 'An editor must belong to a partner.', partnerId: null, owner };
  }
  if (owner !== principal.partnerId) {
    return {
      reason: 'partner',
      message: `An editor of ${principal.partnerId} cannot write data of ${owner ?? 'no partner'}.`,
      partnerId: principal.partnerId,
      owner,
    };
  }
  return null;
}

/**
 * The partner new data belongs to when the caller does not say: an editor's own partner, nothing for an admin.
 *
 * @example defaultOwner(editorOfChamonix) // 'cc-vallee-chamonix'
 */
export function defaultOwner(principal: Principal): string | null {
  return principal.role === 'admin' ? null : principal.partnerId;
}

/**
 * Who may manage a user account (create, change, disable): an admin bound to no partner manages every account;
 * an admin of a partner only the accounts of that partner (not the project-wide admins, bound to none); no
 * other role any. Returns `null` when allowed, else why not (as {@link writeRefusal} does for data).
 *
 * @example
 * userManagementRefusal(adminOfCimark, 'cimark') // null
 * userManagementRefusal(adminOfCimark, 'cc-vallee-chamonix') // { reason: 'partner', … }
 */
export function userManagementRefusal(principal: Principal, partnerId: string | null): WriteRefusal | null {
  if (principal.role !== 'admin') {
    return {
      reason: 'role',
      message: `Managing users needs the admin role; the caller is ${principal.role}.`,
      role: principal.role,
    };
  }
  if (principal.partnerId !== null && principal.partnerId !== partnerId) {
    return {
      reason: 'partner',
      message: `An admin of ${principal.partnerId} manages the users of ${principal.partnerId} only.`,
      partnerId: principal.partnerId,
      owner: partnerId,
    };
  }
  return null;
}
