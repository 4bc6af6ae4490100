import { type ServerType, serve } from '@hono/node-server';
import {
  authenticateApiKey,
  countActiveAdminKeys,
  createApiKey,
  type Database,
  findSession,
  openDatabase,
  readReferenceDataset,
  seedReferenceData,
} from '@mbi/db';
import { ReferenceDatasetSchema } from '@mbi/domain';
import pino, { type Logger } from 'pino';
import { type AuthProvider, createApp } from './app';
import type { Env } from './env';
import { ReferenceCache } from './lib/reference-cache';

/** The principal the server itself acts as (first-start bootstrap). */
export const SYSTEM = {
  kind: 'system',
  id: 'server',
  label: 'mbi server',
  role: 'admin',
  partnerId: null,
} as const;

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
    fromApiKey: (token) => authenticateApiKey(database.db, token),
    fromSession: (token) => findSession(database.db, token),
  };
}

export interface RunningServer {
  readonly url: string;
  readonly server: ServerType;
  readonly database: Database;
  close(): Promise<void>;
}

/**
 * Opens (and on first start creates, migrates and seeds) the database, creates the first admin key when
 * there is none, and serves the API.
 */
export async function startServer(
  env: Env,
  logger: Logger = pino({ level: env.LOG_LEVEL }),
): Promise<RunningServer> {
  const database = await openDatabase({ url: env.DATABASE_URL, dataDir: env.DATA_DIR });
  const reference = await loadReference(database);

  let bootstrapToken: string | null = null;
  if ((await countActiveAdminKeys(database.db)) === 0) {
    const created = await createApiKey(
      database.db,
      { label: 'first admin key (created on first start)', role: 'admin', partnerId: null },
      { principal: SYSTEM },
    );
    if (!created.ok) throw new Error(`Could not create the first admin key: ${created.error.message}`);
    bootstrapToken = created.value.token;
  }

  const app = createApp({
    database,
    reference,
    auth: databaseAuth(database),
    logger,
    corsOrigins: env.CORS_ORIGINS,
    bodyLimitBytes: env.BODY_LIMIT_BYTES,
    rateLimitPerMinute: env.RATE_LIMIT_PER_MINUTE,
    cookieSecure: env.COOKIE_SECURE,
  });

  const server = await new Promise<ServerType>((resolve) => {
    const started = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, () => resolve(started));
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : env.PORT;
  const url = `http://${env.HOST}:${port}`;

  // What a person starting the service needs, on stderr so that JSON logs on stdout stay machine-readable.
  const lines = [
    `Mont-Blanc INNOVATION API on ${url} (database: ${database.engine}, ${database.location})`,
    `  API reference: ${url}/docs   OpenAPI: ${url}/v1/openapi.json`,
    bootstrapToken === null
      ? '  API keys: `mbi keys create --role editor --partner <partner-id> --label "…"` (see README)'
      : `  First admin API key (shown once, store it now): ${bootstrapToken}\n  Use it as: curl -H "Authorization: Bearer <key>" ${url}/v1/establishments`,
  ];
  process.stderr.write(`${lines.join('\n')}\n`);

  return {
    url,
    server,
    database,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await database.close();
    },
  };
}
