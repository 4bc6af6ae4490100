import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createApiKey, createUser, type Database, seedReferenceData } from '@mbi/db';
import { testEngines } from '@mbi/db/testing';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

/**
 * Several API processes on one PostgreSQL, as production runs them: two `mbi serve` processes started from
 * the CLI, on the test database. A revoked key or an ended session is refused by every process within one
 * second, and the rate limit counts a caller's requests over both. (On PGlite there is one process.)
 */

const CLI = fileURLToPath(new URL('./cli.ts', import.meta.url));
const SYSTEM = {
  principal: { kind: 'system', id: 'tests', label: 'tests', role: 'admin', partnerId: null },
} as const;

interface Process {
  readonly child: ChildProcess;
  readonly url: string;
}

/** Starts `mbi serve` (from source) and resolves with its URL once it listens. */
function serve(env: Record<string, string>, args: string[] = []): Promise<Process> {
  const child = spawn(
    process.execPath,
    ['--conditions=@mbi/source', '--import', 'tsx', CLI, 'serve', ...args],
    {
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  return new Promise((resolve, reject) => {
    let printed = '';
    const timer = setTimeout(() => reject(new Error(`mbi serve did not start: ${printed}`)), 50_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      printed += chunk.toString('utf8');
      const url = / on (http:\/\/127\.0\.0\.1:\d+) \(/.exec(printed)?.[1];
      if (url !== undefined) {
        clearTimeout(timer);
        resolve({ child, url });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`mbi serve exited with ${code}: ${printed}`));
    });
  });
}

function stop(process_: Process | undefined): Promise<void> {
  if (process_ === undefined || process_.child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    process_.child.once('exit', () => resolve());
    process_.child.kill('SIGTERM');
    setTimeout(() => process_.child.kill('SIGKILL'), 5_000).unref();
  });
}

/** Waits until the next minute has at least `seconds` left, so that a test's requests share one window. */
async function awayFromMinuteEnd(seconds: number): Promise<void> {
  const left = 60_000 - (Date.now() % 60_000);
  if (left < seconds * 1000) await new Promise((resolve) => setTimeout(resolve, left + 50));
}

const postgres = testEngines().filter((engine) => engine.name === 'postgres');

describe.each(postgres)('two API processes on one $name', (engine) => {
  let database: Database & { readonly url?: string };
  let first: Process | undefined;
  let second: Process | undefined;
  let admin = '';

  beforeAll(async () => {
    database = await engine.open();
    await seedReferenceData(database.db);
    const key = await createApiKey(database.db, { label: 'admin', role: 'admin', partnerId: null }, SYSTEM);
    if (!key.ok) throw new Error(key.error.message);
    admin = key.value.token;
    const env = { DATABASE_URL: database.url ?? '', RATE_LIMIT_PER_MINUTE: '10', COOKIE_SECURE: 'false' };
    [first, second] = await Promise.all([serve(env), serve(env)]);
  });
  afterAll(async () => {
    await Promise.all([stop(first), stop(second)]);
    await database.close();
  });

  const me = (server: Process | undefined, headers: Record<string, string>) =>
    fetch(`${server?.url}/v1/auth/me`, { headers });

  test('a key revoked through one process is refused by the other within one second', async () => {
    const created = await createApiKey(
      database.db,
      { label: 'doomed', role: 'viewer', partnerId: 'cimark' },
      SYSTEM,
    );
    if (!created.ok) throw new Error(created.error.message);
    const auth = { Authorization: `Bearer ${created.value.token}` };
    // Both processes have seen (and remember) the key.
    expect((await me(first, auth)).status).toBe(200);
    expect((await me(second, auth)).status).toBe(200);

    const revoked = await fetch(`${first?.url}/v1/api-keys/${created.value.key.prefix}`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${admin}` },
    });
    expect(revoked.status).toBe(200);
    const start = Date.now();
    let status = 200;
    while (status !== 401 && Date.now() - start < 3_000) {
      status = (await me(second, auth)).status;
      if (status !== 401) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(status).toBe(401);
    expect(Date.now() - start).toBeLessThan(1_000);
  });

  test('a session ended through one process is refused by the other at once', async () => {
    const user = await createUser(
      database.db,
      {
        email: 'anna@cimark.example',
        name: 'Anna',
        password: 'correct horse battery staple',
        role: 'viewer',
        partnerId: 'cimark',
      },
      SYSTEM,
    );
    if (!user.ok) throw new Error(user.error.message);
    const signIn = await fetch(`${first?.url}/v1/auth/sessions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'anna@cimark.example', password: 'correct horse battery staple' }),
    });
    expect(signIn.status).toBe(201);
    const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const { csrfToken } = (await signIn.json()) as { csrfToken: string };
    expect((await me(second, { Cookie: cookie })).status).toBe(200);
    const signOut = await fetch(`${first?.url}/v1/auth/sessions/current`, {
      method: 'DELETE',
      headers: { Cookie: cookie, 'X-CSRF-Token': csrfToken },
    });
    expect(signOut.status).toBe(204);
    expect((await me(second, { Cookie: cookie })).status).toBe(401);
  });

  test('the rate limit counts a caller’s requests over both processes', async () => {
    const created = await createApiKey(
      database.db,
      { label: 'busy', role: 'viewer', partnerId: 'cimark' },
      SYSTEM,
    );
    if (!created.ok) throw new Error(created.error.message);
    const auth = { Authorization: `Bearer ${created.value.token}` };
    await awayFromMinuteEnd(15);
    const statuses: number[] = [];
    // RATE_LIMIT_PER_MINUTE=10: ten requests in all may pass, whichever process serves them.
    for (let index = 0; index < 14; index += 1) {
      const server = index % 2 === 0 ? first : second;
      statuses.push((await fetch(`${server?.url}/v1/partners`, { headers: auth })).status);
    }
    expect(statuses.filter((status) => status === 200)).toHaveLength(10);
    expect(statuses.slice(10)).toEqual([429, 429, 429, 429]);
  });
});

describe.each(postgres)('`mbi serve --workers 2` on $name', (engine) => {
  test('starts two processes behind one port, and stops them on SIGTERM', async () => {
    const database = await engine.open();
    let server: Process | undefined;
    try {
      server = await serve({ DATABASE_URL: database.url ?? '' }, ['--workers', '2']);
      for (let index = 0; index < 6; index += 1) {
        const response = await fetch(`${server.url}/v1/status`);
        expect(await response.json()).toEqual({ status: 'ok' });
      }
    } finally {
      await stop(server);
      await database.close();
    }
  });
});

// Needs no PostgreSQL: declared on every machine, so that the file has a test without TEST_DATABASE_URL too.
test('`mbi serve --workers 2` is refused on the embedded database, which one process holds', async () => {
  await expect(serve({ DATA_DIR: 'memory://' }, ['--workers', '2'])).rejects.toThrow(
    /WORKERS.*DATABASE_URL/s,
  );
});
