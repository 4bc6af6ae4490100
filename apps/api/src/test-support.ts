import { type Database, seedReferenceData } from '@mbi/db';
import { MONT_BLANC_INNOVATION } from '@mbi/domain';
import pino from 'pino';
import { type AppOptions, type AuthProvider, createApp } from './app';
import { ReferenceCache } from './lib/reference-cache';

/** An app over a given database, with quiet logs and small limits that tests can reach. */
export async function buildTestApp(database: Database, overrides: Partial<AppOptions> = {}) {
  const seeded = await seedReferenceData(database.db);
  const noAuth: AuthProvider = { fromApiKey: async () => null, fromSession: async () => null };
  const options: AppOptions = {
    database,
    reference: new ReferenceCache(MONT_BLANC_INNOVATION, seeded.version),
    auth: noAuth,
    logger: pino({ level: 'silent' }),
    corsOrigins: ['https://dashboard.example.org'],
    bodyLimitBytes: 64 * 1024,
    rateLimitPerMinute: 10_000,
    cookieSecure: true,
    ...overrides,
  };
  return createApp(options);
}

/** Reads a problem document and checks the media type on the way. */
export async function problemOf(response: Response): Promise<Record<string, unknown>> {
  const type = response.headers.get('content-type') ?? '';
  if (!type.startsWith('application/problem+json')) {
    throw new Error(`expected a problem document, got ${response.status} ${type}: ${await response.text()}`);
  }
  return (await response.json()) as Record<string, unknown>;
}
