import { describe, expect, test } from 'vitest';
import { memoryStore, RateLimiter, type RateLimitStore } from './rate-limit';

/** A store shared by several limiters (as PostgreSQL or Redis would be), counting its round trips. */
function sharedStore(): RateLimitStore & { trips: number } {
  const memory = memoryStore();
  const store = {
    shared: true,
    trips: 0,
    reserve: async (bucket: string, windowStart: number, count: number) => {
      store.trips += 1;
      return memory.reserve(bucket, windowStart, count);
    },
  };
  return store;
}

describe('RateLimiter.take', () => {
  test('in memory, decides at once and refuses past the limit', () => {
    const limiter = new RateLimiter(3, memoryStore(), { now: () => 0 });
    const decisions = [1, 2, 3, 4].map(() => limiter.take('key:a'));
    expect(decisions.every((decision) => !(decision instanceof Promise))).toBe(true);
    expect(decisions.map((decision) => (decision as { allowed: boolean }).allowed)).toEqual([
      true,
      true,
      true,
      false,
    ]);
    expect(limiter.take('key:b')).toMatchObject({ allowed: true, remaining: 2 });
  });

  test('with a shared store, waits for a batch, then decides at once while the batch lasts', async () => {
    const store = sharedStore();
    const limiter = new RateLimiter(1_600, store, { now: () => 0 });
    const first = limiter.take('key:a');
    expect(first).toBeInstanceOf(Promise);
    expect(await first).toMatchObject({ allowed: true });
    const next = limiter.take('key:a');
    expect(next).not.toBeInstanceOf(Promise);
    expect(next).toMatchObject({ allowed: true });
    expect(store.trips).toBe(1);
  });

  test('two processes on one shared store never let more than the limit through', async () => {
    const store = sharedStore();
    const limiters = [0, 1].map(() => new RateLimiter(50, store, { now: () => 0 }));
    let allowed = 0;
    for (let request = 0; request < 200; request += 1) {
      const decision = await limiters[request % 2]?.take('key:a');
      if (decision?.allowed) allowed += 1;
    }
    expect(allowed).toBeLessThanOrEqual(50);
    expect(allowed).toBeGreaterThan(40);
  });
});
