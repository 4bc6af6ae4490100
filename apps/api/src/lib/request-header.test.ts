import type { Context } from 'hono';
import { describe, expect, test } from 'vitest';
import type { AppEnv } from '../context';
import { requestHeader } from './request-header';

const through = (rawHeaders: string[]) =>
  ({ env: { incoming: { rawHeaders } }, req: { header: () => 'from c.req' } }) as unknown as Context<AppEnv>;

describe('requestHeader', () => {
  test('reads Node’s raw headers whatever their case, repeated ones joined as Headers.get does', () => {
    const c = through(['Host', 'x', 'Accept', 'text/csv', 'X-Api-Key', 'a', 'x-api-key', 'b']);
    expect(requestHeader(c, 'accept')).toBe('text/csv');
    expect(requestHeader(c, 'x-api-key')).toBe('a, b');
    expect(
      new Headers([
        ['X-Api-Key', 'a'],
        ['x-api-key', 'b'],
      ]).get('x-api-key'),
    ).toBe('a, b');
    expect(requestHeader(c, 'origin')).toBeUndefined();
  });

  test('in process (no Node request), reads the request itself', () => {
    const c = { env: undefined, req: { header: () => 'from c.req' } } as unknown as Context<AppEnv>;
    expect(requestHeader(c, 'accept')).toBe('from c.req');
  });
});
