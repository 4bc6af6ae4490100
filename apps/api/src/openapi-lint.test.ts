import { type Database, openDatabase } from '@mbi/db';
import { BaseResolver, createConfig, lintFromString, type NormalizedProblem } from '@redocly/openapi-core';
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { createTestApp } from './testing';

/**
 * The document `/v1/openapi.json` serves must be accepted by the tools partners feed it to: Redocly's
 * `recommended` ruleset (bundled with `@redocly/openapi-core`, so the lint runs offline), and JSON Schema
 * validators and code generators, which read each `pattern` as an ECMA-262 regex without flags.
 */

/**
 * Warnings of the recommended ruleset that are accepted, each with its reason (`ruleId` → why). None today:
 * a new warning fails the test until it is fixed at its source or listed here with a reason.
 */
const ACCEPTED_WARNINGS: Readonly<Record<string, string>> = {};

let database: Database;
let source: string;

beforeAll(async () => {
  database = await openDatabase({ dataDir: 'memory://' });
  const { app } = await createTestApp(database);
  const response = await app.request('/v1/openapi.json');
  expect(response.status).toBe(200);
  source = await response.text();
});
afterAll(async () => {
  await database.close();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const describeProblem = (problem: NormalizedProblem) =>
  `${problem.severity} ${problem.ruleId} at ${problem.location.map((place) => place.pointer).join(', ')}: ${problem.message}`;

describe('the served OpenAPI document', () => {
  test('passes Redocly’s recommended lint, without asking the network for anything', async () => {
    const fetched: string[] = [];
    // Every remote `$ref` or config Redocly would load goes through this fetch; there must be none.
    const resolver = new BaseResolver({
      http: {
        headers: [],
        customFetch: (url: string) => {
          fetched.push(url);
          return Promise.reject(new Error(`The lint must not fetch ${url}`));
        },
      },
    });
    // And the global fetch, in case anything else in the library reached for the network.
    vi.stubGlobal('fetch', (input: unknown) => {
      fetched.push(String(input));
      return Promise.reject(new Error('The lint must not use the network'));
    });
    const config = await createConfig({ extends: ['recommended'] }, { externalRefResolver: resolver });
    const problems = await lintFromString({
      source,
      absoluteRef: '/v1/openapi.json',
      config,
      externalRefResolver: resolver,
    });

    expect(fetched).toEqual([]);
    const errors = problems.filter((problem) => problem.severity === 'error');
    expect(errors.map(describeProblem)).toEqual([]);
    const unexplained = problems.filter(
      (problem) => problem.severity === 'warn' && ACCEPTED_WARNINGS[problem.ruleId] === undefined,
    );
    expect(unexplained.map(describeProblem)).toEqual([]);
  });

  test('the lint does find errors (a document missing what the ruleset requires fails it)', async () => {
    // A guard that the ruleset really runs: a path with a trailing slash and an operation with no
    // summary, 4xx answer or operationId are what Redocly's recommended ruleset reports (its rule list).
    const broken = JSON.stringify({
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      paths: { '/things/': { get: { responses: { 200: { description: 'ok' } } } } },
    });
    const config = await createConfig({ extends: ['recommended'] });
    const ruleIds = (await lintFromString({ source: broken, absoluteRef: '/broken.json', config })).map(
      (problem) => problem.ruleId,
    );
    expect(ruleIds).toEqual(
      expect.arrayContaining(['no-path-trailing-slash', 'operation-summary', 'info-license']),
    );
  });

  test('every `pattern` is a flag-free ECMA-262 regex that compiles in `u` mode', () => {
    const patterns: { where: string; pattern: unknown }[] = [];
    // Arrays too: their entries are keyed by index. A property *named* `pattern` is an object, not a regex.
    const collect = (node: unknown, where: string): void => {
      if (typeof node !== 'object' || node === null) return;
      for (const [key, value] of Object.entries(node)) {
        if (key === 'pattern' && typeof value !== 'object') patterns.push({ where, pattern: value });
        else collect(value, `${where}/${key}`);
      }
    };
    collect(JSON.parse(source), '#');
    // The document has patterns (amounts, rates, ids, months, codes): the check below is not vacuous.
    expect(patterns.length).toBeGreaterThan(10);
    for (const { where, pattern } of patterns) {
      expect(typeof pattern, where).toBe('string');
      // A regex published with its flags (`^\d+[a-z]?$/i`) ends with a slash and letters.
      expect(pattern, where).not.toMatch(/\/[dgimsuvy]*$/);
      expect(() => new RegExp(String(pattern), 'u'), `${where}: ${String(pattern)}`).not.toThrow();
    }
  });

  test('the programme’s investment priority pattern accepts the API’s own answer "1B"', () => {
    const path =
      'components/schemas/Project/properties/programme/properties/investmentPriority/properties/code';
    const code = path
      .split('/')
      .reduce<unknown>(
        (node, key) => (node as Record<string, unknown> | undefined)?.[key],
        JSON.parse(source),
      );
    const { pattern } = code as { pattern: string };
    // ALCOTRA 2014–2020, investment priority 1b (the project's reference dataset writes it "1B").
    expect(new RegExp(pattern, 'u').test('1B')).toBe(true);
  });
});
