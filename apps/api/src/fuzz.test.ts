import { createApiKey, type Database, openDatabase } from '@mbi/db';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createTestApp, type TestApp } from './testing';

// Throws random paths, query strings, headers and bodies at every operation of the OpenAPI document and
// checks the promise of the API: never a 5xx, and every error is a valid RFC 9457 problem document.

let database: Database;
let app: TestApp['app'];
let adminKey = '';
let operations: { method: string; path: string; query: string[] }[] = [];

beforeAll(async () => {
  database = await openDatabase({ dataDir: 'memory://' });
  app = (await createTestApp(database)).app;
  const key = await createApiKey(
    database.db,
    { label: 'fuzz', role: 'admin', partnerId: null },
    { principal: { kind: 'system', id: 'fuzz', label: 'fuzz', role: 'admin', partnerId: null } },
  );
  if (!key.ok) throw new Error(key.error.message);
  adminKey = key.value.token;
  const doc = (await (await app.request('/v1/openapi.json')).json()) as {
    paths: Record<string, Record<string, { parameters?: { in: string; name: string }[] }>>;
  };
  operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({
      method: method.toUpperCase(),
      path,
      query: (operation.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
    })),
  );
});
afterAll(async () => {
  await database.close();
});

const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '%',
    '%00',
    '..',
    '../../etc/passwd',
    '\u0000',
    'null',
    '-1',
    '1e309',
    'NaN',
    '🏔️',
    "' or 1=1 --",
  ),
);
const body = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)),
  fc.string({ maxLength: 200 }),
  fc.constant('{"eligible": "1",'),
  fc
    .record(
      {
        eligible: fc.oneof(text, fc.integer()),
        rate: fc.oneof(text, fc.double()),
        country: fc.constantFrom('FR', 'IT', 'CH', 'XX'),
        nationalIdentifier: text,
        name: text,
        activityCode: text,
        activityCodeScheme: fc.constantFrom('naf', 'ateco', 'noga', 'nace', 'x'),
        territoryUnitCode: text,
        sizeBand: fc.constantFrom('NN', '00', '53', '99'),
        status: fc.constantFrom('active', 'closed', 'x'),
        openedOn: fc.constantFrom('2020-01-01', '2020-02-30', 'x'),
      },
      { requiredKeys: [] },
    )
    .map((value) => JSON.stringify(value)),
);

function isProblem(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const problem = value as Record<string, unknown>;
  return (
    typeof problem.type === 'string' &&
    typeof problem.title === 'string' &&
    problem.title !== '' &&
    typeof problem.status === 'number' &&
    typeof problem.code === 'string'
  );
}

test('no operation answers 5xx or a malformed error, whatever it is sent', async () => {
  expect(operations.length).toBeGreaterThan(10);
  await fc.assert(
    fc.asyncProperty(
      fc.nat({ max: 1000 }),
      fc.dictionary(
        fc.constantFrom('lang', 'format', 'limit', 'offset', 'cursor', 'q', 'filiere', 'scheme', 'x'),
        text,
        { maxKeys: 4 },
      ),
      fc.array(text, { minLength: 3, maxLength: 3 }),
      body,
      fc.boolean(),
      fc.constantFrom('application/json', 'text/plain', 'application/json; charset=utf-8', ''),
      async (pick, queryValues, pathValues, payload, authenticated, contentType) => {
        const operation = operations[pick % operations.length];
        if (operation === undefined) return;
        let index = 0;
        const path = operation.path.replace(/\{[^}]+\}/g, () =>
          encodeURIComponent(pathValues[index++] ?? ''),
        );
        const query = new URLSearchParams(Object.entries(queryValues)).toString();
        const headers: Record<string, string> = { 'If-Match': '"x.1"' };
        if (contentType !== '') headers['Content-Type'] = contentType;
        if (authenticated) headers.Authorization = `Bearer ${adminKey}`;
        const hasBody = operation.method !== 'GET' && operation.method !== 'HEAD';
        const response = await app.request(`${path}${query === '' ? '' : `?${query}`}`, {
          method: operation.method,
          headers,
          ...(hasBody ? { body: payload } : {}),
        });
        expect(response.status, `${operation.method} ${path}?${query} → ${response.status}`).toBeLessThan(
          500,
        );
        if (response.status >= 400) {
          expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
          expect(isProblem(await response.json())).toBe(true);
        }
      },
    ),
    { numRuns: 400 },
  );
});
