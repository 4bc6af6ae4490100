import type { Database } from '@mbi/db';
import type { Locale, Principal } from '@mbi/domain';
import type { Logger } from 'pino';
import type { RateLimiter } from './lib/rate-limit';
import type { ReferenceCache } from './lib/reference-cache';

export type { Principal };

/** Per-request values that middleware sets and handlers read. */
export interface AppVariables {
  requestId: string;
  locale: Locale;
  principal: Principal | null;
  /** The CSRF token of the session, when the caller is a signed-in user. */
  sessionCsrf: string | null;
  /** The largest request body accepted, in bytes. */
  bodyLimit: number;
  /**
   * The headers every answer carries (request id, security, CORS, rate limit), gathered by the middleware in one
   * plain object and written with the answer (`respond()` in `lib/respond.ts`).
   */
  responseHeaders: Record<string, string>;
}

export interface AppEnv {
  Variables: AppVariables;
}

/** How the app recognises callers; wired to `@mbi/db` by the server, replaceable in tests. */
export interface AuthProvider {
  fromApiKey(token: string): Promise<Principal | null>;
  fromSession(token: string): Promise<{ principal: Principal; csrfToken: string } | null>;
}

/** The settings of the app that come from the environment (`env.ts`). */
export interface AppConfig {
  readonly corsOrigins: readonly string[];
  readonly bodyLimitBytes: number;
  readonly cookieSecure: boolean;
  /** The built dashboard served at `/`, or `null` (then `/` says how to build it). */
  readonly dashboardDir: string | null;
}

/**
 * What the app and every resource are built from: `createApp(deps)` passes it to each `createXRoutes(deps)`.
 * Nothing else is shared between requests; state that must hold across processes lives in the database.
 */
export interface AppDeps {
  readonly database: Database;
  readonly reference: ReferenceCache;
  readonly auth: AuthProvider;
  readonly logger: Logger;
  readonly config: AppConfig;
  /** Requests per caller; failed authentications per address. */
  readonly limits: { readonly requests: RateLimiter; readonly authFailures: RateLimiter };
}
