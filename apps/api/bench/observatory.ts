/**
 * `pnpm bench:observatory` — the import part of the observatory benchmark (docs/performance.md):
 * 1. a synthetic national SIRENE stock (NATIONAL_ROWS, default 5,000,000 rows, 1 % in the territories) and a
 *    file all in the territories (LOCAL_ROWS, default 1,000,000), written by `synthesize` into `.bench-work/`;
 * 2. each file parsed alone by the same CSV parser (csv-parse, same options);
 * 3. each file imported into PostgreSQL (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres:
 *    a fresh database is created) and into PGlite (data folder on disk), one process per run for its peak memory;
 * 4. a plain COPY of the imported rows into a table of the same shape as `establishments`;
 * 5. the indicators of every filière × unit × year: computed (the refresh every import runs: aggregation,
 *    confidentiality, writing `observatory_cells`) and served (`listIndicators`, every measure), against the plain
 *    SQL GROUP BY they need, with a check that the published counts agree with it;
 * 6. DuckDB (`@duckdb/node-api`) reading the same CSV and computing the same counts, as the outside reference.
 * Options: NATIONAL_ROWS, LOCAL_ROWS (0 leaves a file out), BENCH_DATABASE_URL, BENCH_DB_NAME (default mbi_bench),
 * BENCH_WORK (the folder of the files, default apps/api/.bench-work/).
 * Prints rows/s, peak memory and the ratios (filtering ÷ raw parse, goal ≥ 0.5; import ÷ COPY, goal ≤ 2;
 * indicators ÷ GROUP BY, goal ≤ 1.2).
 */
import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdirSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { finished } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { synthesize } from '@mbi/db';
import postgres from 'postgres';

const WORK = process.env.BENCH_WORK ?? fileURLToPath(new URL('../.bench-work/', import.meta.url));
// A database of its own per run (`BENCH_DB_NAME`), so that two runs (one per file) can share a server.
const DB_NAME = process.env.BENCH_DB_NAME ?? 'mbi_bench';
const RUN = fileURLToPath(new URL('./observatory-import.ts', import.meta.url));
const NATIONAL = Number(process.env.NATIONAL_ROWS ?? 5_000_000);
const LOCAL = Number(process.env.LOCAL_ROWS ?? 1_000_000);
const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

interface Run {
  seconds: number;
  groupBySeconds?: number;
  refreshSeconds?: number;
  readSeconds?: number;
  cells?: number;
  items?: number;
  publishedDisagreeing?: number;
  states?: Record<string, number>;
  groups?: number;
  checksum?: string;
  rows?: number;
  read?: number;
  imported?: number;
  skipped?: number;
  rejected?: number;
  peakMb: number;
}

function run(...args: string[]): Run {
  const out = execFileSync(process.execPath, ['--conditions=@mbi/source', '--import', 'tsx', RUN, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as Run;
}

async function write(file: string, rows: number, inTerritory: number): Promise<void> {
  const out = createWriteStream(file);
  for await (const chunk of synthesize('sirene-establishments', { rows, seed: 2024, inTerritory })) {
    if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  out.end();
  await finished(out);
}

const fmt = (value: number) => Math.round(value).toLocaleString('en-GB');
const ms = (seconds: number | undefined) => `${((seconds ?? 0) * 1000).toFixed(0)} ms`;
const ratio = (a: number | undefined, b: number | undefined) => ((a ?? 0) / (b ?? 1)).toFixed(2);
const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
mkdirSync(WORK, { recursive: true });
console.log(
  `machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} — shared with other work`,
);
for (const [name, rows, share] of [
  ['national', NATIONAL, 0.01],
  ['local', LOCAL, 1],
] as const) {
  // NATIONAL_ROWS=0 or LOCAL_ROWS=0 leaves that file out.
  if (rows === 0) continue;
  const file = `${WORK}${name}.csv`;
  let started = performance.now();
  await write(file, rows, share);
  console.log(
    `\n${name}: ${fmt(rows)} rows, ${(statSync(file).size / 1_048_576).toFixed(0)} MB, ${share * 100} % in the territories (written in ${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
  const parsed = run('parse', file);
  let postgresTarget = '';
  const checksums: string[] = [];
  console.log(
    `  csv-parse alone:    ${parsed.seconds.toFixed(1)} s, ${fmt(rows / parsed.seconds)} rows/s, peak ${parsed.peakMb} MB`,
  );
  for (const engine of ['postgres', 'pglite'] as const) {
    let target: string;
    if (engine === 'postgres') {
      await admin.unsafe(`drop database if exists ${DB_NAME} with (force)`);
      await admin.unsafe(`create database ${DB_NAME}`);
      const url = new URL(ADMIN_URL);
      url.pathname = `/${DB_NAME}`;
      target = url.toString();
    } else {
      target = `${WORK}pglite-${name}`;
      rmSync(target, { recursive: true, force: true });
    }
    started = performance.now();
    const imported = run('import', target, file, '2024');
    const copied = run('copy', target, `${WORK}${name}-${engine}`);
    console.log(
      `  import ${engine.padEnd(8)}:  ${imported.seconds.toFixed(1)} s, ${fmt(rows / imported.seconds)} rows/s read, ${fmt((imported.imported ?? 0) / imported.seconds)} rows/s imported (${fmt(imported.imported ?? 0)} imported, ${fmt(imported.skipped ?? 0)} skipped, ${fmt(imported.rejected ?? 0)} rejected), peak ${imported.peakMb} MB`,
    );
    console.log(`    plain COPY of the ${fmt(copied.rows ?? 0)} rows: ${copied.seconds.toFixed(2)} s`);
    console.log(
      `    filtering ÷ raw parse: ${(parsed.seconds / imported.seconds).toFixed(2)} (goal ≥ 0.5); import ÷ COPY: ${(imported.seconds / copied.seconds).toFixed(1)} (goal ≤ 2)`,
    );
    const indicators = run('indicators', target, '2024');
    if (engine === 'postgres') postgresTarget = target;
    console.log(
      `    indicators, all filières × units × years: plain GROUP BY ${ms(indicators.groupBySeconds)} (${fmt(indicators.groups ?? 0)} unit × filière groups, counts ${indicators.checksum}); computed (aggregation, confidentiality, ${fmt(indicators.cells ?? 0)} cells written) ${ms(indicators.refreshSeconds)}; served (${fmt(indicators.items ?? 0)} rows, every measure) ${ms(indicators.readSeconds)}`,
    );
    console.log(
      `    indicators ÷ GROUP BY: computed ${ratio(indicators.refreshSeconds, indicators.groupBySeconds)}, served ${ratio(indicators.readSeconds, indicators.groupBySeconds)} (goal ≤ 1.2); published counts disagreeing with the GROUP BY: ${indicators.publishedDisagreeing}; cell states ${JSON.stringify(indicators.states)}`,
    );
    checksums.push(indicators.checksum ?? '');
    if (engine === 'pglite') rmSync(target, { recursive: true, force: true });
  }
  const duck = run('duckdb', postgresTarget, file, '2024');
  console.log(
    `  DuckDB (@duckdb/node-api), same CSV, same counts: ${duck.seconds.toFixed(2)} s, ${fmt(rows / duck.seconds)} rows/s, ${fmt(duck.groups ?? 0)} groups, counts ${duck.checksum} (${checksums.every((sum) => sum === duck.checksum) ? 'the same as both engines' : `DIFFERENT from ${checksums.join(', ')}`}), peak ${duck.peakMb} MB`,
  );
  rmSync(file, { force: true });
}
await admin.unsafe(`drop database if exists ${DB_NAME} with (force)`);
await admin.end();
console.log(
  `\nload average after: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
