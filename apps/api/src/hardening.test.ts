import { connect } from 'node:net';
import { Writable } from 'node:stream';
import { type Database, openDatabase } from '@mbi/db';
import { testEngines } from '@mbi/db/testing';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readEnv } from './env';
import { startServer } from './server';
import { createTestApp, problemOf, type TestApp } from './testing';

// Defects found by sending malformed requests to the API as a hostile client would (issue of the API's second
// pass): each once answered 500 or a bare reply, and each is now a specific 4xx problem document.

// A SIRET that passes the Luhn check (INSEE rule): La Poste's head office, 356 000 000 00048 (SIRENE).
const shop = {
  country: 'FR',
  nationalIdentifier: '35600000000048',
  name: 'Atelier de skis',
  activityCode: '32.30Z',
  activityCodeScheme: 'naf',
  territoryUnitCode: '74056',
  sizeBand: '01',
  status: 'active',
  openedOn: '2018-03-01',
};

describe.each(testEngines())('hostile requests on $name', (engine) => {
  let database: Database;
  let api: TestApp;
  let admin = '';
  const post = (path: string, body: string, headers: Record<string, string> = {}) =>
    api.app.request(path, {
      method: 'POST',
      headers: { Authorization: `Bearer ${admin}`, 'Content-Type': 'application/json', ...headers },
      body,
    });

  beforeAll(async () => {
    database = await engine.open();
    api = await createTestApp(database);
    admin = await api.key('admin', null);
  });
  afterAll(async () => {
    await database.close();
  });

  test('a NUL character in a body string is a 400 naming the field, and nothing is stored', async () => {
    for (const [path, body, field] of [
      ['/v1/establishments', { ...shop, name: 'Atelier\u0000' }, 'body.name'],
      ['/v1/api-keys', { label: 'x\u0000', role: 'viewer', partnerId: 'cimark' }, 'body.label'],
      ['/v1/api-keys', { label: 'x', role: 'viewer', partnerId: 'cim\u0000ark' }, 'body.partnerId'],
      ['/v1/auth/sessions', { email: 'a\u0000@b.example', password: 'x' }, 'body.email'],
    ] as const) {
      const response = await post(path, JSON.stringify(body));
      expect(response.status, path).toBe(400);
      const problem = await problemOf(response);
      expect(problem.errors).toEqual([expect.objectContaining({ field, code: 'control-character' })]);
    }
    const list = await api.app.request('/v1/establishments', {
      headers: { Authorization: `Bearer ${admin}` },
    });
    expect(((await list.json()) as { total: number }).total).toBe(0);
  });

  test('a NUL in the query is a 400 naming the parameter', async () => {
    for (const query of ['territory=%00', 'partner=%00', 'q=a%00b', 'lang=%00']) {
      const response = await api.app.request(`/v1/establishments?${query}`, {
        headers: { Authorization: `Bearer ${admin}` },
      });
      expect(response.status, query).toBe(400);
      const name = query.split('=')[0];
      expect((await problemOf(response)).errors).toEqual([
        expect.objectContaining({ field: `query.${name}`, code: 'control-character' }),
      ]);
    }
  });

  test('a lone surrogate is refused, not stored as U+FFFD', async () => {
    // JSON may escape a lone high surrogate (\ud800): it is no Unicode character.
    const response = await post(
      '/v1/establishments',
      JSON.stringify(shop).replace('Atelier', 'Atelier \\ud800'),
    );
    expect(response.status).toBe(400);
    expect((await problemOf(response)).errors).toEqual([
      expect.objectContaining({ field: 'body.name', code: 'lone-surrogate' }),
    ]);
  });

  test('year 0000 is a 400 on the date field, not a database error', async () => {
    const response = await post('/v1/establishments', JSON.stringify({ ...shop, openedOn: '0000-01-01' }));
    expect(response.status).toBe(400);
    expect(((await problemOf(response)).errors as { field: string }[]).map((e) => e.field)).toEqual([
      'body.openedOn',
    ]);
  });

  test('valid media type parameters are accepted (RFC 9110 §8.3.1); others are a 415 problem', async () => {
    const body = JSON.stringify({ eligible: '422517.30', rate: '0.85' });
    for (const type of [
      'application/json ; charset=utf-8',
      'application/json;',
      'Application/JSON; Charset="UTF-8"',
      'application/json;charset=utf-8; foo=bar',
    ]) {
      const response = await post('/v1/calculations/cofinancing', body, { 'Content-Type': type });
      expect(response.status, type).toBe(200);
      // 422,517.30 × 85 % = 359,139.705, truncated to the cent (BRIEF.md, money rules).
      expect(((await response.json()) as { fund: { amount: string } }).fund.amount).toBe('359139.70');
    }
    for (const type of [
      'text/plain',
      'application/json; charset=latin1',
      'application/json; charset',
      'json',
    ]) {
      const response = await post('/v1/calculations/cofinancing', body, { 'Content-Type': type });
      expect(response.status, type).toBe(415);
      expect((await problemOf(response)).code).toBe('unsupported-media-type');
    }
  });

  test('bodies that are not UTF-8 or not JSON are 400 problems', async () => {
    const notUtf8 = await api.app.request('/v1/calculations/cofinancing', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x7d]),
    });
    expect(notUtf8.status).toBe(400);
    expect((await problemOf(notUtf8)).code).toBe('malformed-json');
    const truncated = await post('/v1/calculations/cofinancing', '{"eligible": "1",');
    expect(truncated.status).toBe(400);
    expect((await problemOf(truncated)).code).toBe('malformed-json');
  });

  test('authorisation comes before validation and preconditions', async () => {
    const viewer = await api.key('viewer', 'cimark');
    const chamonix = await api.key('editor', 'cc-vallee-chamonix');
    const pays = await api.key('editor', 'cc-pays-mont-blanc');
    const anonymous = await api.app.request('/v1/establishments', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"not": "an establishment"}',
    });
    expect(anonymous.status).toBe(401);
    const viewerKey = await api.app.request('/v1/api-keys', {
      method: 'POST',
      headers: { Authorization: `Bearer ${viewer}`, 'Content-Type': 'application/json' },
      body: '{"role": "admin"}',
    });
    expect(viewerKey.status).toBe(403);
    const created = await api.app.request('/v1/establishments', {
      method: 'POST',
      headers: { Authorization: `Bearer ${chamonix}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...shop, nationalIdentifier: '73282932000074' }),
    });
    const { id } = (await created.json()) as { id: string };
    // No If-Match and an invalid body: still 403, because the establishment is another partner's.
    const foreign = await api.app.request(`/v1/establishments/${id}`, {
      method: 'PATCH',
      headers: { Authorization: `Bearer ${pays}`, 'Content-Type': 'application/json' },
      body: '{"sizeBand": "not a band"}',
    });
    expect(foreign.status).toBe(403);
  });

  test('answers about sign-in and the caller are never stored by caches', async () => {
    const me = await api.app.request('/v1/auth/me', { headers: { Authorization: `Bearer ${admin}` } });
    expect(me.headers.get('cache-control')).toBe('no-store');
    const refused = await post(
      '/v1/auth/sessions',
      JSON.stringify({ email: 'nobody@example.org', password: 'x' }),
      {
        Authorization: '',
      },
    );
    expect(refused.headers.get('cache-control')).toBe('no-store');
  });
});

describe('sessions that survive a reload', () => {
  let database: Database;
  let api: TestApp;
  beforeAll(async () => {
    database = await openDatabase({ dataDir: 'memory://' });
    api = await createTestApp(database);
    await api.user('anna@cimark.example', 'correct horse battery staple', 'editor', 'cimark');
  });
  afterAll(async () => {
    await database.close();
  });

  const signIn = () =>
    api.app.request('/v1/auth/sessions', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'anna@cimark.example', password: 'correct horse battery staple' }),
    });

  test('the CSRF token is recoverable from /v1/auth/me, and signing in again works over a live session', async () => {
    const first = await signIn();
    expect(first.status).toBe(201);
    const cookie = (first.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const { csrfToken } = (await first.json()) as { csrfToken: string };
    // After a reload the page has only its cookie: /v1/auth/me gives the token back.
    const me = await api.app.request('/v1/auth/me', { headers: { Cookie: cookie } });
    expect(await me.json()).toMatchObject({ kind: 'user', role: 'editor', csrfToken });
    // Signing in again with the old cookie and no token is allowed, and replaces the session.
    const again = await api.app.request('/v1/auth/sessions', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: cookie },
      body: JSON.stringify({ email: 'anna@cimark.example', password: 'correct horse battery staple' }),
    });
    expect(again.status).toBe(201);
    const oldSession = await api.app.request('/v1/auth/me', { headers: { Cookie: cookie } });
    expect(oldSession.status).toBe(401);
    const newCookie = (again.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const newMe = (await (
      await api.app.request('/v1/auth/me', { headers: { Cookie: newCookie } })
    ).json()) as {
      csrfToken: string;
    };
    const signOut = await api.app.request('/v1/auth/sessions/current', {
      method: 'DELETE',
      headers: { Cookie: newCookie, 'X-CSRF-Token': newMe.csrfToken },
    });
    expect(signOut.status).toBe(204);
  });
});

describe('failed authentications are limited per address', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openDatabase({ dataDir: 'memory://' });
  });
  afterAll(async () => {
    await database.close();
  });

  test('after 3 bad keys a minute the address gets 429, and its keys are no longer even looked up', async () => {
    let lookups = 0;
    const base = await createTestApp(database);
    const api = await createTestApp(database, {
      authFailuresPerMinute: 3,
      auth: {
        fromApiKey: async (token) => {
          lookups += 1;
          return base.deps.auth.fromApiKey(token);
        },
        fromSession: (token) => base.deps.auth.fromSession(token),
      },
    });
    const badKey = `mbi_aaaaaaaa_${'A'.repeat(43)}`;
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const response = await api.app.request('/v1/establishments', {
        headers: { Authorization: `Bearer ${badKey}` },
      });
      statuses.push(response.status);
      if (response.status === 429) {
        expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
        expect((await problemOf(response)).code).toBe('too-many-requests');
      }
    }
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    expect(lookups).toBe(4);
    // Wrong passwords count too.
    const signIn = await api.app.request('/v1/auth/sessions', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'nobody@example.org', password: 'wrong password' }),
    });
    expect(signIn.status).toBe(429);
  });
});

describe('CORS', () => {
  test('a preflight from an origin not allowed — or with no origin configured — gets nothing to allow', async () => {
    const database = await openDatabase({ dataDir: 'memory://' });
    try {
      const closed = await createTestApp(database, { config: { corsOrigins: [] } });
      const preflight = {
        method: 'OPTIONS',
        headers: {
          Origin: 'https://dashboard.example.org',
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'content-type',
        },
      };
      const refused = await closed.app.request('/v1/establishments', preflight);
      expect(refused.status).toBe(204);
      for (const [name] of refused.headers) expect(name.startsWith('access-control-')).toBe(false);
      const open = await createTestApp(database, {
        config: { corsOrigins: ['https://dashboard.example.org'] },
      });
      const allowed = await open.app.request('/v1/establishments', preflight);
      expect(allowed.headers.get('access-control-allow-origin')).toBe('https://dashboard.example.org');
      expect(allowed.headers.get('access-control-allow-methods')).toContain('POST');
    } finally {
      await database.close();
    }
  });
});

describe('error logs', () => {
  test('hold the request id and the error code, never the query or its parameters', async () => {
    const database = await openDatabase({ dataDir: 'memory://' });
    const lines: string[] = [];
    const logger = pino(
      { level: 'info' },
      new Writable({
        write(chunk, _encoding, done) {
          lines.push(String(chunk));
          done();
        },
      }),
    );
    try {
      // A database error as drizzle reports it: the query and its parameters in the message, the driver's
      // error (with its SQLSTATE) as the cause.
      const secret = 'anna@cimark.example';
      const failure = new Error(`Failed query: select * from users where email = $1\nparams: ${secret}`, {
        cause: Object.assign(new Error('relation "users" does not exist'), { code: '42P01' }),
      });
      const api = await createTestApp(database, {
        logger,
        auth: { fromApiKey: async () => Promise.reject(failure), fromSession: async () => null },
      });
      const response = await api.app.request('/v1/establishments', {
        headers: { Authorization: `Bearer mbi_aaaaaaaa_${'A'.repeat(43)}`, 'X-Request-Id': 'req-log-1' },
      });
      expect(response.status).toBe(500);
      const logged = lines.join('');
      expect(logged).toContain('req-log-1');
      expect(logged).toContain('42P01');
      expect(logged).not.toContain(secret);
      expect(logged).not.toContain('select');
    } finally {
      await database.close();
    }
  });
});

describe('malformed HTTP', () => {
  test('gets a problem document from the server, not Node’s bare answer', async () => {
    const quiet = pino({ level: 'silent' });
    const env = readEnv({ PORT: '0', DATA_DIR: 'memory://', LOG_LEVEL: 'silent' });
    const original = process.stderr.write.bind(process.stderr);
    process.stderr.write = () => true;
    const running = await startServer(env, quiet).finally(() => {
      process.stderr.write = original;
    });
    const port = Number(new URL(running.url).port);
    const raw = (request: string | Buffer) =>
      new Promise<string>((resolve, reject) => {
        const socket = connect(port, '127.0.0.1');
        const chunks: Buffer[] = [];
        socket.on('data', (chunk) => chunks.push(chunk));
        socket.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        socket.on('error', reject);
        socket.end(request);
      });
    try {
      const duplicate = await raw(
        'POST /v1/calculations/cofinancing HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}',
      );
      expect(duplicate).toMatch(/^HTTP\/1\.1 400 /);
      expect(duplicate).toContain('application/problem+json');
      expect(duplicate).toContain('"code":"bad-request"');
      const huge = await raw(`GET /v1/status HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
      expect(huge).toMatch(/^HTTP\/1\.1 431 /);
      expect(huge).toContain('"code":"header-fields-too-large"');
      const badBytes = await raw(
        Buffer.concat([
          Buffer.from('GET /v1/'),
          Buffer.from([0x00, 0xff]),
          Buffer.from(' HTTP/1.1\r\nHost: x\r\n\r\n'),
        ]),
      );
      expect(badBytes).toMatch(/^HTTP\/1\.1 400 /);
      expect(badBytes).toContain('application/problem+json');
      const percent = await fetch(`${running.url}/v1/partners/%ff%fe`);
      expect(percent.status).toBe(400);
      expect((await problemOf(percent)).code).toBe('bad-request');
    } finally {
      await running.close();
    }
  });
});
