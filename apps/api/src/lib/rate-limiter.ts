/** Outcome of one request against its client's budget. */
export interface RateDecision {
  readonly allowed: boolean;
  readonly limit: number;
  readonly remaining: number;
  /** Seconds until the window resets (at least 1). */
  readonly resetSeconds: number;
}

/**
 * Fixed one-minute windows per client (an API key id, a user id, or an address for anonymous calls). In
 * memory: one API process per deployment; a shared store is needed only when several run behind a balancer.
 */
export class RateLimiter {
  readonly #limit: number;
  readonly #windowMs: number;
  readonly #now: () => number;
  readonly #windows = new Map<string, { start: number; count: number }>();

  constructor(limit: number, windowMs = 60_000, now: () => number = Date.now) {
    this.#limit = limit;
    this.#windowMs = windowMs;
    this.#now = now;
  }

  hit(client: string): RateDecision {
    const now = this.#now();
    let window = this.#windows.get(client);
    if (window === undefined || now - window.start >= this.#windowMs) {
      if (this.#windows.size > 100_000) this.#sweep(now);
      window = { start: now, count: 0 };
      this.#windows.set(client, window);
    }
    window.count += 1;
    const resetSeconds = Math.max(1, Math.ceil((window.start + this.#windowMs - now) / 1000));
    return {
      allowed: window.count <= this.#limit,
      limit: this.#limit,
      remaining: Math.max(0, this.#limit - window.count),
      resetSeconds,
    };
  }

  #sweep(now: number): void {
    for (const [client, window] of this.#windows) {
      if (now - window.start >= this.#windowMs) this.#windows.delete(client);
    }
  }
}
