import { createApiKey, type Database } from '@mbi/db';
import { testEngines } from '@mbi/db/testing';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from './testing';

// Throws random paths, query strings, headers and bodies at every operation of the OpenAPI document and
// checks the promise of the API: never a 5xx, and every error is a valid RFC 9457 problem document.

// Hostile text: any code unit (control characters, NUL, lone surrogates), and known troublemakers.
const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.string({
    unit: fc.integer({ min: 0, max: 0x1f }).map((code) => String.fromCharCode(code)),
    maxLength: 5,
  }),
  fc.constantFrom(
    '\ud800',
    'a\udfffb',
    '\u0085',
    '\u007f',
    '0000-01-01',
    '%ff%fe',
    '%00',
    '\u202e',
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
  // Truncated, nested and oversized bodies (the test app accepts 64 KiB).
  fc.constantFrom(
    '{',
    '[',
    '"',
    '{"a":',
    '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[',
    'null',
    '1e999',
  ),
  fc.nat({ max: 3 }).map((n) => `{"name": "${'x'.repeat(30_000 * (n + 1))}"}`),
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
        openedOn: fc.constantFrom(
          '2020-01-01',
          '2020-02-30',
          'x',
          '0000-01-01',
          '0001-01-01',
          '9999-12-31',
          '10000-01-01',
        ),
        label: text,
        role: fc.constantFrom('viewer', 'editor', 'admin', 'root'),
        partnerId: fc.oneof(text, fc.constantFrom('cimark', null)),
        email: text,
        password: text,
      },
      { requiredKeys: [] },
    )
    .map((value) => JSON.stringify(value)),
);

/** Percent-encodes a path value; a lone surrogate, which has no UTF-8, goes as the bytes of its code point. */
function encodePathValue(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return '%ED%A0%80';
  }
}

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

describe.each(testEngines())('fuzzing every operation on $name', (engine) => {
  let database: Database;
  let app: TestApp['app'];
  let adminKey = '';
  let operations: { method: string; path: string; query: string[] }[] = [];

  beforeAll(async () => {
    database = await engine.open();
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

  test('no operation answers 5xx or a malformed error, whatever it is sent', async () => {
    expect(operations.length).toBeGreaterThan(10);
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: 1000 }),
        fc.dictionary(
          fc.constantFrom(
            'lang',
            'format',
            'limit',
            'offset',
            'cursor',
            'q',
            'filiere',
            'scheme',
            'territory',
            'partner',
            'since',
            'resource',
            'x',
          ),
          text,
          { maxKeys: 4 },
        ),
        fc.array(text, { minLength: 3, maxLength: 3 }),
        body,
        fc.boolean(),
        fc.constantFrom(
          'application/json',
          'text/plain',
          'application/json; charset=utf-8',
          'application/json ; charset=UTF-8',
          'application/json;',
          'application/json; charset=latin1',
          'application/merge-patch+json',
          'multipart/form-data; boundary=x',
          '',
        ),
        // Odd but valid headers.
        fc.record(
          {
            'Accept-Language': fc.constantFrom(
              '*',
              'it-CH;q=0.9, de;q=0.8',
              'xx',
              'fr-CH',
              ';;;',
              'de-DE-1996',
            ),
            Accept: fc.constantFrom(
              '*/*',
              'text/csv',
              'application/xml',
              'text/csv;q=0, application/json',
              '',
            ),
            'If-None-Match': fc.constantFrom('*', 'W/"x"', '"a", "b"', 'garbage'),
            'X-Request-Id': text.filter((value) => /^[\x20-\x7e]*$/.test(value)),
            Origin: fc.constantFrom('https://dashboard.example.org', 'null', 'https://evil.example'),
          },
          { requiredKeys: [] },
        ),
        async (pick, queryValues, pathValues, payload, authenticated, contentType, extraHeaders) => {
          const operation = operations[pick % operations.length];
          if (operation === undefined) return;
          let index = 0;
          const path = operation.path.replace(/\{[^}]+\}/g, () => encodePathValue(pathValues[index++] ?? ''));
          const query = new URLSearchParams(Object.entries(queryValues)).toString();
          const headers: Record<string, string> = { 'If-Match': '"x.1"', ...extraHeaders };
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
      { numRuns: 600 },
    );
  });
});
