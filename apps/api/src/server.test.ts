import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countActiveAdminKeys, DatabaseBusyError, openDatabase } from '@mbi/db';
import pino from 'pino';
import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import { readEnv } from './env';
import { startServer } from './server';

let root = '';
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'mbi-server-'));
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

test('first start on an empty PGlite folder: migrates, seeds, prints the URL and a one-time admin key', async () => {
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
    // The folder belongs to the running server: a second process (the CLI) is refused, not let in.
    await expect(openDatabase({ dataDir: env.DATA_DIR })).rejects.toBeInstanceOf(DatabaseBusyError);
  } finally {
    await first.close();
  }

  const quiet = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  const second = await startServer(env, pino({ level: 'silent' }));
  quiet.mockRestore();
  try {
    // Restarting keeps the data and creates no second admin key.
    expect(await countActiveAdminKeys(second.database.db)).toBe(1);
  } finally {
    await second.close();
  }
});

test('bad configuration is refused with a message naming the variable', () => {
  expect(() => readEnv({ PORT: 'eighty' })).toThrowError(/PORT/);
  expect(() => readEnv({ DATABASE_URL: 'not a url' })).toThrowError(/DATABASE_URL/);
});
