import type { Principal, Role } from '@mbi/domain';
import { RoleSchema } from '@mbi/domain';
import { and, count, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { type Actor, auditActor, writeAudit } from '../audit/audit';
import type { Db, DbExecutor } from '../connection';
import { UUID_PATTERN } from '../internal/hash';
import { type AuthResult, checkGrant, describeIssues, fail, PartnerRefSchema, storedGrant } from './grants';
import {
  burnPasswordCheck,
  generatePassword,
  hashPassword,
  PASSWORD_MAX,
  PASSWORD_MIN,
  passwordMatches,
} from './passwords';
import { sessions, users } from './tables';

/** Dashboard users: a password (scrypt), a role and a partner. Audited, without any secret. */

/** A dashboard user, without the password hash. */
export interface User {
  readonly id: string;
  /** Lower case. */
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  readonly partnerId: string | null;
  readonly createdAt: Date;
  readonly disabledAt: Date | null;
}

export interface CreateUserInput {
  /** Stored trimmed and in lower case, unique. */
  readonly email: string;
  /** 1 to 200 characters. */
  readonly name: string;
  /** At least 12 characters (at most 1024). */
  readonly password: string;
  readonly role: Role;
  /** An existing partner; `null` only for an admin. */
  readonly partnerId: string | null;
}

function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

const CreateUserInputSchema = z.object({
  email: z.string().transform(normalizeEmail).pipe(z.email().max(254)),
  name: z.string().trim().min(1).max(200),
  password: z.string().min(PASSWORD_MIN).max(PASSWORD_MAX),
  role: RoleSchema,
  partnerId: PartnerRefSchema,
});

const userColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  partnerId: users.partnerId,
  createdAt: users.createdAt,
  disabledAt: users.disabledAt,
};

type UserRow = Omit<User, 'role'> & { readonly role: string };

function toUser(row: UserRow): User {
  return { ...row, role: RoleSchema.parse(row.role) };
}

function userSnapshot(user: User): Record<string, unknown> {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    partnerId: user.partnerId,
    createdAt: user.createdAt.toISOString(),
    disabledAt: user.disabledAt?.toISOString() ?? null,
  };
}

/**
 * Creates a dashboard user. The email is stored in lower case and must be new; the password (12 characters
 * or more) is stored as `scrypt$N$r$p$salt$hash`. Audited, without the password or its hash.
 *
 * @example
 * const input = { email: 'Anna@cimark.ch', name: 'Anna', password: 'correct horse battery' } as const;
 * const created = await createUser(db, { ...input, role: 'editor', partnerId: 'cimark' }, actor);
 * if (!created.ok && created.error.code === 'duplicate-email') …
 */
export async function createUser(
  db: Db,
  input: CreateUserInput,
  actor: Actor,
): Promise<AuthResult<User, 'validation-failed' | 'unknown-partner' | 'duplicate-email'>> {
  const parsed = CreateUserInputSchema.safeParse(input);
  if (!parsed.success) return fail('validation-failed', describeIssues(parsed.error));
  const { email, name, password, role, partnerId } = parsed.data;
  const refused = await checkGrant(db, { role, partnerId });
  if (refused) return { ok: false, error: refused };
  // Hashed before the transaction, so that no transaction stays open during the deliberately slow scrypt.
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(users)
      .values({ email, name, passwordHash, role, partnerId })
      .onConflictDoNothing({ target: users.email })
      .returning(userColumns);
    if (!row) return fail('duplicate-email', 'email: a user with this email already exists');
    const user = toUser(row);
    await writeAudit(tx, {
      actor: auditActor(actor),
      action: 'create',
      resource: 'user',
      resourceId: user.id,
      before: null,
      after: userSnapshot(user),
    });
    return { ok: true, value: user };
  });
}

/**
 * The principal of a user whose password is right, or `null` (unknown email, wrong password, disabled
 * user). Takes the same time whichever the reason, so that emails cannot be probed.
 *
 * @example
 * const principal = await verifyUserPassword(db, form.email, form.password);
 * if (principal) { const session = await createSession(db, principal); … }
 */
export async function verifyUserPassword(
  db: DbExecutor,
  email: string,
  password: string,
): Promise<Principal | null> {
  if (typeof email !== 'string' || typeof password !== 'string') return null;
  const normalized = normalizeEmail(email);
  const [row] =
    normalized.length > 0 && normalized.length <= 254
      ? await db
          .select({ ...userColumns, passwordHash: users.passwordHash })
          .from(users)
          .where(eq(users.email, normalized))
          .limit(1)
      : [];
  if (!row || password.length > PASSWORD_MAX) {
    await burnPasswordCheck(password);
    return null;
  }
  const matches = await passwordMatches(password, row.passwordHash);
  if (!matches || row.disabledAt !== null) return null;
  const grant = storedGrant(row.role, row.partnerId);
  if (!grant) return null;
  return { kind: 'user', id: row.id, label: row.name, role: grant.role, partnerId: grant.partnerId };
}

/**
 * Disables a user: their password and sessions stop working at once. Audited; disabling a disabled user
 * changes nothing and succeeds.
 *
 * @example
 * const disabled = await disableUser(db, userId, actor);
 */
export async function disableUser(
  db: Db,
  userId: string,
  actor: Actor,
): Promise<AuthResult<User, 'not-found'>> {
  const notFound = fail('not-found', 'no user with this id', {
    resource: 'user',
    id: typeof userId === 'string' ? userId : '',
  });
  if (typeof userId !== 'string' || !UUID_PATTERN.test(userId)) return notFound;
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select(userColumns)
      .from(users)
      .where(eq(users.id, userId.toLowerCase()))
      .for('update');
    if (!current) return notFound;
    if (current.disabledAt !== null) return { ok: true, value: toUser(current) };
    const [row] = await tx
      .update(users)
      .set({ disabledAt: new Date() })
      .where(eq(users.id, current.id))
      .returning(userColumns);
    if (!row) throw new Error('disableUser: the locked row disappeared');
    await tx.delete(sessions).where(eq(sessions.userId, current.id));
    const user = toUser(row);
    await writeAudit(tx, {
      actor: auditActor(actor),
      action: 'disable',
      resource: 'user',
      resourceId: user.id,
      before: userSnapshot(toUser(current)),
      after: userSnapshot(user),
    });
    return { ok: true, value: user };
  });
}

/**
 * How many admin users are not disabled: the server creates a first one when there is none.
 *
 * @example
 * if ((await countActiveAdminUsers(db)) === 0) …
 */
export async function countActiveAdminUsers(db: DbExecutor): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(users)
    .where(and(eq(users.role, 'admin'), isNull(users.disabledAt)));
  return row?.n ?? 0;
}

/** The address of the first administrator the server creates. */
export const FIRST_ADMIN_EMAIL = 'admin@mont-blanc-innovation.example';

/**
 * The first administrator, when no admin user is active: a project-wide admin with a generated password,
 * returned once for the server to print (the person changes it after signing in). `null` when there is one.
 *
 * @example
 * const first = await bootstrapAdminUser(db, { principal: server });
 * if (first) console.error(`Sign in as ${first.user.email} with ${first.password}`);
 */
export async function bootstrapAdminUser(
  db: Db,
  actor: Actor,
  email: string = FIRST_ADMIN_EMAIL,
): Promise<{ readonly user: User; readonly password: string } | null> {
  if ((await countActiveAdminUsers(db)) > 0) return null;
  const password = generatePassword();
  const created = await createUser(
    db,
    { email, name: 'Administrator', password, role: 'admin', partnerId: null },
    actor,
  );
  // The address may belong to a disabled admin: the operator re-enables them, nothing is guessed here.
  if (!created.ok) return null;
  return { user: created.value, password };
}
