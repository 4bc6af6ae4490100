import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Database } from '../connection';
import { testEngines } from '../testing';
import { deleteRateLimitWindows, reserveRequests } from './store';

describe.each(testEngines())('shared rate-limit windows on $name', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await engine.open();
  });
  afterAll(async () => {
    await database.close();
  });

  test('each reservation sees the requests reserved before it, per client and window', async () => {
    const window = 1_800_000_000_000;
    expect(await reserveRequests(database.db, 'api-key:a', window, 5)).toBe(0);
    expect(await reserveRequests(database.db, 'api-key:a', window, 1)).toBe(5);
    expect(await reserveRequests(database.db, 'api-key:a', window, 3)).toBe(6);
    // Another client, and the next window, start from nothing.
    expect(await reserveRequests(database.db, 'api-key:b', window, 1)).toBe(0);
    expect(await reserveRequests(database.db, 'api-key:a', window + 60_000, 1)).toBe(0);
  });

  test('concurrent reservations never see the same count (atomic increments)', async () => {
    const window = 1_800_000_060_000;
    const seen = await Promise.all(
      Array.from({ length: 20 }, () => reserveRequests(database.db, 'address:192.0.2.1', window, 1)),
    );
    expect([...seen].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });

  test('old windows are forgotten', async () => {
    await reserveRequests(database.db, 'old', 1_000, 1);
    expect(await deleteRateLimitWindows(database.db, 2_000)).toBeGreaterThanOrEqual(1);
    expect(await reserveRequests(database.db, 'old', 1_000, 1)).toBe(0);
  });
});
