import { randomBytes } from 'node:crypto';
import type { Principal } from '@mbi/domain';
import { eq, lte } from 'drizzle-orm';
import type { DbExecutor } from '../connection';
import { sha256Hex } from '../internal/hash';
import { storedGrant } from './grants';
import { sessions, users } from './tables';

/**
 * Sessions of signed-in users: the token lives in a cookie and only its SHA-256 is stored; every request reads
 * the session afresh, so an ended session or a disabled user is refused at once by every process.
 */

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
