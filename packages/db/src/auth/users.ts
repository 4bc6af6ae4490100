import type { Principal, Role } from '@mbi/domain';
import { RoleSchema, userManagementRefusal } from '@mbi/domain';
import { and, asc, count, eq, isNull, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import { type Actor, auditActor, writeAudit } from '../audit/audit';
import type { Database, Db, DbExecutor } from '../connection';
import { sha256Hex, UUID_PATTERN } from '../internal/hash';
import { AUTH_CHANNEL } from '../internal/memory';
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

export interface ListUsersOptions {
  /** Only this partner's users; `null` for the users bound to no partner; absent for all users. */
  readonly partnerId?: string | null | undefined;
}

/**
 * The users, oldest first, disabled ones included (with `disabledAt`); never a password hash.
 *
 * @example
 * const people = await listUsers(db, { partnerId: 'cimark' });
 */
export async function listUsers(db: DbExecutor, options: ListUsersOptions = {}): Promise<User[]> {
  const { partnerId } = options;
  const where =
    partnerId === undefined
      ? undefined
      : partnerId === null
        ? isNull(users.partnerId)
        : eq(users.partnerId, partnerId);
  const rows = await db
    .select(userColumns)
    .from(users)
    .where(where)
    .orderBy(asc(users.createdAt), asc(users.id));
  return rows.map(toUser);
}

/**
 * One user, or `null`.
 *
 * @example const user = await getUser(db, id);
 */
export async function getUser(db: DbExecutor, id: string): Promise<User | null> {
  if (typeof id !== 'string' || !UUID_PATTERN.test(id)) return null;
  const [row] = await db.select(userColumns).from(users).where(eq(users.id, id.toLowerCase())).limit(1);
  return row ? toUser(row) : null;
}

/** What an admin may change of a user: the role, the name, whether the account is disabled. */
export interface UserPatch {
  readonly role?: Role | undefined;
  readonly name?: string | undefined;
  /** `true` disables the account (its sessions end at once); `false` enables it again. */
  readonly disabled?: boolean | undefined;
}

const UserPatchSchema = z.object({
  role: RoleSchema.optional(),
  name: z.string().trim().min(1).max(200).optional(),
  disabled: z.boolean().optional(),
});

/**
 * Changes a user's role, name or state, as an admin (an admin of a partner: its partner's users only; nobody
 * changes their own role or disables themselves). Disabling ends the user's sessions and tells every process
 * (`NOTIFY`), so that the account is refused everywhere at once. Audited (`update`), without any secret.
 *
 * @example
 * const updated = await updateUser(database, id, { disabled: true }, actor);
 * if (!updated.ok) updated.error.code; // 'not-found' | 'forbidden' | 'validation-failed'
 */
export async function updateUser(
  database: Database,
  id: string,
  patch: UserPatch,
  actor: Actor,
): Promise<AuthResult<User, 'not-found' | 'forbidden' | 'validation-failed'>> {
  const parsed = UserPatchSchema.safeParse(patch);
  if (!parsed.success) return fail('validation-failed', describeIssues(parsed.error));
  const changes = parsed.data;
  const notFound = fail('not-found', 'no user with this id', {
    resource: 'user',
    id: typeof id === 'string' ? id : '',
  });
  if (typeof id !== 'string' || !UUID_PATTERN.test(id)) return notFound;
  const result = await database.db.transaction(
    async (tx): Promise<AuthResult<User, 'not-found' | 'forbidden' | 'validation-failed'>> => {
      const [current] = await tx
        .select(userColumns)
        .from(users)
        .where(eq(users.id, id.toLowerCase()))
        .for('update');
      if (!current) return notFound;
      const before = toUser(current);
      const refused = userManagementRefusal(actor.principal, before.partnerId);
      if (refused) return fail('forbidden', refused.message, { reason: refused.reason });
      const self = actor.principal.kind === 'user' && actor.principal.id === before.id;
      if (
        self &&
        (changes.disabled === true || (changes.role !== undefined && changes.role !== before.role))
      ) {
        return fail('forbidden', 'nobody disables themselves or changes their own role', {
          reason: 'own-account',
        });
      }
      const role = changes.role ?? before.role;
      if (role !== 'admin' && before.partnerId === null) {
        return fail('validation-failed', `role: a ${role} must belong to a partner`, { role });
      }
      const disabledAt =
        changes.disabled === undefined
          ? before.disabledAt
          : changes.disabled
            ? (before.disabledAt ?? new Date())
            : null;
      const [row] = await tx
        .update(users)
        .set({ role, name: changes.name ?? before.name, disabledAt })
        .where(eq(users.id, before.id))
        .returning(userColumns);
      if (!row) throw new Error('updateUser: the locked row disappeared');
      const after = toUser(row);
      if (JSON.stringify(userSnapshot(after)) === JSON.stringify(userSnapshot(before))) {
        return { ok: true, value: after };
      }
      if (after.disabledAt !== null) {
        await tx.delete(sessions).where(eq(sessions.userId, after.id));
      }
      await writeAudit(tx, {
        actor: auditActor(actor),
        action: 'update',
        resource: 'user',
        resourceId: after.id,
        before: userSnapshot(before),
        after: userSnapshot(after),
      });
      // Delivered at commit: every process forgets the callers it remembers and reads them afresh.
      await tx.execute(sql`select pg_notify(${AUTH_CHANNEL}, 'user')`);
      return { ok: true, value: after };
    },
  );
  if (result.ok) database.memory.forgetPrincipals();
  return result;
}

/**
 * Creates a user with a generated password, returned once (the person changes it after signing in).
 *
 * @example
 * const created = await createUserWithPassword(db, { email, name, role: 'viewer', partnerId: 'cimark' }, actor);
 * if (created.ok) show(created.value.password); // shown once
 */
export async function createUserWithPassword(
  db: Db,
  input: Omit<CreateUserInput, 'password'>,
  actor: Actor,
): Promise<
  AuthResult<
    { readonly user: User; readonly password: string },
    'validation-failed' | 'unknown-partner' | 'duplicate-email' | 'forbidden'
  >
> {
  const refused = userManagementRefusal(actor.principal, input.partnerId);
  if (refused) return fail('forbidden', refused.message, { reason: refused.reason });
  const password = generatePassword();
  const created = await createUser(db, { ...input, password }, actor);
  if (!created.ok) return created;
  return { ok: true, value: { user: created.value, password } };
}

/**
 * Changes a user's own password: the current one must be right (`wrong-password`), the new one 12 to 1024
 * characters and different (`validation-failed`, field `newPassword`). Ends the user's other sessions (the one
 * named by `keepSession`, the cookie token of the caller, stays). Audited (`password`), without any secret.
 *
 * @example
 * const changed = await changePassword(database, principal, { currentPassword, newPassword }, cookieToken);
 */
export async function changePassword(
  database: Database,
  principal: Principal,
  passwords: { readonly currentPassword: string; readonly newPassword: string },
  keepSession: string | null,
  requestId?: string,
): Promise<AuthResult<User, 'not-found' | 'wrong-password' | 'validation-failed'>> {
  const { db } = database;
  const { currentPassword, newPassword } = passwords;
  const [row] =
    principal.kind === 'user' && UUID_PATTERN.test(principal.id)
      ? await db
          .select({ ...userColumns, passwordHash: users.passwordHash })
          .from(users)
          .where(eq(users.id, principal.id))
          .limit(1)
      : [];
  if (!row || row.disabledAt !== null) {
    return fail('not-found', 'no user with this id', { resource: 'user', id: principal.id });
  }
  if (
    typeof currentPassword !== 'string' ||
    currentPassword.length > PASSWORD_MAX ||
    !(await passwordMatches(currentPassword, row.passwordHash))
  ) {
    return fail('wrong-password', 'currentPassword: the current password is wrong');
  }
  const checked = z.string().min(PASSWORD_MIN).max(PASSWORD_MAX).safeParse(newPassword);
  if (!checked.success) return fail('validation-failed', `newPassword: ${describeIssues(checked.error)}`);
  if (newPassword.normalize('NFC') === currentPassword.normalize('NFC')) {
    return fail('validation-failed', 'newPassword: the new password must differ from the current one', {
      reason: 'same-password',
    });
  }
  const passwordHash = await hashPassword(newPassword);
  const keep = keepSession === null ? null : sha256Hex(keepSession);
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(users)
      .set({ passwordHash })
      .where(eq(users.id, row.id))
      .returning(userColumns);
    if (!updated) return fail('not-found', 'no user with this id', { resource: 'user', id: row.id });
    await tx
      .delete(sessions)
      .where(
        keep === null ? eq(sessions.userId, row.id) : and(eq(sessions.userId, row.id), ne(sessions.id, keep)),
      );
    const user = toUser(updated);
    await writeAudit(tx, {
      actor: auditActor({ principal, requestId }),
      action: 'password',
      resource: 'user',
      resourceId: user.id,
      before: userSnapshot(user),
      after: userSnapshot(user),
    });
    return { ok: true, value: user };
  });
}
