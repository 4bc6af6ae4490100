import { createApp, databaseAuth, ReferenceCache } from '@mbi/api';
import { createApiKey, type Database, seedReferenceData } from '@mbi/db';
import { MONT_BLANC_INNOVATION } from '@mbi/domain';
import pino from 'pino';

/** The base URL the in-process API answers on (the host is never resolved: requests go to `app.fetch`). */
export const BASE_URL = 'http://mbi.test';

const SYSTEM = {
  principal: { kind: 'system', id: 'client-tests', label: 'client tests', role: 'admin', partnerId: null },
} as const;

/** The real API, in process, over a migrated database, with the server's own API key authentication. */
export interface InProcessApi {
  /** Hands a request to the app, as `fetch` would hand it to the network. */
  readonly fetch: (request: Request) => Promise<Response>;
  /** Every request the app received, for checking what the client sent. */
  readonly requests: Request[];
  /** Creates an API key, as `mbi keys create` does. */
  key(role: 'viewer' | 'editor' | 'admin', partnerId: string | null): Promise<string>;
}

export async function startInProcessApi(database: Database): Promise<InProcessApi> {
  const seeded = await seedReferenceData(database.db);
  const app = createApp({
    database,
    reference: new ReferenceCache(MONT_BLANC_INNOVATION, seeded.version),
    auth: databaseAuth(database),
    logger: pino({ level: 'silent' }),
    corsOrigins: [],
    bodyLimitBytes: 64 * 1024,
    rateLimitPerMinute: 10_000,
    cookieSecure: true,
  });
  const requests: Request[] = [];
  return {
    requests,
    fetch: async (request) => {
      requests.push(request.clone());
      return app.fetch(request);
    },
    key: async (role, partnerId) => {
      const created = await createApiKey(database.db, { label: `${role} key`, role, partnerId }, SYSTEM);
      if (!created.ok) throw new Error(created.error.message);
      return created.value.token;
    },
  };
}
