import { randomBytes } from 'node:crypto';
import type { Principal, Role } from '@mbi/domain';
import { RoleSchema } from '@mbi/domain';
import { and, asc, count, eq, isNull, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { type Actor, auditActor, writeAudit } from '../audit/audit';
import type { Database, Db, DbExecutor } from '../connection';
import { digestsEqual, sha256Hex, UUID_PATTERN } from '../internal/hash';
import { AUTH_CHANNEL } from '../internal/memory';
import { type AuthResult, checkGrant, describeIssues, fail, PartnerRefSchema, storedGrant } from './grants';
import { apiKeys } from './tables';

/**
 * API keys for machine clients. The key itself (`mbi_<prefix>_<secret>`) is shown once and never stored:
 * only its SHA-256 is; no secret or hash ever reaches the audit log.
 */

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
      await writeAudit(tx, {
        actor: auditActor(actor),
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

/** Authentication writes `last_used_at` at most once a minute per key. */
const LAST_USED_INTERVAL_MS = 60_000;

async function touchApiKey(database: Database, id: string, storedLastUsedAt: Date | null): Promise<void> {
  const now = Date.now();
  const { keyUse } = database.memory;
  const last = Math.max(keyUse.get(id) ?? 0, storedLastUsedAt?.getTime() ?? 0);
  if (now - last < LAST_USED_INTERVAL_MS) return;
  // Recorded before the write so that concurrent requests of the same key do not all write.
  keyUse.set(id, now);
  await database.db
    .update(apiKeys)
    .set({ lastUsedAt: new Date(now) })
    .where(eq(apiKeys.id, id));
}

/**
 * The principal of an API key token, or `null` when the token is malformed (rejected without touching the
 * database), unknown or revoked. A valid key is remembered by its `Database` for a second at most (see
 * `DatabaseMemory`: a revocation empties the memory of every process at once). Records `last_used_at`, at
 * most once a minute per key.
 *
 * @example
 * const principal = await authenticateApiKey(database, header.replace(/^Bearer /, ''));
 * if (!principal) return c.json(problem, 401);
 */
export async function authenticateApiKey(database: Database, token: string): Promise<Principal | null> {
  if (!parseApiToken(token)) return null;
  const { memory } = database;
  void memory.listen();
  const hash = sha256Hex(token);
  const cached = memory.principal(hash);
  if (cached !== undefined) {
    // The in-memory record of the last write is enough to keep `last_used_at` to the minute.
    await touchApiKey(database, cached.id, null);
    return cached;
  }
  const [row] = await database.db
    .select({ ...apiKeyColumns, hash: apiKeys.hash })
    .from(apiKeys)
    .where(eq(apiKeys.hash, hash))
    .limit(1);
  if (!row || !digestsEqual(row.hash, hash) || row.revokedAt !== null) return null;
  const grant = storedGrant(row.role, row.partnerId);
  if (!grant) return null;
  await touchApiKey(database, row.id, row.lastUsedAt);
  const principal: Principal = {
    kind: 'api-key',
    id: row.id,
    label: row.label,
    role: grant.role,
    partnerId: grant.partnerId,
  };
  memory.rememberPrincipal(hash, principal);
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
  database: Database,
  idOrPrefix: string,
  actor: Actor,
): Promise<AuthResult<ApiKey, 'not-found'>> {
  const { db } = database;
  const lookup = apiKeyLookup(idOrPrefix);
  const notFound = fail('not-found', 'no API key with this id or prefix', {
    resource: 'api-key',
    id: idOrPrefix,
  });
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
    await writeAudit(tx, {
      actor: auditActor(actor),
      action: 'revoke',
      resource: 'api-key',
      resourceId: key.id,
      before: apiKeySnapshot(toApiKey(current)),
      after: apiKeySnapshot(key),
    });
    // Delivered at commit to every process listening (their memories forget valid keys).
    await tx.execute(sql`select pg_notify(${AUTH_CHANNEL}, 'revoke')`);
    return { ok: true, value: key };
  });
  // After the commit, so that no request re-remembers the key between the forgetting and the commit.
  database.memory.forgetPrincipals();
  database.memory.keyUse.delete(result.ok ? result.value.id : '');
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
