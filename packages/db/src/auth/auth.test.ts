import { createHash, randomUUID } from 'node:crypto';
import type { Principal } from '@mbi/domain';
import { asc, eq, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import type { Actor } from '../audit/audit';
import { type Database, type DbExecutor, queryRows } from '../connection';
import { DatabaseMemory } from '../internal/memory';
import { seedReferenceData } from '../reference/seed';
import { apiKeys, auditLog, sessions, users } from '../schema';
import { testEngines } from '../testing';
import {
  authenticateApiKey,
  type CreateApiKeyInput,
  countActiveAdminKeys,
  createApiKey,
  listApiKeys,
  revokeApiKey,
} from './api-keys';
import { createSession, deleteExpiredSessions, deleteSession, findSession } from './sessions';
import { type CreateUserInput, createUser, disableUser, verifyUserPassword } from './users';

const SYSTEM: Principal = {
  kind: 'system',
  id: 'test-suite',
  label: 'Tests',
  role: 'admin',
  partnerId: null,
};
const ACTOR: Actor = { principal: SYSTEM, requestId: 'req-test' };

// The storage rule of schema.ts (`api_keys.hash`, `sessions.id`): SHA-256 of the whole token, in hex.
const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
const TOKEN_SHAPE = /^mbi_[a-z2-7]{8}_[A-Za-z0-9_-]{43}$/;
const PASSWORD = 'correct horse battery staple';

/** A database that fails the test if it is queried at all. */
const UNREACHABLE_DB = new Proxy(
  {},
  {
    get() {
      throw new Error('the database was queried');
    },
  },
) as DbExecutor;
/** A database whose every query fails the test, with a memory of its own. */
const UNREACHABLE_DATABASE = { db: UNREACHABLE_DB, memory: new DatabaseMemory(null) } as unknown as Database;

function unwrap<T>(result: { ok: true; value: T } | { ok: false; error: { code: string } }): T {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}`);
  return result.value;
}

afterEach(() => {
  vi.useRealTimers();
});

describe.each(testEngines())('access control on $name', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await engine.open();
    await seedReferenceData(database.db);
  });
  afterAll(async () => {
    await database.close();
  });

  describe('API keys', () => {
    test('a created key authenticates as its principal until it is revoked', async () => {
      const { db } = database;
      const input = { label: 'Chamonix import', role: 'editor', partnerId: 'cc-vallee-chamonix' } as const;
      const { key, token } = unwrap(await createApiKey(db, input, ACTOR));
      expect(token).toMatch(TOKEN_SHAPE);
      expect(token.slice(4, 12)).toBe(key.prefix);
      expect(key).toMatchObject({ ...input, revokedAt: null, lastUsedAt: null });
      expect(key.createdAt).toBeInstanceOf(Date);

      expect(await authenticateApiKey(database, token)).toEqual({
        kind: 'api-key',
        id: key.id,
        label: 'Chamonix import',
        role: 'editor',
        partnerId: 'cc-vallee-chamonix',
      });

      const revoked = unwrap(await revokeApiKey(database, `mbi_${key.prefix}`, ACTOR));
      expect(revoked.id).toBe(key.id);
      expect(revoked.revokedAt).toBeInstanceOf(Date);
      expect(await authenticateApiKey(database, token)).toBeNull();

      // Revoking again (by id this time) succeeds and changes nothing, not even the audit trail.
      const again = unwrap(await revokeApiKey(database, key.id, ACTOR));
      expect(again.revokedAt).toEqual(revoked.revokedAt);
      const trail = await db
        .select({ action: auditLog.action })
        .from(auditLog)
        .where(eq(auditLog.resourceId, key.id))
        .orderBy(asc(auditLog.seq));
      expect(trail.map((row) => row.action)).toEqual(['create', 'revoke']);
    });

    test('the token is shown once: only its SHA-256 is stored, in no column the token itself', async () => {
      const { db } = database;
      const { key, token } = unwrap(
        await createApiKey(db, { label: 'Once', role: 'viewer', partnerId: 'cimark' }, ACTOR),
      );
      const secret = token.slice(13);
      const [stored] = await db.select({ hash: apiKeys.hash }).from(apiKeys).where(eq(apiKeys.id, key.id));
      expect(stored?.hash).toBe(sha256(token));
      expect(stored?.hash).not.toBe(token);

      const rows = await queryRows<Record<string, unknown>>(db, sql`select * from api_keys`);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        for (const value of Object.values(row)) {
          const text = value instanceof Date ? value.toISOString() : String(value);
          expect(text).not.toContain(token);
          expect(text).not.toContain(secret);
        }
      }
    });

    test('malformed tokens are refused without querying the database', async () => {
      const { db } = database;
      const { token } = unwrap(
        await createApiKey(db, { label: 'Shape', role: 'viewer', partnerId: 'cimark' }, ACTOR),
      );
      const garbage = [
        '',
        'mbi_',
        'hello',
        `Bearer ${token}`,
        `${token} `,
        `${token}x`,
        token.slice(0, -1),
        token.toUpperCase(),
        token.replace('mbi_', 'mbx_'),
        "mbi_aaaaaaaa_' or 1=1 --aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        'x'.repeat(100_000),
      ];
      for (const candidate of garbage) {
        expect(await authenticateApiKey(UNREACHABLE_DATABASE, candidate)).toBeNull();
      }
    });

    test('a well-formed but unknown token is refused', async () => {
      const { db } = database;
      const { token } = unwrap(
        await createApiKey(db, { label: 'Tampered', role: 'viewer', partnerId: 'cimark' }, ACTOR),
      );
      const last = token.at(-1) === 'A' ? 'B' : 'A';
      expect(await authenticateApiKey(database, `${token.slice(0, -1)}${last}`)).toBeNull();
      expect(await authenticateApiKey(database, `mbi_aaaaaaaa_${'A'.repeat(43)}`)).toBeNull();
    });

    test('authenticateApiKey never throws, whatever the string', async () => {
      const base32 = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz234567');
      const base64url = fc.constantFrom(
        ...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_',
      );
      const tokenShaped = fc
        .tuple(
          fc.string({ unit: base32, minLength: 8, maxLength: 8 }),
          fc.string({ unit: base64url, minLength: 43, maxLength: 43 }),
        )
        .map(([prefix, secret]) => `mbi_${prefix}_${secret}`);
      await fc.assert(
        fc.asyncProperty(fc.oneof(fc.string({ unit: 'binary' }), tokenShaped), async (candidate) => {
          expect(await authenticateApiKey(database, candidate)).toBeNull();
        }),
        { numRuns: 200 },
      );
    });

    test('records last use at most once a minute', async () => {
      const { db } = database;
      const { key, token } = unwrap(
        await createApiKey(db, { label: 'Busy', role: 'viewer', partnerId: 'cimark' }, ACTOR),
      );
      const lastUsed = async () =>
        (await db.select({ at: apiKeys.lastUsedAt }).from(apiKeys).where(eq(apiKeys.id, key.id)))[0]?.at;
      vi.useFakeTimers({ toFake: ['Date'] });
      const start = new Date('2030-01-01T08:00:00.000Z');
      vi.setSystemTime(start);
      await authenticateApiKey(database, token);
      expect(await lastUsed()).toEqual(start);
      vi.setSystemTime(new Date(start.getTime() + 59_000));
      await authenticateApiKey(database, token);
      expect(await lastUsed()).toEqual(start);
      const later = new Date(start.getTime() + 61_000);
      vi.setSystemTime(later);
      await authenticateApiKey(database, token);
      expect(await lastUsed()).toEqual(later);
    });

    test('listing never shows hashes and filters by partner', async () => {
      const { db } = database;
      const admin = unwrap(
        await createApiKey(db, { label: 'Ops', role: 'admin', partnerId: null }, ACTOR),
      ).key;
      const all = await listApiKeys(db);
      expect(all.length).toBeGreaterThan(1);
      for (const key of all) {
        expect(Object.keys(key).sort()).toEqual(
          ['createdAt', 'id', 'label', 'lastUsedAt', 'partnerId', 'prefix', 'revokedAt', 'role'].sort(),
        );
      }
      const cimark = await listApiKeys(db, { partnerId: 'cimark' });
      expect(cimark.length).toBeGreaterThan(0);
      expect(cimark.every((key) => key.partnerId === 'cimark')).toBe(true);
      const unbound = await listApiKeys(db, { partnerId: null });
      expect(unbound.map((key) => key.id)).toContain(admin.id);
      expect(unbound.every((key) => key.partnerId === null)).toBe(true);
    });

    test('an editor or viewer key must belong to a partner; an admin key need not', async () => {
      const { db } = database;
      for (const role of ['editor', 'viewer'] as const) {
        const refused = await createApiKey(db, { label: 'Orphan', role, partnerId: null }, ACTOR);
        expect(refused.ok ? null : refused.error.code).toBe('validation-failed');
      }
      expect((await createApiKey(db, { label: 'Root', role: 'admin', partnerId: null }, ACTOR)).ok).toBe(
        true,
      );
    });

    test('an unknown partner is refused and nothing is written', async () => {
      const { db } = database;
      const before = (await listApiKeys(db)).length;
      const refused = await createApiKey(db, { label: 'Ghost', role: 'editor', partnerId: 'nowhere' }, ACTOR);
      expect(refused.ok ? null : refused.error).toMatchObject({
        code: 'unknown-partner',
        params: { partnerId: 'nowhere' },
      });
      expect(await listApiKeys(db)).toHaveLength(before);
    });

    test('a bad label or role is refused', async () => {
      const inputs = [
        { label: '', role: 'viewer', partnerId: 'cimark' },
        { label: '   ', role: 'viewer', partnerId: 'cimark' },
        { label: 'x'.repeat(101), role: 'viewer', partnerId: 'cimark' },
        { label: 'Owner', role: 'owner', partnerId: 'cimark' },
      ] as unknown as CreateApiKeyInput[];
      for (const input of inputs) {
        const refused = await createApiKey(database.db, input, ACTOR);
        expect(refused.ok ? null : refused.error.code).toBe('validation-failed');
      }
    });

    test('revoking an unknown key is not-found', async () => {
      for (const name of [randomUUID(), 'zzzzzzzz', 'mbi_zzzzzzzz', 'not a key', '']) {
        const result = await revokeApiKey(database, name, ACTOR);
        expect(result.ok ? null : result.error.code).toBe('not-found');
      }
    });

    test('counts the admin keys that are not revoked', async () => {
      const { db } = database;
      const before = await countActiveAdminKeys(db);
      const { key } = unwrap(
        await createApiKey(db, { label: 'Admin', role: 'admin', partnerId: null }, ACTOR),
      );
      await createApiKey(db, { label: 'Not admin', role: 'editor', partnerId: 'cimark' }, ACTOR);
      expect(await countActiveAdminKeys(db)).toBe(before + 1);
      await revokeApiKey(database, key.id, ACTOR);
      expect(await countActiveAdminKeys(db)).toBe(before);
    });
  });

  describe('users', () => {
    const anna: CreateUserInput = {
      email: '  Anna.Rossi@Chambre.VDA.it ',
      name: 'Anna Rossi',
      password: PASSWORD,
      role: 'editor',
      partnerId: 'chambre-valdotaine',
    };

    test('creates a user with a lower-case email and an scrypt hash of the password', async () => {
      const user = unwrap(await createUser(database.db, anna, ACTOR));
      expect(user).toMatchObject({
        email: 'anna.rossi@chambre.vda.it',
        name: 'Anna Rossi',
        role: 'editor',
        partnerId: 'chambre-valdotaine',
        disabledAt: null,
      });
      expect(Object.keys(user)).not.toContain('passwordHash');
      const [row] = await database.db
        .select({ hash: users.passwordHash })
        .from(users)
        .where(eq(users.id, user.id));
      // scrypt$N$r$p$salt$key with N=16384, r=8, p=1, a 16-byte salt and a 64-byte key, in base64.
      expect(row?.hash).toMatch(/^scrypt\$16384\$8\$1\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{86}==$/);
      expect(row?.hash).not.toContain(PASSWORD);
    });

    test('verifies the right password only, whatever the email case', async () => {
      const { db } = database;
      const principal = await verifyUserPassword(db, 'ANNA.ROSSI@chambre.vda.it', PASSWORD);
      expect(principal).toMatchObject({
        kind: 'user',
        label: 'Anna Rossi',
        role: 'editor',
        partnerId: 'chambre-valdotaine',
      });
      expect(await verifyUserPassword(db, 'anna.rossi@chambre.vda.it', `${PASSWORD}!`)).toBeNull();
      expect(await verifyUserPassword(db, 'anna.rossi@chambre.vda.it', '')).toBeNull();
      expect(await verifyUserPassword(db, 'nobody@chambre.vda.it', PASSWORD)).toBeNull();
      expect(await verifyUserPassword(db, '', PASSWORD)).toBeNull();
    });

    test('a second user with the same email, in any case, is refused', async () => {
      const refused = await createUser(
        database.db,
        { ...anna, email: 'ANNA.ROSSI@CHAMBRE.VDA.IT', name: 'Another Anna' },
        ACTOR,
      );
      expect(refused.ok ? null : refused.error.code).toBe('duplicate-email');
    });

    test('refuses a short password, a bad email, a partnerless editor, an unknown partner', async () => {
      const cases: [Partial<CreateUserInput>, string][] = [
        [{ email: 'short@cimark.ch', password: 'elevenchars' }, 'validation-failed'],
        [{ email: 'not an email' }, 'validation-failed'],
        [{ email: 'orphan@cimark.ch', partnerId: null }, 'validation-failed'],
        [{ email: 'ghost@cimark.ch', partnerId: 'nowhere' }, 'unknown-partner'],
      ];
      for (const [change, code] of cases) {
        const refused = await createUser(database.db, { ...anna, ...change }, ACTOR);
        expect(refused.ok ? null : refused.error.code).toBe(code);
      }
    });

    test('a disabled user can no longer sign in, and their sessions end', async () => {
      const { db } = database;
      const input = { ...anna, email: 'leaving@cimark.ch', partnerId: 'cimark' };
      const user = unwrap(await createUser(db, input, ACTOR));
      const principal = await verifyUserPassword(db, input.email, PASSWORD);
      expect(principal?.id).toBe(user.id);
      if (!principal) return;
      const { token } = await createSession(db, principal);

      const disabled = unwrap(await disableUser(db, user.id, ACTOR));
      expect(disabled.disabledAt).toBeInstanceOf(Date);
      expect(await verifyUserPassword(db, input.email, PASSWORD)).toBeNull();
      expect(await findSession(db, token)).toBeNull();
      expect(unwrap(await disableUser(db, user.id, ACTOR)).disabledAt).toEqual(disabled.disabledAt);
      const missing = await disableUser(db, randomUUID(), ACTOR);
      expect(missing.ok ? null : missing.error.code).toBe('not-found');
    });
  });

  describe('sessions', () => {
    let principal: Principal;
    beforeAll(async () => {
      const input: CreateUserInput = {
        email: 'sessions@ccpmb.fr',
        name: 'Session Tester',
        password: PASSWORD,
        role: 'viewer',
        partnerId: 'cc-pays-mont-blanc',
      };
      unwrap(await createUser(database.db, input, ACTOR));
      const verified = await verifyUserPassword(database.db, input.email, PASSWORD);
      if (!verified) throw new Error('the session user cannot sign in');
      principal = verified;
    });

    test('a created session is found by its token, which is not stored', async () => {
      const { db } = database;
      const before = Date.now();
      const created = await createSession(db, principal, { ttlSeconds: 3600 });
      expect(created.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(created.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(created.expiresAt.getTime()).toBeGreaterThanOrEqual(before + 3_600_000);
      expect(created.expiresAt.getTime()).toBeLessThanOrEqual(Date.now() + 3_600_000);

      expect(await findSession(db, created.token)).toEqual({
        principal,
        csrfToken: created.csrfToken,
        expiresAt: created.expiresAt,
      });
      const rows = await queryRows<Record<string, unknown>>(db, sql`select * from sessions`);
      expect(rows.some((row) => row.id === sha256(created.token))).toBe(true);
      expect(JSON.stringify(rows)).not.toContain(created.token);
    });

    test('lasts 8 hours by default and ends on its expiry (fake clock)', async () => {
      const { db } = database;
      vi.useFakeTimers({ toFake: ['Date'] });
      const start = new Date('2030-03-01T09:00:00.000Z');
      vi.setSystemTime(start);
      const created = await createSession(db, principal);
      expect(created.expiresAt).toEqual(new Date('2030-03-01T17:00:00.000Z'));
      vi.setSystemTime(new Date('2030-03-01T16:59:59.000Z'));
      expect(await findSession(db, created.token)).not.toBeNull();
      vi.setSystemTime(created.expiresAt);
      expect(await findSession(db, created.token)).toBeNull();
      // The expired row was deleted on the way.
      const left = await db
        .select()
        .from(sessions)
        .where(eq(sessions.id, sha256(created.token)));
      expect(left).toEqual([]);
    });

    test('an expired session is not found and is cleaned up', async () => {
      const { db } = database;
      const expired = await createSession(db, principal, { ttlSeconds: 60 });
      const live = await createSession(db, principal, { ttlSeconds: 60 });
      await db
        .update(sessions)
        .set({ expiresAt: new Date(Date.now() - 1000) })
        .where(eq(sessions.id, sha256(expired.token)));
      expect(await deleteExpiredSessions(db)).toBeGreaterThanOrEqual(1);
      expect(
        await db
          .select()
          .from(sessions)
          .where(eq(sessions.id, sha256(expired.token))),
      ).toEqual([]);
      expect(await findSession(db, expired.token)).toBeNull();
      expect(await findSession(db, live.token)).not.toBeNull();
    });

    test('sign-out deletes the session', async () => {
      const { db } = database;
      const { token } = await createSession(db, principal);
      expect(await deleteSession(db, token)).toBe(true);
      expect(await findSession(db, token)).toBeNull();
      expect(await deleteSession(db, token)).toBe(false);
    });

    test('malformed session tokens are refused without querying the database', async () => {
      for (const token of ['', 'x', 'a'.repeat(44), `${'a'.repeat(42)}=`, 'a'.repeat(100_000)]) {
        expect(await findSession(UNREACHABLE_DB, token)).toBeNull();
        expect(await deleteSession(UNREACHABLE_DB, token)).toBe(false);
      }
    });

    test('only a user can open a session', async () => {
      const { key } = unwrap(
        await createApiKey(database.db, { label: 'Robot', role: 'viewer', partnerId: 'cimark' }, ACTOR),
      );
      const robot: Principal = {
        kind: 'api-key',
        id: key.id,
        label: key.label,
        role: 'viewer',
        partnerId: 'cimark',
      };
      await expect(createSession(database.db, robot)).rejects.toThrow(TypeError);
    });
  });

  test('audits key creation and revocation and user creation, with the actor and no secret', async () => {
    const { db } = database;
    const auditor: Principal = {
      kind: 'user',
      id: randomUUID(),
      label: 'Audited Admin',
      role: 'admin',
      partnerId: 'cc-pays-mont-blanc',
    };
    const actor: Actor = { principal: auditor, requestId: 'req-audit' };
    const { key, token } = unwrap(
      await createApiKey(db, { label: 'Audited', role: 'editor', partnerId: 'cc-pays-mont-blanc' }, actor),
    );
    unwrap(await revokeApiKey(database, key.prefix, actor));
    const password = 'a password nobody may read';
    const user = unwrap(
      await createUser(
        db,
        {
          email: 'audited@ccpmb.fr',
          name: 'Audited',
          password,
          role: 'viewer',
          partnerId: 'cc-pays-mont-blanc',
        },
        actor,
      ),
    );

    const rows = await db
      .select()
      .from(auditLog)
      .where(eq(auditLog.requestId, 'req-audit'))
      .orderBy(asc(auditLog.seq));
    expect(
      rows.map(({ actorType, actorId, partnerId, action, resource, resourceId }) => ({
        actorType,
        actorId,
        partnerId,
        action,
        resource,
        resourceId,
      })),
    ).toEqual([
      { ...auditActor(auditor), action: 'create', resource: 'api-key', resourceId: key.id },
      { ...auditActor(auditor), action: 'revoke', resource: 'api-key', resourceId: key.id },
      { ...auditActor(auditor), action: 'create', resource: 'user', resourceId: user.id },
    ]);
    expect(rows[0]?.before).toBeNull();
    expect(rows[0]?.after).toMatchObject({ id: key.id, label: 'Audited', role: 'editor', revokedAt: null });
    expect(rows[1]?.before).toMatchObject({ revokedAt: null });
    expect(rows[1]?.after).toMatchObject({ revokedAt: expect.any(String) });
    expect(rows[2]?.after).toMatchObject({ email: 'audited@ccpmb.fr', role: 'viewer' });

    const [stored] = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, user.id));
    const secrets = [token, token.slice(13), sha256(token), password, stored?.hash ?? 'missing hash'];
    const audited = JSON.stringify(rows);
    for (const secret of secrets) expect(audited).not.toContain(secret);
    expect(audited).not.toMatch(/hash|password|token/i);
  });
});

function auditActor(principal: Principal) {
  return { actorType: principal.kind, actorId: principal.id, partnerId: principal.partnerId };
}
