import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countActiveAdminKeys, countActiveAdminUsers, DatabaseBusyError, openDatabase } from '@mbi/db';
import { testEngines } from '@mbi/db/testing';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { readEnv } from './env';
import { startServer } from './server';

let root = '';
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'mbi-server-'));
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

test('first start on an empty PGlite folder: migrates, seeds, loads demo data, prints the URL, the admin’s sign-in and a one-time admin key', async () => {
  const env = readEnv({ PORT: '0', DATA_DIR: join(root, 'data', 'pglite') });
  const printed: string[] = [];
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    printed.push(String(chunk));
    return true;
  });
  const first = await startServer(env, pino({ level: 'silent' }));
  spy.mockRestore();
  try {
    const text = printed.join('');
    expect(text).toContain(`${first.url}/docs`);
    const key = /mbi_[a-z2-7]{8}_[\w-]{43}/.exec(text)?.[0] ?? '';
    const status = await fetch(`${first.url}/v1/status`);
    expect(await status.json()).toEqual({ status: 'ok' });
    const me = await fetch(`${first.url}/v1/auth/me`, { headers: { Authorization: `Bearer ${key}` } });
    expect(await me.json()).toMatchObject({ kind: 'api-key', role: 'admin' });
    // A newcomer signs in with what was printed.
    const signIn = /Sign in at (\S+) as (\S+) with password (\S+); change it after signing in/.exec(text);
    expect(signIn?.[1]).toBe(`${first.url}/`);
    const session = await fetch(`${first.url}/v1/auth/sessions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: signIn?.[2], password: signIn?.[3] }),
    });
    expect(session.status).toBe(201);
    expect(await session.json()).toMatchObject({
      principal: { kind: 'user', role: 'admin', partnerId: null },
    });
    // The demo data is there, and says so.
    expect(text).toMatch(/Demo data loaded: \d+ synthetic establishments/);
    const meta = await fetch(`${first.url}/v1/meta`);
    expect(await meta.json()).toMatchObject({ database: 'pglite', demo: true });
    const places = await fetch(`${first.url}/v1/establishments?limit=1`, {
      headers: { Authorization: `Bearer ${key}` },
    });
    expect(((await places.json()) as { total: number }).total).toBeGreaterThan(300);
    const demoPassword = /password (\S+)\n/.exec(text.slice(text.indexOf('Demo data loaded')))?.[1];
    const editor = await fetch(`${first.url}/v1/auth/sessions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        email: 'editor.cimark@demo.mont-blanc-innovation.example',
        password: demoPassword,
      }),
    });
    expect(editor.status).toBe(201);
    // The folder belongs to the running server: a second process (the CLI) is refused, not let in.
    await expect(openDatabase({ dataDir: env.DATA_DIR })).rejects.toBeInstanceOf(DatabaseBusyError);
  } finally {
    await first.close();
  }

  const again: string[] = [];
  const quiet = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    again.push(String(chunk));
    return true;
  });
  const second = await startServer(env, pino({ level: 'silent' }));
  quiet.mockRestore();
  try {
    // Restarting keeps the data and creates no second admin key, user or demo data.
    expect(await countActiveAdminKeys(second.database.db)).toBe(1);
    expect(await countActiveAdminUsers(second.database.db)).toBe(1);
    const text = again.join('');
    expect(text).toContain(`${second.url}/`);
    expect(text).not.toContain('Sign in at');
    expect(text).not.toContain('Demo data loaded');
    expect(text).not.toMatch(/mbi_[a-z2-7]{8}_/);
    expect(await (await fetch(`${second.url}/v1/meta`)).json()).toMatchObject({ demo: true });
  } finally {
    await second.close();
  }
});

const postgres = testEngines().filter((engine) => engine.name === 'postgres');
describe.each(postgres)('first start on $name (DATABASE_URL)', (engine) => {
  test('loads no demo data, but prints the first admin’s sign-in once', async () => {
    const database = await engine.open();
    const printed: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      printed.push(String(chunk));
      return true;
    });
    const running = await startServer(
      readEnv({ PORT: '0', DATABASE_URL: database.url ?? '' }),
      pino({ level: 'silent' }),
    ).finally(() => spy.mockRestore());
    try {
      const text = printed.join('');
      expect(text).toContain('Sign in at');
      expect(text).not.toContain('Demo data');
      expect(await (await fetch(`${running.url}/v1/meta`)).json()).toMatchObject({
        database: 'postgres',
        demo: false,
      });
    } finally {
      await running.close();
      await database.close();
    }
  });
});

test('bad configuration is refused with a message naming the variable', () => {
  expect(() => readEnv({ PORT: 'eighty' })).toThrowError(/PORT/);
  expect(() => readEnv({ DATABASE_URL: 'not a url' })).toThrowError(/DATABASE_URL/);
});
