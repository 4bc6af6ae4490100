import { describe, expect, test } from 'vitest';
import type { Change, ChangePage, MbiResult } from './index';
import { createMbiClient, isEstablishmentChange } from './index';

// The feed as a scripted server: each request gets the next answer, and the test reads what was asked.
// (The real API's behaviour is tested in apps/api/src/clients/changes.client.test.ts.)
function scripted(answers: readonly Response[]) {
  const asked: URL[] = [];
  const fetch = async (request: Request) => {
    asked.push(new URL(request.url));
    const answer = answers[asked.length - 1];
    if (answer === undefined) throw new Error(`unexpected request ${request.url}`);
    return answer;
  };
  return { asked, client: createMbiClient({ baseUrl: 'https://api.example.org', apiKey: 'mbi_x', fetch }) };
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });

const change = (id: string, operation: string, version: number | null): Change => ({
  resource: 'establishment',
  id,
  operation,
  version,
  at: '2026-01-05T10:00:00.000Z',
  representation: operation === 'delete' ? null : { id, version },
});

const page = (items: Change[], nextCursor: string, hasMore: boolean): ChangePage => ({
  items,
  nextCursor,
  hasMore,
});

async function drain(iterator: AsyncGenerator<MbiResult<ChangePage>, string | undefined>) {
  const pages: MbiResult<ChangePage>[] = [];
  while (true) {
    const step = await iterator.next();
    if (step.done) return { pages, cursor: step.value };
    pages.push(step.value);
  }
}

describe('listChanges', () => {
  test('sends since, limit and resource as the query, and only those that are set', async () => {
    const { asked, client } = scripted([
      json(page([], 'c0', false), 200, { 'Retry-After': '5' }),
      json(page([], 'c0', false)),
    ]);
    const result = await client.listChanges({ since: 'latest', limit: 10, resource: 'establishment' });
    expect(result.ok && result.value).toEqual({ items: [], nextCursor: 'c0', hasMore: false });
    expect(result.ok && result.response.headers.get('retry-after')).toBe('5');
    expect(asked[0]?.pathname).toBe('/v1/changes');
    expect(Object.fromEntries(asked[0]?.searchParams ?? [])).toEqual({
      since: 'latest',
      limit: '10',
      resource: 'establishment',
    });
    await client.listChanges({ since: undefined });
    expect(asked[1]?.search).toBe('');
  });

  test('a refused cursor is a problem value', async () => {
    const problem = {
      type: 'urn:mbi:problem:validation-failed',
      code: 'validation-failed',
      title: 'Invalid',
      status: 400,
    };
    const { client } = scripted([
      new Response(JSON.stringify(problem), {
        status: 400,
        headers: { 'Content-Type': 'application/problem+json' },
      }),
    ]);
    const result = await client.listChanges({ since: 'forged' });
    expect(result.ok).toBe(false);
    expect(result.ok ? null : result.problem).toEqual(problem);
  });
});

describe('syncChanges', () => {
  test('asks for the next page at once while hasMore, from each nextCursor, and returns the last cursor', async () => {
    const { asked, client } = scripted([
      json(page([change('a', 'create', 1), change('a', 'update', 2)], 'c2', true)),
      json(page([change('a', 'delete', null)], 'c3', false)),
    ]);
    const { pages, cursor } = await drain(client.syncChanges({ since: 'c0', limit: 2 }));
    expect(asked.map((url) => url.searchParams.get('since'))).toEqual(['c0', 'c2']);
    expect(asked.map((url) => url.searchParams.get('limit'))).toEqual(['2', '2']);
    expect(
      pages.flatMap((result) => (result.ok ? result.value.items.map((item) => item.operation) : [])),
    ).toEqual(['create', 'update', 'delete']);
    expect(cursor).toBe('c3');
  });

  test('caught up already: one page, its cursor returned', async () => {
    const { asked, client } = scripted([json(page([], 'c7', false), 200, { 'Retry-After': '5' })]);
    const { pages, cursor } = await drain(client.syncChanges({ since: 'c7' }));
    expect(pages).toHaveLength(1);
    expect(asked).toHaveLength(1);
    expect(cursor).toBe('c7');
  });

  test('stops after a failed page and returns the cursor of the last page read', async () => {
    const problem = {
      type: 'urn:mbi:problem:too-many-requests',
      code: 'too-many-requests',
      title: 'Too many requests',
      status: 429,
    };
    const { asked, client } = scripted([
      json(page([change('a', 'create', 1)], 'c1', true)),
      new Response(JSON.stringify(problem), {
        status: 429,
        headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '30' },
      }),
    ]);
    const { pages, cursor } = await drain(client.syncChanges({ since: 'c0' }));
    expect(asked).toHaveLength(2);
    expect(pages.map((result) => result.ok)).toEqual([true, false]);
    expect(cursor).toBe('c1');
  });

  test('a network failure on the first page: the cursor given is returned (undefined when none was)', async () => {
    const down = createMbiClient({
      baseUrl: 'https://api.example.org',
      fetch: async () => {
        throw new TypeError('fetch failed');
      },
    });
    const given = await drain(down.syncChanges({ since: 'c5' }));
    expect(given.pages.map((result) => (result.ok ? 'ok' : result.problem.code))).toEqual(['network']);
    expect(given.cursor).toBe('c5');
    expect((await drain(down.syncChanges())).cursor).toBeUndefined();
  });

  test('a page claiming more without moving the cursor ends the walk instead of looping', async () => {
    const { asked, client } = scripted([
      json(page([], 'c4', true)),
      json(page([], 'c4', true)),
      json(page([], 'c4', true)),
    ]);
    const { cursor } = await drain(client.syncChanges({ since: 'c3' }));
    expect(asked).toHaveLength(2);
    expect(cursor).toBe('c4');
  });
});

describe('isEstablishmentChange', () => {
  test('narrows establishments’ changes and no others', () => {
    const key: Change = { ...change('k', 'create', null), resource: 'api-key' };
    expect([change('a', 'create', 1), key].map(isEstablishmentChange)).toEqual([true, false]);
  });
});
