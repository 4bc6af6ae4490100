import type { Socket } from 'node:net';
import { fileURLToPath } from 'node:url';
import { type ServerType, serve } from '@hono/node-server';
import {
  authenticateApiKey,
  bootstrapAdminUser,
  countActiveAdminKeys,
  createApiKey,
  type Database,
  type DemoLoadResult,
  declineDemoData,
  demoStatus,
  findSession,
  isEmptyDatabase,
  loadDemoData,
  openDatabase,
  readReferenceDataset,
  seedReferenceData,
} from '@mbi/db';
import { ReferenceDatasetSchema } from '@mbi/domain';
import { Redis } from 'ioredis';
import pino, { type Logger } from 'pino';
import { createApp } from './app';
import type { AppDeps, AuthProvider } from './context';
import type { Env } from './env';
import { buildProblem, message } from './lib/problem';
import { memoryStore, postgresStore, RateLimiter, type RateLimitStore, redisStore } from './lib/rate-limit';
import { ReferenceCache } from './lib/reference-cache';

/** The principal the server itself acts as (first-start bootstrap). */
export const SYSTEM = {
  kind: 'system',
  id: 'server',
  label: 'mbi server',
  role: 'admin',
  partnerId: null,
} as const;

const WINDOW_MS = 60_000;

/**
 * Where the built dashboard is: `DASHBOARD_DIR`, else `apps/dashboard/dist` of the repository, found from this
 * file (`apps/api/dist/*.js` once built, `apps/api/src/*.ts` in development: both two levels below `apps/`).
 */
export function dashboardFolder(env: Pick<Env, 'DASHBOARD_DIR'>): string {
  return env.DASHBOARD_DIR ?? fileURLToPath(new URL('../../dashboard/dist', import.meta.url));
}

/** Reads the seeded reference dataset back from the database, validated. */
async function loadReference(database: Database): Promise<ReferenceCache> {
  const seeded = await seedReferenceData(database.db);
  const document = await readReferenceDataset(database.db);
  const parsed = ReferenceDatasetSchema.safeParse(document?.data);
  if (!parsed.success) {
    throw new Error(`The reference dataset in the database is invalid: ${parsed.error.message}`);
  }
  return new ReferenceCache(parsed.data, document?.version ?? seeded.version);
}

export function databaseAuth(database: Database): AuthProvider {
  return {
    fromApiKey: (token) => authenticateApiKey(database, token),
    fromSession: (token) => findSession(database.db, token),
  };
}

/**
 * The shared state of the rate limits: Redis when `REDIS_URL` is set, else PostgreSQL when the service runs
 * on it (several processes may), else this process's memory (the embedded database has one process).
 */
export function rateLimitStore(
  env: Pick<Env, 'REDIS_URL'>,
  database: Database,
  logger: Logger,
): {
  store: RateLimitStore;
  close: () => Promise<void>;
} {
  if (env.REDIS_URL !== undefined) {
    const redis = new Redis(env.REDIS_URL, {
      maxRetriesPerRequest: 1,
      enableOfflineQueue: false,
      lazyConnect: false,
    });
    redis.on('error', (error: Error) => logger.warn({ error: error.name }, 'redis unreachable'));
    return { store: redisStore(redis, WINDOW_MS), close: async () => void redis.disconnect() };
  }
  if (database.engine === 'postgres')
    return { store: postgresStore(database, WINDOW_MS), close: async () => {} };
  return { store: memoryStore(), close: async () => {} };
}

/** The first admin key, when there is none: created once, printed once. */
async function bootstrapAdminKey(database: Database): Promise<string | null> {
  if ((await countActiveAdminKeys(database.db)) > 0) return null;
  const created = await createApiKey(
    database.db,
    { label: 'first admin key (created on first start)', role: 'admin', partnerId: null },
    { principal: SYSTEM },
  );
  if (!created.ok) throw new Error(`Could not create the first admin key: ${created.error.message}`);
  return created.value.token;
}

/** What a first start created, to print once: the admin key, the admin's sign-in, the demo data. */
export interface Bootstrap {
  readonly adminKey: string | null;
  readonly admin: { readonly email: string; readonly password: string } | null;
  readonly demo: DemoLoadResult | null;
}

/**
 * The first start's work: demo data on an empty embedded database (unless `DEMO_DATA=off`; never with
 * `DATABASE_URL`), the first admin user with a generated password, and the first admin key.
 */
export async function bootstrap(
  database: Database,
  env: Pick<Env, 'DATABASE_URL' | 'DEMO_DATA'>,
): Promise<Bootstrap> {
  let demo: DemoLoadResult | null = null;
  if (
    env.DATABASE_URL === undefined &&
    env.DEMO_DATA === 'auto' &&
    (await demoStatus(database.db)) === null
  ) {
    // Only a new database gets demo data; one that holds data already is recorded as declining it.
    if (await isEmptyDatabase(database.db)) demo = await loadDemoData(database);
    else await declineDemoData(database.db);
  }
  const first = await bootstrapAdminUser(database.db, { principal: SYSTEM });
  return {
    adminKey: await bootstrapAdminKey(database),
    admin: first === null ? null : { email: first.user.email, password: first.password },
    demo,
  };
}

/** What a person starting the service reads on stderr: where it is, how to sign in (once), the demo data. */
export function announcement(url: string, where: string, created: Bootstrap | null): string {
  const lines = [
    `Mont-Blanc INNOVATION API on ${url} (${where})`,
    `  Dashboard: ${url}/   API reference: ${url}/docs   OpenAPI: ${url}/v1/openapi.json`,
  ];
  if (created?.admin) {
    lines.push(
      `  Sign in at ${url}/ as ${created.admin.email} with password ${created.admin.password}; change it after signing in (shown once).`,
    );
  }
  if (created?.demo?.loaded) {
    const { demo } = created;
    const domain = demo.users[0]?.email.split('@')[1] ?? '';
    lines.push(
      `  Demo data loaded: ${demo.establishments} synthetic establishments; demo users viewer.<partner-id>@${domain}`,
      `  and editor.<partner-id>@${domain} (e.g. editor.cimark@${domain}), password ${demo.password}`,
      '  Remove it with `mbi demo remove` (on the embedded database, with the API stopped).',
    );
  }
  lines.push(
    created?.adminKey
      ? `  First admin API key (shown once, store it now): ${created.adminKey}\n  Use it as: curl -H "Authorization: Bearer <key>" ${url}/v1/establishments`
      : '  API keys: `mbi keys create --role editor --partner <partner-id> --label "…"` (see README)',
  );
  return `${lines.join('\n')}\n`;
}

/**
 * Answers what Node's HTTP parser refuses (bad bytes in the request line, duplicate Content-Length, headers
 * too large) with a problem document instead of Node's bare reply.
 */
export function answerClientErrors(server: ServerType): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    if (!socket.writable) {
      socket.destroy();
      return;
    }
    const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
    const timeout = error.code === 'ERR_HTTP_REQUEST_TIMEOUT';
    const problem = buildProblem(tooLarge ? 'header-fields-too-large' : 'bad-request', 'en', {
      // The request's language is unknown here: it was never parsed.
      detail: message(
        tooLarge
          ? 'problem.detail.headersTooLarge'
          : timeout
            ? 'problem.detail.requestTimeout'
            : 'problem.detail.invalidHttp',
      ),
    });
    const body = JSON.stringify(problem);
    const status = timeout
      ? '408 Request Timeout'
      : tooLarge
        ? '431 Request Header Fields Too Large'
        : '400 Bad Request';
    socket.end(
      `HTTP/1.1 ${status}\r\nContent-Type: application/problem+json; charset=utf-8\r\nContent-Language: en\r\nCache-Control: no-store\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}

export interface RunningServer {
  readonly url: string;
  readonly server: ServerType;
  readonly database: Database;
  close(): Promise<void>;
}

export interface StartOptions {
  /** Create the first admin key when there is none and print it (the one process of a deployment that does). */
  readonly bootstrap?: boolean;
  /** Print how to reach the service on stderr. */
  readonly announce?: boolean;
}

/**
 * Opens (and on first start creates, migrates and seeds) the database, creates the first admin key when
 * there is none, and serves the API.
 */
export async function startServer(
  env: Env,
  logger: Logger = pino({ level: env.LOG_LEVEL }),
  options: StartOptions = {},
): Promise<RunningServer> {
  const database = await openDatabase({
    url: env.DATABASE_URL,
    dataDir: env.DATA_DIR,
    poolSize: env.DB_POOL_SIZE,
  });
  const reference = await loadReference(database);
  const created = options.bootstrap === false ? null : await bootstrap(database, env);
  const limits = rateLimitStore(env, database, logger);
  let warned = false;
  const onStoreError = (error: unknown) => {
    if (warned) return;
    warned = true;
    logger.warn(
      { error: error instanceof Error ? error.name : typeof error },
      'rate-limit store unreachable: requests let through',
    );
  };
  const deps: AppDeps = {
    database,
    reference,
    auth: databaseAuth(database),
    logger,
    config: {
      corsOrigins: env.CORS_ORIGINS,
      bodyLimitBytes: env.BODY_LIMIT_BYTES,
      cookieSecure: env.COOKIE_SECURE,
      dashboardDir: dashboardFolder(env),
    },
    limits: {
      requests: new RateLimiter(env.RATE_LIMIT_PER_MINUTE, limits.store, {
        windowMs: WINDOW_MS,
        onStoreError,
      }),
      authFailures: new RateLimiter(env.AUTH_FAILURES_PER_MINUTE, limits.store, {
        windowMs: WINDOW_MS,
        onStoreError,
      }),
    },
  };
  const app = createApp(deps);

  const server = await new Promise<ServerType>((resolve) => {
    const started = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, () => resolve(started));
  });
  answerClientErrors(server);
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : env.PORT;
  const url = `http://${env.HOST}:${port}`;

  if (options.announce !== false) {
    // On stderr, so that JSON logs on stdout stay machine-readable.
    process.stderr.write(announcement(url, `database: ${database.engine}, ${database.location}`, created));
  }

  return {
    url,
    server,
    database,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await limits.close();
      await database.close();
    },
  };
}

/**
 * Prepares a deployment of several processes: migrates and seeds PostgreSQL and creates the first admin key
 * and user once, in the primary, before the workers start. Returns what to print.
 */
export async function prepareDatabase(env: Env): Promise<Bootstrap> {
  const database = await openDatabase({ url: env.DATABASE_URL, dataDir: env.DATA_DIR, poolSize: 1 });
  try {
    await loadReference(database);
    return await bootstrap(database, env);
  } finally {
    await database.close();
  }
}
