import type { Principal } from '@mbi/domain';

/** The PostgreSQL channel on which writes that end access (revocations) are announced to every process. */
export const AUTH_CHANNEL = 'mbi_auth';

/**
 * What one open database remembers between calls, so that a burst of requests with one API key costs one
 * lookup. It belongs to its `Database` (never to the module): two databases in one process never share it.
 *
 * A revocation empties every process's memory at once: the revoking transaction sends `NOTIFY mbi_auth`, which
 * each process listening on PostgreSQL receives at commit; and no entry is kept longer than
 * {@link PRINCIPAL_TTL_MS}, so that even a lost notification delays a revocation by one second at most.
 */
export class DatabaseMemory {
  readonly #principals = new Map<string, { principal: Principal; until: number }>();
  /** When this process last wrote `last_used_at`, per key id. */
  readonly keyUse = new Map<string, number>();
  readonly #slots = new Map<string, unknown>();
  #listening: Promise<void> | null = null;
  readonly #listen: ((onNotify: () => void) => Promise<void>) | null;

  constructor(listen: ((onNotify: () => void) => Promise<void>) | null) {
    this.#listen = listen;
  }

  /** Starts listening for revocations of other processes (once; a no-op on the one-process PGlite). */
  listen(): Promise<void> {
    if (this.#listening === null) {
      this.#listening =
        this.#listen === null
          ? Promise.resolve()
          : this.#listen(() => this.forgetPrincipals()).catch(() => {
              // Without the channel the one-second lifetime of entries still bounds a revocation's delay.
              this.#listening = null;
            });
    }
    return this.#listening;
  }

  principal(hash: string, now = Date.now()): Principal | undefined {
    const entry = this.#principals.get(hash);
    if (entry === undefined) return undefined;
    if (entry.until <= now) {
      this.#principals.delete(hash);
      return undefined;
    }
    return entry.principal;
  }

  rememberPrincipal(hash: string, principal: Principal, now = Date.now()): void {
    if (this.#principals.size >= PRINCIPAL_MAX) this.#principals.clear();
    this.#principals.set(hash, { principal, until: now + PRINCIPAL_TTL_MS });
  }

  forgetPrincipals(): void {
    this.#principals.clear();
  }

  /**
   * What a module of this package keeps for this database (rendered statements, counts by data version),
   * created on first use: it lives and dies with the database, and two databases never share it.
   */
  slot<T>(name: string, create: () => T): T {
    let value = this.#slots.get(name) as T | undefined;
    if (value === undefined) {
      value = create();
      this.#slots.set(name, value);
    }
    return value;
  }
}

/** How long a valid key is remembered: the longest a revocation can take to reach every process. */
export const PRINCIPAL_TTL_MS = 1_000;
const PRINCIPAL_MAX = 10_000;
