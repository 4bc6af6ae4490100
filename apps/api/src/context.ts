import type { Principal } from '@mbi/db';
import type { Locale } from '@mbi/domain';
import type { Logger } from 'pino';

export type { Principal };

/** Per-request values that middleware sets and handlers read. */
export interface AppVariables {
  requestId: string;
  locale: Locale;
  logger: Logger;
  principal: Principal | null;
  /** The CSRF token of the session, when the caller is a signed-in user. */
  sessionCsrf: string | null;
}

export interface AppEnv {
  Variables: AppVariables;
}
