import { type Database, openDatabase } from '@mbi/db';
import { siretFor } from '@mbi/db/testing';
import { LOCALES, PARTNER_IDS } from '@mbi/domain';
import type { ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from './testing';

/**
 * Every answer of the API must be valid against the document it publishes, read by an independent JSON
 * Schema validator (Ajv, draft 2020-12 as OpenAPI 3.1 uses it, with `ajv-formats`): the answer of each
 * reference resource, establishments, the change feed and problem documents, in each of the four languages.
 * When a route's answer and its declared schema drift apart, this fails, whichever of the two moved.
 */

const DOCUMENT_ID = 'https://mbi.test/v1/openapi.json';

/** JSON pointer escaping (RFC 6901): `~` → `~0`, `/` → `~1`. */
const escapePointer = (segment: string) => segment.replaceAll('~', '~0').replaceAll('/', '~1');

let database: Database;
let api: TestApp;
let document: Record<string, unknown>;
let ajv: Ajv2020;
let admin: string;
let editor: string;
let viewer: string;

beforeAll(async () => {
  database = await openDatabase({ dataDir: 'memory://' });
  api = await createTestApp(database);
  document = (await (await api.app.request('/v1/openapi.json')).json()) as Record<string, unknown>;
  ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  // Keywords the OpenAPI 3.1 dialect adds to JSON Schema (annotations, nothing to validate).
  ajv.addVocabulary(['example', 'discriminator', 'xml', 'externalDocs']);
  // Each component under its own address in the document, so that `#/components/schemas/…` references
  // (resolved against the document's address) find it; the document itself is not a schema.
  const components = (document.components as { schemas: Record<string, object> }).schemas;
  for (const [name, schema] of Object.entries(components)) {
    ajv.addSchema(schema, `${DOCUMENT_ID}#/components/schemas/${escapePointer(name)}`);
  }
  admin = await api.key('admin', null);
  editor = await api.key('editor', 'cc-vallee-chamonix');
  viewer = await api.key('viewer', 'cimark');
});
afterAll(async () => {
  await database.close();
});

/** The validator of what the document declares for this operation, status and media type. */
function validatorFor(template: string, method: string, status: number, mediaType: string): ValidateFunction {
  const path = ['paths', template, method, 'responses', String(status), 'content', mediaType, 'schema'];
  const key = `${DOCUMENT_ID}#/${path.map(escapePointer).join('/')}`;
  const known = ajv.getSchema(key);
  if (known !== undefined) return known;
  const schema = path.reduce<unknown>(
    (node, segment) => (node as Record<string, unknown> | undefined)?.[segment],
    document,
  );
  if (typeof schema !== 'object' || schema === null) {
    throw new Error(`The document declares no ${mediaType} answer ${status} for ${method} ${template}`);
  }
  // Under its address in the document too, so that its references resolve like the components'.
  ajv.addSchema(schema, key);
  const validate = ajv.getSchema(key);
  if (validate === undefined) throw new Error(`Ajv did not compile ${key}`);
  return validate;
}

interface Call {
  /** The operation's path in the document, e.g. `/v1/partners/{id}`. */
  readonly template: string;
  /** The request's path and query. */
  readonly url: string;
  readonly method?: 'get' | 'post' | 'patch' | 'delete';
  readonly key?: string;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
  /** The status this call must get (the test is about its body, so a wrong status is a failure too). */
  readonly status: number;
}

/** Sends the call in a language and checks the answer against the document; returns the parsed body. */
async function checkAnswer(call: Call, lang: string): Promise<unknown> {
  const method = call.method ?? 'get';
  const response = await api.app.request(call.url, {
    method: method.toUpperCase(),
    headers: {
      'Accept-Language': lang,
      ...(call.key === undefined ? {} : { Authorization: `Bearer ${call.key}` }),
      ...(call.body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...call.headers,
    },
    ...(call.body === undefined ? {} : { body: JSON.stringify(call.body) }),
  });
  const text = await response.text();
  expect(response.status, `${method.toUpperCase()} ${call.url}: ${text.slice(0, 300)}`).toBe(call.status);
  const mediaType = (response.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '';
  const body: unknown = JSON.parse(text);
  const validate = validatorFor(call.template, method, response.status, mediaType);
  const valid = validate(body);
  expect(
    valid ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`),
    `${method.toUpperCase()} ${call.url} (${lang}, ${response.status} ${mediaType})`,
  ).toEqual([]);
  return body;
}

/** The reference answers: public resources, each partner, a few activity codes of each scheme. */
const REFERENCE: readonly Call[] = [
  { template: '/v1/status', url: '/v1/status', status: 200 },
  { template: '/v1/project', url: '/v1/project', status: 200 },
  { template: '/v1/partners', url: '/v1/partners', status: 200 },
  ...PARTNER_IDS.map((id) => ({ template: '/v1/partners/{id}', url: `/v1/partners/${id}`, status: 200 })),
  { template: '/v1/work-packages', url: '/v1/work-packages', status: 200 },
  { template: '/v1/filieres', url: '/v1/filieres', status: 200 },
  { template: '/v1/budget', url: '/v1/budget', status: 200 },
  // NAF 43.31Z plâtrerie (INSEE), ATECO 32.30.00 articoli sportivi (ISTAT), NOGA 432100 (BFS), NACE 2025 47.63.
  ...['43.31Z', '32.30.00', '432100', '47.63?scheme=nace2025'].map((code) => ({
    template: '/v1/classifications/{code}',
    url: `/v1/classifications/${code}`,
    status: 200,
  })),
  {
    template: '/v1/calculations/cofinancing',
    url: '/v1/calculations/cofinancing',
    method: 'post',
    body: { eligible: '422517.30', rate: '0.85' },
    status: 200,
  },
];

/** Problem documents of failures the documented operations declare. */
const FAILURES: readonly Call[] = [
  { template: '/v1/partners/{id}', url: '/v1/partners/nobody', status: 404 },
  { template: '/v1/classifications/{code}', url: '/v1/classifications/hello', status: 400 },
  { template: '/v1/classifications/{code}', url: '/v1/classifications/43.35', status: 404 },
  { template: '/v1/establishments', url: '/v1/establishments', status: 401 },
  { template: '/v1/establishments', url: '/v1/establishments?limit=5000', key: 'viewer', status: 400 },
  {
    template: '/v1/establishments/{id}',
    url: '/v1/establishments/00000000-0000-4000-8000-000000000000',
    key: 'viewer',
    status: 404,
  },
  {
    template: '/v1/establishments',
    url: '/v1/establishments',
    method: 'post',
    key: 'viewer',
    body: {},
    status: 403,
  },
  { template: '/v1/changes', url: '/v1/changes?since=not-a-cursor', key: 'viewer', status: 400 },
  { template: '/v1/api-keys', url: '/v1/api-keys', key: 'viewer', status: 403 },
];

test('the validator refuses an answer that breaks the document (a guard against checking nothing)', async () => {
  const budget = (await (await api.app.request('/v1/budget')).json()) as {
    totals: { erdf: { erdf: { amount: unknown } } };
  };
  // The ERDF total of the financing table (docs/api-guide.md), as a JSON number instead of a decimal string.
  budget.totals.erdf.erdf.amount = 1244137.34;
  const validate = validatorFor('/v1/budget', 'get', 200, 'application/json');
  expect(validate(budget)).toBe(false);
  expect(validate.errors?.map((error) => error.instancePath)).toContain('/totals/erdf/erdf/amount');
});

describe.each(LOCALES)('answers in %s are valid against the published document', (lang) => {
  const keyOf = (name: string | undefined) =>
    name === 'viewer' ? viewer : name === 'admin' ? admin : name === 'editor' ? editor : name;

  test.each(REFERENCE.map((call) => [call.url, call] as const))('%s', async (_url, call) => {
    await checkAnswer(call, lang);
  });

  test.each(FAILURES.map((call) => [`${call.status} ${call.url}`, call] as const))(
    '%s',
    async (_name, call) => {
      const key = keyOf(call.key);
      await checkAnswer({ ...call, ...(key === undefined ? {} : { key }) }, lang);
    },
  );

  test('establishments: create, change, read one and the lists, the caller; and their failures', async () => {
    // A Luhn-valid SIRET per language (`siretFor`, the rule of SIRET numbers, INSEE): 732 829 320 is the
    // SIREN of python-stdnum's documentation; communes 74056 Chamonix-Mont-Blanc (INSEE).
    const input = {
      country: 'FR',
      nationalIdentifier: siretFor('732829320', 100 + LOCALES.indexOf(lang)),
      name: `Atelier de skis (${lang})`,
      activityCode: '32.30Z',
      activityCodeScheme: 'naf',
      territoryUnitCode: '74056',
      sizeBand: '02',
      status: 'active',
      openedOn: '2018-03-01',
    };
    const created = (await checkAnswer(
      {
        template: '/v1/establishments',
        url: '/v1/establishments',
        method: 'post',
        key: editor,
        body: input,
        status: 201,
      },
      lang,
    )) as { id: string };
    const one = `/v1/establishments/${created.id}`;
    const template = '/v1/establishments/{id}';
    await checkAnswer(
      {
        template,
        url: one,
        method: 'patch',
        key: editor,
        body: { sizeBand: '11', closedOn: null },
        headers: { 'If-Match': `"${created.id}.1"` },
        status: 200,
      },
      lang,
    );
    await checkAnswer({ template, url: one, key: viewer, status: 200 }, lang);
    for (const url of ['/v1/establishments', '/v1/establishments?filiere=outdoor&limit=2&cursor=']) {
      await checkAnswer({ template: '/v1/establishments', url, key: viewer, status: 200 }, lang);
    }
    await checkAnswer({ template: '/v1/auth/me', url: '/v1/auth/me', key: viewer, status: 200 }, lang);
    await checkAnswer({ template: '/v1/api-keys', url: '/v1/api-keys', key: admin, status: 200 }, lang);

    // Failures of writes: an invalid SIRET (La Poste's with a wrong check digit), a duplicate, a PATCH
    // without If-Match, with a stale one.
    const post = { template: '/v1/establishments', url: '/v1/establishments', method: 'post' } as const;
    await checkAnswer(
      { ...post, key: editor, body: { ...input, nationalIdentifier: '35600000000049' }, status: 400 },
      lang,
    );
    await checkAnswer({ ...post, key: editor, body: input, status: 409 }, lang);
    const patch = { template, url: one, method: 'patch', key: editor, body: { sizeBand: '12' } } as const;
    await checkAnswer({ ...patch, status: 428 }, lang);
    await checkAnswer({ ...patch, headers: { 'If-Match': `"${created.id}.1"` }, status: 412 }, lang);
  });

  test('the change feed: a page of changes, an empty page from `latest`', async () => {
    const feed = { template: '/v1/changes', key: admin, status: 200 } as const;
    const page = (await checkAnswer({ ...feed, url: '/v1/changes?limit=1000' }, lang)) as {
      items: { resource: string; representation: unknown }[];
    };
    // The admin sees the establishments' changes and the API keys'; each representation is the resource
    // as its GET returns it, so an establishment's must be valid against the Establishment schema.
    expect(new Set(page.items.map((change) => change.resource))).toEqual(
      new Set(['api-key', 'establishment']),
    );
    const establishment = ajv.getSchema(`${DOCUMENT_ID}#/components/schemas/Establishment`);
    for (const change of page.items.filter((item) => item.resource === 'establishment')) {
      if (change.representation === null) continue;
      expect(establishment?.(change.representation), JSON.stringify(establishment?.errors)).toBe(true);
    }
    await checkAnswer({ ...feed, url: '/v1/changes?since=latest' }, lang);
  });
});
