import { createApiKey, createUser, type Database, seedReferenceData } from '@mbi/db';
import { MONT_BLANC_INNOVATION, type Role } from '@mbi/domain';
import pino, { type Logger } from 'pino';
import { createApp } from './app';
import type { AppConfig, AppDeps, AuthProvider } from './context';
import { memoryStore, RateLimiter } from './lib/rate-limit';
import { ReferenceCache } from './lib/reference-cache';
import { databaseAuth } from './server';

/** The base URL of in-process requests (the host is never resolved: requests go to `app.fetch`). */
export const BASE_URL = 'http://mbi.test';

const TEST_SYSTEM = {
  principal: { kind: 'system', id: 'tests', label: 'tests', role: 'admin', partnerId: null },
} as const;

export interface TestAppOptions {
  /** Recognise callers with the database's keys and sessions (default), or recognise nobody. */
  readonly auth?: 'database' | AuthProvider;
  readonly config?: Partial<AppConfig>;
  readonly rateLimitPerMinute?: number;
  readonly authFailuresPerMinute?: number;
  /** The clock of the rate limits (tests move it). */
  readonly now?: () => number;
  /** Where log lines go (silent by default). */
  readonly logger?: Logger;
}

/** The real app in process, over a migrated and seeded database, with what tests need around it. */
export interface TestApp {
  readonly app: ReturnType<typeof createApp>;
  readonly deps: AppDeps;
  /** Hands a request to the app, as `fetch` would hand it to the network (for `@mbi/client` and friends). */
  readonly fetch: (request: Request) => Promise<Response>;
  /** Every request `fetch` received, for checking what a client sent. */
  readonly requests: Request[];
  /** Creates an API key, as `mbi keys create` does, and returns its token. */
  key(role: Role, partnerId: string | null, label?: string): Promise<string>;
  /** Creates a dashboard user with this password. */
  user(email: string, password: string, role: Role, partnerId: string | null): Promise<void>;
}

/**
 * The one way in-process tests build the API: `app.request(…)` or `fetch` against the real app, on a database
 * of `@mbi/db/testing`'s `testEngines()`, with quiet logs, small body limits and generous rate limits.
 *
 * @example
 * const api = await createTestApp(database);
 * const key = await api.key('editor', 'cimark');
 * await api.app.request('/v1/establishments', { headers: { Authorization: `Bearer ${key}` } });
 */
export async function createTestApp(database: Database, options: TestAppOptions = {}): Promise<TestApp> {
  const seeded = await seedReferenceData(database.db);
  const store = memoryStore();
  const clock = options.now === undefined ? {} : { now: options.now };
  const deps: AppDeps = {
    database,
    reference: new ReferenceCache(MONT_BLANC_INNOVATION, seeded.version),
    auth: options.auth === undefined || options.auth === 'database' ? databaseAuth(database) : options.auth,
    logger: options.logger ?? pino({ level: 'silent' }),
    config: {
      corsOrigins: ['https://dashboard.example.org'],
      bodyLimitBytes: 64 * 1024,
      cookieSecure: true,
      dashboardDir: null,
      ...options.config,
    },
    limits: {
      requests: new RateLimiter(options.rateLimitPerMinute ?? 100_000, store, clock),
      authFailures: new RateLimiter(options.authFailuresPerMinute ?? 100_000, store, clock),
    },
  };
  const app = createApp(deps);
  const requests: Request[] = [];
  return {
    app,
    deps,
    requests,
    fetch: async (request) => {
      requests.push(request.clone());
      return app.fetch(request);
    },
    key: async (role, partnerId, label) => {
      const created = await createApiKey(
        database.db,
        { label: label ?? `${role} key`, role, partnerId },
        TEST_SYSTEM,
      );
      if (!created.ok) throw new Error(created.error.message);
      return created.value.token;
    },
    user: async (email, password, role, partnerId) => {
      const created = await createUser(
        database.db,
        { email, name: email, password, role, partnerId },
        TEST_SYSTEM,
      );
      if (!created.ok) throw new Error(created.error.message);
    },
  };
}

/** Reads a problem document and checks the media type on the way. */
export async function problemOf(response: Response): Promise<Record<string, unknown>> {
  const type = response.headers.get('content-type') ?? '';
  if (!type.startsWith('application/problem+json')) {
    throw new Error(`expected a problem document, got ${response.status} ${type}: ${await response.text()}`);
  }
  return (await response.json()) as Record<string, unknown>;
}
