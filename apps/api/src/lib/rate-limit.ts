import { type Database, deleteRateLimitWindows, reserveRequests } from '@mbi/db';

/** Outcome of one request against its client's budget. */
export interface RateDecision {
  readonly allowed: boolean;
  readonly limit: number;
  readonly remaining: number;
  /** Seconds until the window resets (at least 1). */
  readonly resetSeconds: number;
}

/** Where the requests of a window are counted: in this process, in PostgreSQL or in Redis. */
export interface RateLimitStore {
  /** Whether several processes see the same counts (then requests are reserved a few at a time). */
  readonly shared: boolean;
  /** Reserves `count` requests of `bucket` in the window starting at `windowStart`; returns how many were used before. */
  reserve(bucket: string, windowStart: number, count: number): Promise<number>;
  /** The same, at once, for a store in this process's memory (no round trip to wait for). */
  reserveNow?(bucket: string, windowStart: number, count: number): number;
}

/** Counts in this process: for the embedded database, which one process holds. */
export function memoryStore(): RateLimitStore {
  const windows = new Map<string, { windowStart: number; used: number }>();
  const reserveNow = (bucket: string, windowStart: number, count: number): number => {
    let entry = windows.get(bucket);
    if (entry === undefined || entry.windowStart !== windowStart) {
      if (windows.size > 100_000) {
        for (const [key, value] of windows) if (value.windowStart < windowStart) windows.delete(key);
      }
      entry = { windowStart, used: 0 };
      windows.set(bucket, entry);
    }
    const before = entry.used;
    entry.used += count;
    return before;
  };
  return {
    shared: false,
    reserve: async (bucket, windowStart, count) => reserveNow(bucket, windowStart, count),
    reserveNow,
  };
}

/** Counts in PostgreSQL (`rate_limits`), shared by every API process on the database. */
export function postgresStore(database: Database, windowMs: number): RateLimitStore {
  let sweptWindow = 0;
  return {
    shared: true,
    reserve: async (bucket, windowStart, count) => {
      if (windowStart !== sweptWindow) {
        sweptWindow = windowStart;
        // Windows two periods old can no longer be asked for; forgetting them keeps the table small.
        void deleteRateLimitWindows(database.db, windowStart - 2 * windowMs).catch(() => {});
      }
      return reserveRequests(database.db, bucket, windowStart, count);
    },
  };
}

/** The commands of a Redis client that the Redis store uses (as `ioredis` provides them). */
export interface RedisLike {
  multi(): {
    incrby(key: string, increment: number): unknown;
    pexpire(key: string, milliseconds: number): unknown;
    exec(): Promise<[Error | null, unknown][] | null>;
  };
}

/** Counts in Redis (`REDIS_URL`), shared by every API process that uses it: INCRBY, expiring with the window. */
export function redisStore(redis: RedisLike, windowMs: number): RateLimitStore {
  return {
    shared: true,
    reserve: async (bucket, windowStart, count) => {
      const transaction = redis.multi();
      transaction.incrby(`mbi:rate:${bucket}:${windowStart}`, count);
      transaction.pexpire(`mbi:rate:${bucket}:${windowStart}`, 2 * windowMs);
      const replies = await transaction.exec();
      const [error, used] = replies?.[0] ?? [new Error('no reply from Redis'), null];
      if (error !== null) throw error;
      return Number(used) - count;
    },
  };
}

interface Bucket {
  windowStart: number;
  /** Requests reserved by this process and not yet spent. */
  available: number;
  /** Requests of the window reserved by all processes, as of this process's last reservation. */
  reserved: number;
  /** The window's limit is reached: refuse without asking the store again. */
  exhausted: boolean;
  pending: Promise<void> | null;
}

export interface RateLimiterOptions {
  readonly windowMs?: number;
  readonly now?: () => number;
  /** Called once when the store cannot be reached (requests are then let through). */
  readonly onStoreError?: (error: unknown) => void;
}

/**
 * Fixed windows per client (an API key id, a user id, or an address). With a shared store each process
 * reserves requests a few at a time — many while the client is far from its limit, one at a time near it —
 * so that a busy client costs one store round trip per batch and the limit still holds over all processes:
 * the store's count never lets more than `limit` requests through in a window.
 */
export class RateLimiter {
  readonly limit: number;
  readonly #store: RateLimitStore;
  readonly #windowMs: number;
  readonly #now: () => number;
  readonly #onStoreError: (error: unknown) => void;
  readonly #buckets = new Map<string, Bucket>();

  constructor(limit: number, store: RateLimitStore, options: RateLimiterOptions = {}) {
    this.limit = limit;
    this.#store = store;
    this.#windowMs = options.windowMs ?? 60_000;
    this.#now = options.now ?? Date.now;
    this.#onStoreError = options.onStoreError ?? (() => {});
  }

  /** Counts one request of `client` and says whether it may go through. */
  async hit(client: string): Promise<RateDecision> {
    return this.take(client);
  }

  /**
   * {@link hit} without waiting when it need not: the decision itself while this process holds reserved
   * requests of the client (or knows it exhausted, or counts in memory), a promise only when it must ask the
   * shared store for more.
   */
  take(client: string): RateDecision | Promise<RateDecision> {
    const now = this.#now();
    const bucket = this.#bucket(client, now);
    if (bucket.available === 0 && !bucket.exhausted && bucket.pending === null && this.#store.reserveNow) {
      this.#grant(bucket, 1, this.#store.reserveNow(client, bucket.windowStart, 1));
    }
    if (bucket.available > 0) {
      bucket.available -= 1;
      return this.#decision(bucket, true, now);
    }
    if (bucket.exhausted) return this.#decision(bucket, false, now);
    return this.#wait(client);
  }

  async #wait(client: string): Promise<RateDecision> {
    for (;;) {
      const now = this.#now();
      const bucket = this.#bucket(client, now);
      if (bucket.available > 0) {
        bucket.available -= 1;
        return this.#decision(bucket, true, now);
      }
      if (bucket.exhausted) return this.#decision(bucket, false, now);
      if (bucket.pending === null) {
        bucket.pending = this.#reserve(client, bucket).finally(() => {
          bucket.pending = null;
        });
      }
      await bucket.pending;
    }
  }

  /** Whether `client` has used its whole window, as far as this process knows (no store round trip). */
  isExhausted(client: string): boolean {
    const bucket = this.#buckets.get(client);
    const windowStart = this.#windowStart(this.#now());
    return (
      bucket !== undefined && bucket.windowStart === windowStart && bucket.exhausted && bucket.available === 0
    );
  }

  #windowStart(now: number): number {
    return Math.floor(now / this.#windowMs) * this.#windowMs;
  }

  #bucket(client: string, now: number): Bucket {
    const windowStart = this.#windowStart(now);
    let bucket = this.#buckets.get(client);
    if (bucket === undefined || bucket.windowStart !== windowStart) {
      if (this.#buckets.size > 100_000) {
        for (const [key, value] of this.#buckets)
          if (value.windowStart < windowStart) this.#buckets.delete(key);
      }
      bucket = { windowStart, available: 0, reserved: 0, exhausted: false, pending: null };
      this.#buckets.set(client, bucket);
    }
    return bucket;
  }

  async #reserve(client: string, bucket: Bucket): Promise<void> {
    // A sixteenth of what seems left, at most 100, at least 1: unused reservations of a process are lost at
    // the window's end, so they shrink to single requests as the limit nears.
    const left = this.limit - bucket.reserved;
    const count = this.#store.shared ? Math.max(1, Math.min(100, Math.floor(left / 16))) : 1;
    let before: number;
    try {
      before = await this.#store.reserve(client, bucket.windowStart, count);
    } catch (error) {
      this.#onStoreError(error);
      bucket.available += 1;
      return;
    }
    this.#grant(bucket, count, before);
  }

  #grant(bucket: Bucket, count: number, before: number): void {
    const granted = Math.max(0, Math.min(count, this.limit - before));
    bucket.reserved = before + count;
    bucket.available += granted;
    if (granted < count) bucket.exhausted = true;
  }

  #decision(bucket: Bucket, allowed: boolean, now: number): RateDecision {
    const spent = Math.min(this.limit, bucket.reserved - bucket.available);
    return {
      allowed,
      limit: this.limit,
      remaining: allowed ? Math.max(0, this.limit - spent) : 0,
      resetSeconds: Math.max(1, Math.ceil((bucket.windowStart + this.#windowMs - now) / 1000)),
    };
  }
}
