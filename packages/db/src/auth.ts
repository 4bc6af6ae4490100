import { createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { and, asc, count, eq, isNull, lte, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { writeAudit } from './audit';
import type { Db, DbExecutor } from './connection';
import { apiKeys, partners, sessions, users } from './schema';

/**
 * Access control of the API: API keys for machine clients, users with passwords and sessions for the
 * dashboard. Secrets (key tokens, session tokens, passwords) are never stored: only their SHA-256 (tokens)
 * or scrypt (passwords) hash is, and no secret or hash ever reaches the audit log.
 */

/**
 * Roles, from least to most powerful: `viewer` reads, `editor` also writes its own partner's data, `admin`
 * does everything.
 *
 * @example ROLES.includes('editor') // true
 */
export const ROLES = ['viewer', 'editor', 'admin'] as const;
/** @example RoleSchema.parse('viewer') */
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

/**
 * Who is calling: an API key, a signed-in user, or the system itself (CLI, jobs). Every key and user is
 * bound to one partner; only an admin may have none.
 *
 * @example
 * const cli: Principal = { kind: 'system', id: 'cli', label: 'mbi CLI', role: 'admin', partnerId: null };
 */
export interface Principal {
  readonly kind: 'api-key' | 'user' | 'system';
  readonly id: string;
  /** A name for people and logs: the key's label or the user's name. */
  readonly label: string;
  readonly role: Role;
  readonly partnerId: string | null;
}

/**
 * Who makes a write, as recorded in the audit log, with the request it belongs to.
 *
 * @example
 * const actor: Actor = { principal, requestId: 'req-42' };
 */
export interface Actor {
  readonly principal: Principal;
  readonly requestId?: string | undefined;
}

/** Stable codes of the expected failures of this module (the API maps them to HTTP statuses). */
export type AuthErrorCode = 'validation-failed' | 'unknown-partner' | 'duplicate-email' | 'not-found';

/** A failure as a value: a stable `code` and a readable English `message` (never containing a secret). */
export interface AuthIssue<Code extends AuthErrorCode = AuthErrorCode> {
  readonly code: Code;
  readonly message: string;
}

/** Success or an expected failure. */
export type AuthResult<T, Code extends AuthErrorCode = AuthErrorCode> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: AuthIssue<Code> };

function fail<Code extends AuthErrorCode>(
  code: Code,
  message: string,
): { ok: false; error: AuthIssue<Code> } {
  return { ok: false, error: { code, message } };
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : 'input'}: ${issue.message}`)
    .join('; ');
}

function sha256Hex(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/** Constant-time equality of two hex digests (different lengths are simply unequal). */
function digestsEqual(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// ---------------------------------------------------------------------------------------------------------
// Audit

interface AuthChange {
  readonly action: 'create' | 'revoke' | 'disable';
  readonly resource: 'api-key' | 'user';
  readonly resourceId: string;
  readonly before: Record<string, unknown> | null;
  readonly after: Record<string, unknown> | null;
}

// Same row shape as `writeAudit` of ./audit: kept private here so both could be written at once; to be
// merged into `writeAudit`.
async function auditAuthChange(tx: DbExecutor, actor: Actor, change: AuthChange): Promise<void> {
  const { principal, requestId } = actor;
  await writeAudit(tx, {
    actor: { kind: principal.kind, id: principal.id, partnerId: principal.partnerId, requestId },
    ...change,
  });
}

// ---------------------------------------------------------------------------------------------------------
// Grants (role and partner) shared by keys and users

const PartnerRefSchema = z.string().trim().min(1).max(100).nullable();

async function checkGrant(
  db: DbExecutor,
  grant: { readonly role: Role; readonly partnerId: string | null },
): Promise<AuthIssue<'validation-failed' | 'unknown-partner'> | null> {
  if (grant.partnerId === null) {
    return grant.role === 'admin'
      ? null
      : { code: 'validation-failed', message: `partnerId: a ${grant.role} must belong to a partner` };
  }
  const found = await db
    .select({ id: partners.id })
    .from(partners)
    .where(eq(partners.id, grant.partnerId))
    .limit(1);
  return found.length > 0
    ? null
    : { code: 'unknown-partner', message: `partnerId: no partner "${grant.partnerId}"` };
}

/** Reads a role and partner stored in the database, refusing (null) anything a grant could not be. */
function storedGrant(
  role: string,
  partnerId: string | null,
): { role: Role; partnerId: string | null } | null {
  const parsed = RoleSchema.safeParse(role);
  if (!parsed.success) return null;
  if (parsed.data !== 'admin' && partnerId === null) return null;
  return { role: parsed.data, partnerId };
}

// ---------------------------------------------------------------------------------------------------------
// API keys

/** An API key as listed: everything but its hash. */
export interface ApiKey {
  readonly id: string;
  /** The 8 characters after `mbi_` in the token: identifies the key without revealing it. */
  readonly prefix: string;
  readonly label: string;
  readonly role: Role;
  readonly partnerId: string | null;
  readonly createdAt: Date;
  readonly revokedAt: Date | null;
  readonly lastUsedAt: Date | null;
}

export interface CreateApiKeyInput {
  /** 1 to 100 characters, trimmed. */
  readonly label: string;
  readonly role: Role;
  /** An existing partner; `null` only for an admin key. */
  readonly partnerId: string | null;
}

/** A new key with its token: the token is shown this once and cannot be recovered afterwards. */
export interface CreatedApiKey {
  readonly key: ApiKey;
  readonly token: string;
}

export interface ListApiKeysOptions {
  /** Only this partner's keys; `null` for the keys bound to no partner; absent for all keys. */
  readonly partnerId?: string | null | undefined;
}

const CreateApiKeyInputSchema = z.object({
  label: z.string().trim().min(1).max(100),
  role: RoleSchema,
  partnerId: PartnerRefSchema,
});

// `mbi_` + 8 lowercase base32 characters + `_` + 32 random bytes in base64url (43 characters, unpadded).
const API_TOKEN_PATTERN = /^mbi_([a-z2-7]{8})_[A-Za-z0-9_-]{43}$/;
const API_TOKEN_LENGTH = 56;
const PREFIX_PATTERN = /^(?:mbi_)?([a-z2-7]{8})$/;
const BASE32_ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';

function randomBase32(length: number): string {
  let out = '';
  // 32 divides 256, so masking a random byte to 5 bits is unbiased.
  for (const byte of randomBytes(length)) out += BASE32_ALPHABET.charAt(byte & 31);
  return out;
}

function parseApiToken(token: unknown): { prefix: string } | null {
  if (typeof token !== 'string' || token.length !== API_TOKEN_LENGTH) return null;
  const prefix = API_TOKEN_PATTERN.exec(token)?.[1];
  return prefix === undefined ? null : { prefix };
}

const apiKeyColumns = {
  id: apiKeys.id,
  prefix: apiKeys.prefix,
  label: apiKeys.label,
  role: apiKeys.role,
  partnerId: apiKeys.partnerId,
  createdAt: apiKeys.createdAt,
  revokedAt: apiKeys.revokedAt,
  lastUsedAt: apiKeys.lastUsedAt,
};

type ApiKeyRow = Omit<ApiKey, 'role'> & { readonly role: string };

function toApiKey(row: ApiKeyRow): ApiKey {
  // A role outside ROLES can only come from a corrupted row: a bug, not an expected failure.
  return { ...row, role: RoleSchema.parse(row.role) };
}

function apiKeySnapshot(key: ApiKey): Record<string, unknown> {
  return {
    id: key.id,
    prefix: key.prefix,
    label: key.label,
    role: key.role,
    partnerId: key.partnerId,
    createdAt: key.createdAt.toISOString(),
    revokedAt: key.revokedAt?.toISOString() ?? null,
  };
}

/**
 * Creates an API key and returns its token, once: only the token's SHA-256 is stored. The label is 1 to
 * 100 characters; an editor or viewer key must name an existing partner, an admin key may have none.
 * Audited (without the token or its hash).
 *
 * @example
 * const input = { label: 'Chamonix import', role: 'editor', partnerId: 'cc-vallee-chamonix' } as const;
 * const created = await createApiKey(db, input, actor);
 * if (created.ok) console.log(created.value.token); // mbi_k3xq7a2d_… — shown this once
 */
export async function createApiKey(
  db: Db,
  input: CreateApiKeyInput,
  actor: Actor,
): Promise<AuthResult<CreatedApiKey, 'validation-failed' | 'unknown-partner'>> {
  const parsed = CreateApiKeyInputSchema.safeParse(input);
  if (!parsed.success) return fail('validation-failed', describeIssues(parsed.error));
  const { label, role, partnerId } = parsed.data;
  return db.transaction(async (tx) => {
    const refused = await checkGrant(tx, { role, partnerId });
    if (refused) return { ok: false, error: refused };
    // A prefix collision (1 in 2^40 per pair of keys) makes the insert a no-op: draw another token.
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const prefix = randomBase32(8);
      const token = `mbi_${prefix}_${randomBytes(32).toString('base64url')}`;
      const [row] = await tx
        .insert(apiKeys)
        .values({ prefix, hash: sha256Hex(token), label, role, partnerId })
        .onConflictDoNothing()
        .returning(apiKeyColumns);
      if (!row) continue;
      const key = toApiKey(row);
      await auditAuthChange(tx, actor, {
        action: 'create',
        resource: 'api-key',
        resourceId: key.id,
        before: null,
        after: apiKeySnapshot(key),
      });
      return { ok: true, value: { key, token } };
    }
    throw new Error('createApiKey: no free key prefix after 5 attempts');
  });
}

const LAST_USED_INTERVAL_MS = 60_000;
/** When this process last wrote `last_used_at`, per key id: authentication writes at most once a minute. */
const lastUsedWrites = new Map<string, number>();

async function touchApiKey(db: DbExecutor, id: string, storedLastUsedAt: Date | null): Promise<void> {
  const now = Date.now();
  const last = Math.max(lastUsedWrites.get(id) ?? 0, storedLastUsedAt?.getTime() ?? 0);
  if (now - last < LAST_USED_INTERVAL_MS) return;
  // Recorded before the write so that concurrent requests of the same key do not all write.
  lastUsedWrites.set(id, now);
  await db
    .update(apiKeys)
    .set({ lastUsedAt: new Date(now) })
    .where(eq(apiKeys.id, id));
}

/**
 * Valid keys are remembered for a few seconds, so that a client's burst of requests costs one lookup. A
 * revocation in this process empties the cache at once; one made by another process (the CLI on
 * PostgreSQL) takes effect within {@link PRINCIPAL_CACHE_MS}.
 */
const PRINCIPAL_CACHE_MS = 5_000;
const PRINCIPAL_CACHE_MAX = 10_000;
const principalCache = new Map<string, { principal: Principal; until: number }>();

/**
 * The principal of an API key token, or `null` when the token is malformed (rejected without touching the
 * database), unknown or revoked. Records `last_used_at`, at most once a minute per key.
 *
 * @example
 * const principal = await authenticateApiKey(db, header.replace(/^Bearer /, ''));
 * if (!principal) return c.json(problem, 401);
 */
export async function authenticateApiKey(db: DbExecutor, token: string): Promise<Principal | null> {
  if (!parseApiToken(token)) return null;
  const hash = sha256Hex(token);
  const cached = principalCache.get(hash);
  if (cached !== undefined && cached.until > Date.now()) {
    // The in-memory record of the last write is enough to keep `last_used_at` to the minute.
    await touchApiKey(db, cached.principal.id, null);
    return cached.principal;
  }
  const [row] = await db
    .select({ ...apiKeyColumns, hash: apiKeys.hash })
    .from(apiKeys)
    .where(eq(apiKeys.hash, hash))
    .limit(1);
  if (!row || !digestsEqual(row.hash, hash) || row.revokedAt !== null) return null;
  const grant = storedGrant(row.role, row.partnerId);
  if (!grant) return null;
  await touchApiKey(db, row.id, row.lastUsedAt);
  const principal: Principal = {
    kind: 'api-key',
    id: row.id,
    label: row.label,
    role: grant.role,
    partnerId: grant.partnerId,
  };
  if (principalCache.size >= PRINCIPAL_CACHE_MAX) principalCache.clear();
  principalCache.set(hash, { principal, until: Date.now() + PRINCIPAL_CACHE_MS });
  return principal;
}

/**
 * The API keys, oldest first, revoked ones included (with `revokedAt`); never their hashes.
 *
 * @example
 * const keys = await listApiKeys(db, { partnerId: 'cimark' });
 */
export async function listApiKeys(db: DbExecutor, options: ListApiKeysOptions = {}): Promise<ApiKey[]> {
  const { partnerId } = options;
  const where =
    partnerId === undefined
      ? undefined
      : partnerId === null
        ? isNull(apiKeys.partnerId)
        : eq(apiKeys.partnerId, partnerId);
  const rows = await db
    .select(apiKeyColumns)
    .from(apiKeys)
    .where(where)
    .orderBy(asc(apiKeys.createdAt), asc(apiKeys.id));
  return rows.map(toApiKey);
}

function apiKeyLookup(idOrPrefix: string): SQL | null {
  if (typeof idOrPrefix !== 'string') return null;
  if (UUID_PATTERN.test(idOrPrefix)) return eq(apiKeys.id, idOrPrefix.toLowerCase());
  const prefix = PREFIX_PATTERN.exec(idOrPrefix)?.[1] ?? parseApiToken(idOrPrefix)?.prefix;
  return prefix === undefined ? null : eq(apiKeys.prefix, prefix);
}

/**
 * Revokes a key, named by its id, its prefix (`k3xq7a2d` or `mbi_k3xq7a2d`) or its whole token (to revoke a
 * leaked key). Audited; revoking a revoked key changes nothing and succeeds.
 *
 * @example
 * const revoked = await revokeApiKey(db, 'mbi_k3xq7a2d', actor);
 * if (!revoked.ok) revoked.error.code; // 'not-found'
 */
export async function revokeApiKey(
  db: Db,
  idOrPrefix: string,
  actor: Actor,
): Promise<AuthResult<ApiKey, 'not-found'>> {
  const lookup = apiKeyLookup(idOrPrefix);
  const notFound = fail('not-found', 'no API key with this id or prefix');
  if (!lookup) return notFound;
  const result = await db.transaction(async (tx): Promise<AuthResult<ApiKey, 'not-found'>> => {
    const [current] = await tx.select(apiKeyColumns).from(apiKeys).where(lookup).for('update');
    if (!current) return notFound;
    if (current.revokedAt !== null) return { ok: true, value: toApiKey(current) };
    const [row] = await tx
      .update(apiKeys)
      .set({ revokedAt: new Date() })
      .where(eq(apiKeys.id, current.id))
      .returning(apiKeyColumns);
    if (!row) throw new Error('revokeApiKey: the locked row disappeared');
    const key = toApiKey(row);
    await auditAuthChange(tx, actor, {
      action: 'revoke',
      resource: 'api-key',
      resourceId: key.id,
      before: apiKeySnapshot(toApiKey(current)),
      after: apiKeySnapshot(key),
    });
    lastUsedWrites.delete(key.id);
    return { ok: true, value: key };
  });
  // After the commit, so that no request re-caches the key between the clear and the commit.
  principalCache.clear();
  return result;
}

/**
 * How many admin keys are not revoked: the CLI creates a first admin key when there is none.
 *
 * @example
 * if ((await countActiveAdminKeys(db)) === 0) {
 *   await createApiKey(db, { label: 'bootstrap', role: 'admin', partnerId: null }, actor);
 * }
 */
export async function countActiveAdminKeys(db: DbExecutor): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(apiKeys)
    .where(and(eq(apiKeys.role, 'admin'), isNull(apiKeys.revokedAt)));
  return row?.n ?? 0;
}

// ---------------------------------------------------------------------------------------------------------
// Passwords (scrypt)

interface ScryptParams {
  readonly N: number;
  readonly r: number;
  readonly p: number;
}

// OWASP's minimum for scrypt (N=2^14, r=8, p=1): about 16 MiB and a few tens of milliseconds per hash.
const SCRYPT_PARAMS: ScryptParams = { N: 16_384, r: 8, p: 1 };
const SALT_BYTES = 16;
const KEY_BYTES = 64;
const PASSWORD_MIN = 12;
// Bounds the work an attacker can ask of a login; no real passphrase is longer.
const PASSWORD_MAX = 1024;
// Bounds a stored hash's cost (a corrupted row must not make one login take gigabytes).
const SCRYPT_MAX_MEMORY = 64 * 1024 * 1024;

function deriveKey(password: string, salt: Buffer, params: ScryptParams, length: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(
      password.normalize('NFC'),
      salt,
      length,
      { N: params.N, r: params.r, p: params.p, maxmem: SCRYPT_MAX_MEMORY + 1024 * 1024 },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}

async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await deriveKey(password, salt, SCRYPT_PARAMS, KEY_BYTES);
  const { N, r, p } = SCRYPT_PARAMS;
  return `scrypt$${N}$${r}$${p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

function parsePasswordHash(stored: string): { params: ScryptParams; salt: Buffer; key: Buffer } | null {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [N, r, p] = parts.slice(1, 4).map((part) => (/^\d{1,8}$/.test(part) ? Number(part) : Number.NaN));
  if (N === undefined || r === undefined || p === undefined) return null;
  const powerOfTwo = Number.isInteger(N) && N >= 2 && (N & (N - 1)) === 0;
  if (!powerOfTwo || !(r >= 1 && r <= 32) || !(p >= 1 && p <= 16) || 128 * N * r > SCRYPT_MAX_MEMORY) {
    return null;
  }
  const salt = Buffer.from(parts[4] ?? '', 'base64');
  const key = Buffer.from(parts[5] ?? '', 'base64');
  if (salt.length < 8 || key.length < 16 || key.length > 128) return null;
  return { params: { N, r, p }, salt, key };
}

async function passwordMatches(password: string, stored: string): Promise<boolean> {
  const parsed = parsePasswordHash(stored);
  if (!parsed) {
    await burnPasswordCheck(password);
    return false;
  }
  const key = await deriveKey(password, parsed.salt, parsed.params, parsed.key.length);
  return timingSafeEqual(key, parsed.key);
}

const DUMMY_SALT = randomBytes(SALT_BYTES);

/** Spends the time of a real password check, so that a miss does not reveal why it missed. */
async function burnPasswordCheck(password: string): Promise<void> {
  const key = await deriveKey(password.slice(0, PASSWORD_MAX), DUMMY_SALT, SCRYPT_PARAMS, KEY_BYTES);
  timingSafeEqual(key, Buffer.alloc(KEY_BYTES));
}

// ---------------------------------------------------------------------------------------------------------
// Users

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
    await auditAuthChange(tx, actor, {
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
  const notFound = fail('not-found', 'no user with this id');
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
    await auditAuthChange(tx, actor, {
      action: 'disable',
      resource: 'user',
      resourceId: user.id,
      before: userSnapshot(toUser(current)),
      after: userSnapshot(user),
    });
    return { ok: true, value: user };
  });
}

// ---------------------------------------------------------------------------------------------------------
// Sessions

export interface CreateSessionOptions {
  /** Lifetime in seconds (default 8 hours). */
  readonly ttlSeconds?: number | undefined;
}

/** A new session: `token` goes in the cookie (only its SHA-256 is stored), `csrfToken` to the page. */
export interface CreatedSession {
  readonly token: string;
  readonly csrfToken: string;
  readonly expiresAt: Date;
}

/** A live session: who it is (role and partner read afresh from the user) and its CSRF token. */
export interface Session {
  readonly principal: Principal;
  readonly csrfToken: string;
  readonly expiresAt: Date;
}

const DEFAULT_SESSION_TTL_SECONDS = 8 * 60 * 60;
// 32 random bytes in base64url.
const SESSION_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

function sessionId(token: unknown): string | null {
  return typeof token === 'string' && SESSION_TOKEN_PATTERN.test(token) ? sha256Hex(token) : null;
}

/**
 * Opens a session for a user principal (from {@link verifyUserPassword}); it lasts `ttlSeconds` (8 hours by
 * default). Throws for a principal that is not a user: only people sign in.
 *
 * @example
 * const { token, csrfToken, expiresAt } = await createSession(db, principal);
 * setCookie(c, 'mbi_session', token, { httpOnly: true, secure: true, sameSite: 'Lax', expires: expiresAt });
 */
export async function createSession(
  db: DbExecutor,
  principal: Principal,
  options: CreateSessionOptions = {},
): Promise<CreatedSession> {
  if (principal.kind !== 'user') throw new TypeError(`createSession: a ${principal.kind} cannot sign in`);
  const ttlSeconds = options.ttlSeconds ?? DEFAULT_SESSION_TTL_SECONDS;
  if (!Number.isFinite(ttlSeconds) || ttlSeconds <= 0) {
    throw new RangeError(`createSession: ttlSeconds must be positive, got ${ttlSeconds}`);
  }
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + ttlSeconds * 1000);
  await db.insert(sessions).values({ id: sha256Hex(token), userId: principal.id, csrfToken, expiresAt });
  return { token, csrfToken, expiresAt };
}

/**
 * The session of a cookie token, or `null` when it is malformed, unknown, expired or its user disabled
 * (expired and disabled sessions are deleted on the way).
 *
 * @example
 * const session = await findSession(db, getCookie(c, 'mbi_session') ?? '');
 * if (session && c.req.method !== 'GET' && c.req.header('x-csrf-token') !== session.csrfToken) …
 */
export async function findSession(db: DbExecutor, token: string): Promise<Session | null> {
  const id = sessionId(token);
  if (id === null) return null;
  const [row] = await db
    .select({
      csrfToken: sessions.csrfToken,
      expiresAt: sessions.expiresAt,
      userId: users.id,
      name: users.name,
      role: users.role,
      partnerId: users.partnerId,
      disabledAt: users.disabledAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.id, id))
    .limit(1);
  if (!row) return null;
  if (row.expiresAt.getTime() <= Date.now() || row.disabledAt !== null) {
    await db.delete(sessions).where(eq(sessions.id, id));
    return null;
  }
  const grant = storedGrant(row.role, row.partnerId);
  if (!grant) return null;
  return {
    principal: {
      kind: 'user',
      id: row.userId,
      label: row.name,
      role: grant.role,
      partnerId: grant.partnerId,
    },
    csrfToken: row.csrfToken,
    expiresAt: row.expiresAt,
  };
}

/**
 * Ends a session (sign-out). `true` when there was one to end.
 *
 * @example
 * await deleteSession(db, getCookie(c, 'mbi_session') ?? '');
 */
export async function deleteSession(db: DbExecutor, token: string): Promise<boolean> {
  const id = sessionId(token);
  if (id === null) return false;
  const deleted = await db.delete(sessions).where(eq(sessions.id, id)).returning({ id: sessions.id });
  return deleted.length > 0;
}

/**
 * Deletes every expired session and returns how many there were (for a periodic clean-up job).
 *
 * @example
 * const removed = await deleteExpiredSessions(db);
 */
export async function deleteExpiredSessions(db: DbExecutor): Promise<number> {
  const deleted = await db
    .delete(sessions)
    .where(lte(sessions.expiresAt, new Date()))
    .returning({ id: sessions.id });
  return deleted.length;
}
