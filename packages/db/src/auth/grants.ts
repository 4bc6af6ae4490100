import { type Role, RoleSchema } from '@mbi/domain';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { DbExecutor } from '../connection';
import type { ErrorParams } from '../internal/result';
import { partners } from '../reference/tables';

/** Stable codes of the expected failures of access control (the API maps them to HTTP statuses). */
export type AuthErrorCode =
  | 'validation-failed'
  | 'unknown-partner'
  | 'duplicate-email'
  | 'not-found'
  | 'forbidden'
  | 'wrong-password';

/**
 * A failure as a value: a stable `code`, a readable English `message` (never containing a secret) and the
 * values it names, for a translation: `role` when a grant needs a partner (`validation-failed`), `partnerId`
 * for `unknown-partner`, `resource` and `id` for `not-found`.
 */
export interface AuthIssue<Code extends AuthErrorCode = AuthErrorCode> {
  readonly code: Code;
  readonly message: string;
  readonly params?: ErrorParams;
}

/** Success or an expected failure. */
export type AuthResult<T, Code extends AuthErrorCode = AuthErrorCode> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: AuthIssue<Code> };

export function fail<Code extends AuthErrorCode>(
  code: Code,
  message: string,
  params?: ErrorParams,
): { ok: false; error: AuthIssue<Code> } {
  return { ok: false, error: params === undefined ? { code, message } : { code, message, params } };
}

export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : 'input'}: ${issue.message}`)
    .join('; ');
}

export const PartnerRefSchema = z.string().trim().min(1).max(100).nullable();

/** Checks a grant (role and partner) of a new key or user: every non-admin belongs to an existing partner. */
export async function checkGrant(
  db: DbExecutor,
  grant: { readonly role: Role; readonly partnerId: string | null },
): Promise<AuthIssue<'validation-failed' | 'unknown-partner'> | null> {
  if (grant.partnerId === null) {
    return grant.role === 'admin'
      ? null
      : {
          code: 'validation-failed',
          message: `partnerId: a ${grant.role} must belong to a partner`,
          params: { role: grant.role },
        };
  }
  const found = await db
    .select({ id: partners.id })
    .from(partners)
    .where(eq(partners.id, grant.partnerId))
    .limit(1);
  return found.length > 0
    ? null
    : {
        code: 'unknown-partner',
        message: `partnerId: no partner "${grant.partnerId}"`,
        params: { partnerId: grant.partnerId },
      };
}

/** Reads a role and partner stored in the database, refusing (null) anything a grant could not be. */
export function storedGrant(
  role: string,
  partnerId: string | null,
): { role: Role; partnerId: string | null } | null {
  const parsed = RoleSchema.safeParse(role);
  if (!parsed.success) return null;
  if (parsed.data !== 'admin' && partnerId === null) return null;
  return { role: parsed.data, partnerId };
}
