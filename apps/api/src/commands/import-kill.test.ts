import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, rmSync } from 'node:fs';
import { finished } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import {
  type Database,
  listImports,
  observatoryTableCounts,
  openDatabase,
  seedReferenceData,
  synthesize,
} from '@mbi/db';
import { testEngines } from '@mbi/db/testing';
import { afterAll, describe, expect, test } from 'vitest';

/**
 * All or nothing, for real: `mbi import` is started on a large synthetic SIRENE file, killed with SIGKILL while
 * it reads, and the database is then exactly as it was (on PostgreSQL, and on PGlite with its data on disk).
 */

const CLI = fileURLToPath(new URL('../cli.ts', import.meta.url));
const WORK = fileURLToPath(new URL('../../.test-work/', import.meta.url));

const state = (database: Database) => observatoryTableCounts(database.db);

function startImport(
  file: string,
  env: Record<string, string>,
): { child: ChildProcess; reading: Promise<void> } {
  const child = spawn(
    process.execPath,
    [
      '--conditions=@mbi/source',
      '--import',
      'tsx',
      CLI,
      'import',
      'sirene-establishments',
      file,
      '--year',
      '2024',
    ],
    { env: { ...process.env, LOG_LEVEL: 'silent', ...env }, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const reading = new Promise<void>((resolve, reject) => {
    let printed = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      printed += chunk.toString('utf8');
      // The progress line: rows are being read and loaded, the merge has not started.
      if (/ rows \(/.test(printed)) resolve();
    });
    child.once('exit', (code) =>
      reject(new Error(`mbi import ended (${code}) before it was killed: ${printed}`)),
    );
  });
  return { child, reading };
}

const engines = [
  ...testEngines().filter((engine) => engine.name === 'postgres'),
  { name: 'pglite' as const, open: () => openDatabase({ dataDir: `${WORK}pglite` }) },
];

describe.each(engines)('a killed import on $name', (engine) => {
  afterAll(() => {
    rmSync(WORK, { recursive: true, force: true });
  });

  test('SIGKILL halfway leaves the data as it was', async () => {
    mkdirSync(WORK, { recursive: true });
    const file = `${WORK}stock-${engine.name}.csv`;
    const out = createWriteStream(file);
    for await (const chunk of synthesize('sirene-establishments', {
      rows: 150_000,
      seed: 5,
      inTerritory: 1,
    })) {
      if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    }
    out.end();
    await finished(out);

    let database = await engine.open();
    await seedReferenceData(database.db);
    const url = 'url' in database ? (database.url as string | undefined) : undefined;
    const before = await state(database);
    if (url === undefined) await database.close();
    const { child, reading } = startImport(
      file,
      url === undefined ? { DATA_DIR: `${WORK}pglite` } : { DATABASE_URL: url },
    );
    await reading;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    if (url === undefined) database = await engine.open();
    try {
      expect(await state(database)).toEqual(before);
      // The job's own row says it started; it reads as `abandoned` once its heartbeat is stale.
      expect((await listImports(database.db)).map((job) => job.status)).toEqual(['running']);
    } finally {
      await database.close();
    }
  });
});
