// API benchmark: `pnpm bench:api` from the repository root (or `pnpm --filter @mbi/api bench` once the
// workspace packages are built). Starts the real API and two bare `node:http` servers in child processes —
// one sending the API's bytes, one running the same SQL through the same driver for the routes that read the
// database — loads them with autocannon from this process, prints requests/s, p50/p99 latency and the ratios.
// Loopback only, fixed durations, stops by itself; docs/performance.md explains how to read the figures.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  type Database,
  type EstablishmentStatement,
  establishmentByIdStatement,
  establishmentPageStatement,
  openDatabase,
} from '@mbi/db';
import autocannon, { type Result } from 'autocannon';
import { type CpuUse, cpuSnapshot, cpuUse } from './cpu';
import { seedBenchmarkData } from './seed';

const HERE = dirname(fileURLToPath(import.meta.url));
const API_DIR = join(HERE, '..');
/** Far above what one client can send in a minute here, so that no measured answer is a 429. */
const RATE_LIMIT_PER_MINUTE = 1_000_000_000;
const HOST = '127.0.0.1';

const { values: args } = parseArgs({
  options: {
    /** Measured seconds per server and scenario, split into `rounds` alternating slices. */
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '5' },
    rounds: { type: 'string', default: '2' },
    /** Measures every scenario this many times (warm-up once) and prints the medians. */
    repeat: { type: 'string', default: '1' },
    connections: { type: 'string', default: '50' },
    establishments: { type: 'string', default: '1000' },
    /** Scenario ids to run, e.g. `a,c` (all by default). */
    only: { type: 'string', default: 'a,b,c,d,e' },
    /** Scenario ids also measured with LOG_LEVEL=silent (empty: none). */
    silent: { type: 'string', default: 'a,c' },
    /** Write V8 CPU profiles of the API child processes into this folder. */
    'cpu-prof': { type: 'string' },
  },
});

function positive(name: string, value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new Error(`--${name} must be a whole number ≥ 1`);
  return number;
}
const DURATION = positive('duration', args.duration);
const WARMUP = positive('warmup', args.warmup);
const ROUNDS = positive('rounds', args.rounds);
const REPEAT = positive('repeat', args.repeat);
const CONNECTIONS = positive('connections', args.connections);
const ESTABLISHMENTS = positive('establishments', args.establishments);
if (ESTABLISHMENTS < 150)
  throw new Error('--establishments must be at least 150 (offset 100 + a page of 50)');
/** Seconds before autocannon gives up on a request: long enough that a slow API is measured, not cut off. */
const REQUEST_TIMEOUT = 60;

interface Scenario {
  readonly id: string;
  readonly label: string;
  readonly path: string;
  readonly withKey: boolean;
  /** Sends the ETag of the first answer in If-None-Match. */
  readonly conditional: boolean;
  readonly expectedStatus: number;
  /** The statement the data layer runs for this request, for the bare server with the same query. */
  readonly statement?: (database: Database, ids: { readonly establishment: string }) => SqlRoute;
}

/** What the bare server with the same query runs for a path. */
interface SqlRoute extends EstablishmentStatement {
  readonly single: boolean;
}

function pageStatement(
  database: Database,
  filters: Parameters<typeof establishmentPageStatement>[1],
  limit: number,
  offset: number,
): SqlRoute {
  const statement = establishmentPageStatement(database, filters, { kind: 'offset', limit, offset });
  if (!statement.ok) throw new Error(statement.error.message);
  return { ...statement.value, single: false };
}

const SCENARIOS: readonly Scenario[] = [
  {
    id: 'a',
    label: 'GET /v1/budget',
    path: '/v1/budget',
    withKey: false,
    conditional: false,
    expectedStatus: 200,
  },
  {
    id: 'b',
    label: 'GET /v1/budget If-None-Match',
    path: '/v1/budget',
    withKey: false,
    conditional: true,
    expectedStatus: 304,
  },
  {
    id: 'c',
    label: 'GET /v1/establishments?limit=50&offset=100',
    path: '/v1/establishments?limit=50&offset=100',
    withKey: true,
    conditional: false,
    expectedStatus: 200,
    statement: (database) => pageStatement(database, {}, 50, 100),
  },
  {
    id: 'd',
    label: 'GET /v1/establishments?filiere=outdoor&limit=50',
    path: '/v1/establishments?filiere=outdoor&limit=50',
    withKey: true,
    conditional: false,
    expectedStatus: 200,
    statement: (database) => pageStatement(database, { filiere: 'outdoor' }, 50, 0),
  },
  {
    id: 'e',
    label: 'GET /v1/establishments/{id}',
    path: '/v1/establishments/{id}',
    withKey: true,
    conditional: false,
    expectedStatus: 200,
    statement: (database, ids) => ({
      ...establishmentByIdStatement(database, ids.establishment),
      single: true,
    }),
  },
];

const selected = new Set(args.only.split(',').map((id) => id.trim()));
const silentIds = new Set(args.silent.split(',').map((id) => id.trim()));
const scenarios = SCENARIOS.filter((scenario) => selected.has(scenario.id));
if (scenarios.length === 0) throw new Error(`--only ${args.only} names no scenario (a, b, c, d, e)`);

const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

// ---------------------------------------------------------------------------------------------------------
// Child processes

interface Child {
  readonly process: ChildProcess;
  readonly url: string;
}

const children = new Set<ChildProcess>();

/** Starts a child script with the same tsx loader as this process and waits for the URL it reports. */
function startChild(
  script: string,
  scriptArgs: readonly string[],
  env: NodeJS.ProcessEnv,
  nodeArgs: readonly string[] = [],
): Promise<Child> {
  const child = spawn(
    process.execPath,
    [...process.execArgv, ...nodeArgs, join(HERE, script), ...scriptArgs],
    {
      cwd: API_DIR,
      env,
      // stdout (the pino log lines of the API) goes to /dev/null; stderr is kept to explain a failed start.
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    },
  );
  children.add(child);
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  return new Promise<Child>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${script} did not start within 120 s:\n${stderr}`)),
      120_000,
    );
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      children.delete(child);
      reject(new Error(`${script} exited (${code ?? signal}) before it was ready:\n${stderr}`));
    });
    child.once('message', (message: unknown) => {
      clearTimeout(timer);
      if (
        typeof message === 'object' &&
        message !== null &&
        'url' in message &&
        typeof message.url === 'string'
      ) {
        resolve({ process: child, url: message.url });
      } else reject(new Error(`${script} sent an unexpected message: ${JSON.stringify(message)}`));
    });
  });
}

/** Asks a child to stop, and kills it if it has not exited 10 s later. */
async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    children.delete(child);
    return;
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  if (child.connected) child.send('stop');
  else child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
  children.delete(child);
}

// ---------------------------------------------------------------------------------------------------------
// Load

/** What one autocannon run saw. */
interface Slice {
  readonly seconds: number;
  readonly responses: number;
  readonly bytes: number;
  /** Milliseconds, one per response, at full resolution (autocannon's own histogram rounds to 1 ms). */
  readonly latencies: Float64Array;
  readonly statuses: ReadonlyMap<string, number>;
  readonly errors: number;
  readonly cpu: CpuUse | null;
}

/** Several slices of one server and scenario, added up. */
interface Measured {
  readonly requestsPerSecond: number;
  readonly p50: number;
  readonly p99: number;
  /** Mean bytes of one response, status line and headers included. */
  readonly responseBytes: number;
  readonly responses: number;
  /** Responses whose status is not the expected one (429, 500, a 200 where 304 was expected…). */
  readonly unexpected: number;
  readonly statuses: string;
  /** Connection errors and timeouts. */
  readonly errors: number;
  /** Mean CPU use over the slices (see `CpuUse`), `null` without /proc. */
  readonly cpu: CpuUse | null;
}

interface Target {
  readonly server: Child;
  readonly path: string;
  readonly headers: Record<string, string>;
}

/** One autocannon run of `seconds` against a target. */
function load(target: Target, seconds: number): Promise<Slice> {
  const url = `${target.server.url}${target.path}`;
  return new Promise<Slice>((resolve, reject) => {
    let latencies = new Float64Array(1 << 18);
    let count = 0;
    const before = cpuSnapshot(target.server.process.pid);
    const instance = autocannon(
      {
        url,
        connections: CONNECTIONS,
        pipelining: 1,
        duration: seconds,
        timeout: REQUEST_TIMEOUT,
        headers: target.headers,
      },
      (error: Error | null, result: Result) => {
        const cpu = cpuUse(before, cpuSnapshot(target.server.process.pid));
        if (error !== null) {
          reject(error);
          return;
        }
        resolve({
          seconds: result.duration,
          responses: result.requests.total,
          bytes: result.throughput.total,
          latencies: latencies.slice(0, count),
          statuses: new Map(
            Object.entries(result.statusCodeStats).map(([status, stats]) => [status, stats.count]),
          ),
          errors: result.errors,
          cpu,
        });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => {
      if (count === latencies.length) {
        const grown = new Float64Array(latencies.length * 2);
        grown.set(latencies);
        latencies = grown;
      }
      latencies[count] = responseTime;
      count += 1;
    });
  });
}

function percentile(sorted: Float64Array, fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

function combine(slices: readonly Slice[], expectedStatus: number): Measured {
  const seconds = slices.reduce((sum, slice) => sum + slice.seconds, 0);
  const responses = slices.reduce((sum, slice) => sum + slice.responses, 0);
  const bytes = slices.reduce((sum, slice) => sum + slice.bytes, 0);
  const latencies = new Float64Array(slices.reduce((sum, slice) => sum + slice.latencies.length, 0));
  let offset = 0;
  for (const slice of slices) {
    latencies.set(slice.latencies, offset);
    offset += slice.latencies.length;
  }
  latencies.sort();
  const statuses = new Map<string, number>();
  for (const slice of slices) {
    for (const [status, count] of slice.statuses) statuses.set(status, (statuses.get(status) ?? 0) + count);
  }
  const weighted = (part: (use: CpuUse) => number) =>
    slices.reduce((sum, slice) => sum + (slice.cpu === null ? 0 : part(slice.cpu) * slice.seconds), 0) /
    seconds;
  return {
    requestsPerSecond: seconds === 0 ? 0 : responses / seconds,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    responseBytes: responses === 0 ? 0 : bytes / responses,
    responses,
    unexpected: responses - (statuses.get(String(expectedStatus)) ?? 0),
    statuses: [...statuses].map(([status, count]) => `${status}×${count}`).join(' '),
    errors: slices.reduce((sum, slice) => sum + slice.errors, 0),
    cpu: slices.every((slice) => slice.cpu !== null)
      ? {
          server: weighted((use) => use.server),
          client: weighted((use) => use.client),
          other: weighted((use) => use.other),
        }
      : null,
  };
}

/**
 * Warms every target up (checked, not counted), then measures them in `ROUNDS` alternating slices
 * (API, bare, API, bare…) so that a change in the machine's background load affects both alike.
 */
async function measure(
  what: string,
  targets: readonly Target[],
  expectedStatus: number,
  warm = true,
): Promise<Measured[]> {
  const slice = DURATION / ROUNDS;
  log(
    `${what}: ${warm ? `${WARMUP} s warm-up each, then ` : ''}${ROUNDS} × ${slice} s per server, alternating`,
  );
  for (const target of warm ? targets : []) {
    const warm = combine([await load(target, WARMUP)], expectedStatus);
    if (warm.unexpected > 0 || warm.errors > 0) {
      throw new Error(
        `${what}: the warm-up got ${warm.statuses || 'no responses'} and ${warm.errors} errors (expected ${expectedStatus})`,
      );
    }
  }
  const slices = targets.map((): Slice[] => []);
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const [index, target] of targets.entries()) slices[index]?.push(await load(target, slice));
  }
  return slices.map((list) => combine(list, expectedStatus));
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** The median of each figure over repeated measurements (counts of bad answers and errors are added up). */
function medianOf(runs: readonly Measured[]): Measured {
  const first = runs[0];
  if (first === undefined) throw new Error('no measurement');
  if (runs.length === 1) return first;
  const of = (figure: (measured: Measured) => number) => median(runs.map(figure));
  return {
    requestsPerSecond: of((run) => run.requestsPerSecond),
    p50: of((run) => run.p50),
    p99: of((run) => run.p99),
    responseBytes: of((run) => run.responseBytes),
    responses: runs.reduce((sum, run) => sum + run.responses, 0),
    unexpected: runs.reduce((sum, run) => sum + run.unexpected, 0),
    statuses: runs.map((run) => run.statuses).join(' '),
    errors: runs.reduce((sum, run) => sum + run.errors, 0),
    cpu: runs.every((run) => run.cpu !== null)
      ? {
          server: of((run) => run.cpu?.server ?? 0),
          client: of((run) => run.cpu?.client ?? 0),
          other: of((run) => run.cpu?.other ?? 0),
        }
      : null,
  };
}

/**
 * `measure` repeated `REPEAT` times (the warm-up only before the first): the medians of each target's figures
 * and, for each later target, the median of the first target's requests/s divided by its own, per repeat.
 */
async function measureRepeated(
  what: string,
  targets: readonly Target[],
  expectedStatus: number,
): Promise<{ measured: Measured[]; ratios: number[] }> {
  const runs: Measured[][] = [];
  for (let repeat = 0; repeat < REPEAT; repeat += 1) {
    const label = REPEAT === 1 ? what : `${what} (${repeat + 1}/${REPEAT})`;
    runs.push(await measure(label, targets, expectedStatus, repeat === 0));
  }
  const measured = targets.map((_target, index) => medianOf(runs.map((run) => run[index] as Measured)));
  const ratios = targets
    .slice(1)
    .map((_target, index) =>
      median(
        runs.map(
          (run) => (run[0]?.requestsPerSecond ?? 0) / (run[index + 1]?.requestsPerSecond ?? Number.NaN),
        ),
      ),
    );
  if (REPEAT > 1) {
    for (const [index, run] of runs.entries()) {
      const perTarget = run.map((figures) => Math.round(figures.requestsPerSecond)).join(' / ');
      log(`${what}: repeat ${index + 1}: ${perTarget} req/s`);
    }
  }
  return { measured, ratios };
}

// ---------------------------------------------------------------------------------------------------------
// Responses

interface Captured {
  readonly status: number;
  readonly contentType: string | null;
  readonly etag: string | null;
  readonly body: Buffer;
}

async function capture(url: string, headers: Record<string, string>): Promise<Captured> {
  const response = await fetch(url, { headers });
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    etag: response.headers.get('etag'),
    body: Buffer.from(await response.arrayBuffer()),
  };
}

/** The request headers of a scenario. */
function headersOf(scenario: Scenario, token: string, budgetEtag: string | null): Record<string, string> {
  const headers: Record<string, string> = {};
  if (scenario.withKey) headers.authorization = `Bearer ${token}`;
  if (scenario.conditional) {
    if (budgetEtag === null) throw new Error('GET /v1/budget sent no ETag');
    headers['if-none-match'] = budgetEtag;
  }
  return headers;
}

// ---------------------------------------------------------------------------------------------------------
// Output

interface Row {
  readonly scenario: string;
  readonly server: string;
  readonly measured: Measured;
  readonly bodyBytes: number;
  /** API ÷ the bare server sending the same bytes. */
  readonly ratio: number | null;
  /** API ÷ the bare server running the same SQL (routes that read the database). */
  readonly sqlRatio: number | null;
}

const percent = (share: number | undefined) => (share === undefined ? 'n/a' : `${Math.round(100 * share)} %`);

function formatTable(rows: readonly Row[]): string {
  const header = [
    'scenario',
    'server',
    'req/s',
    'p50 ms',
    'p99 ms',
    'body B',
    'resp B',
    'API ÷ bare',
    'API ÷ bare+SQL',
    'bad',
    'errors',
    'server CPU',
    'µs/req',
    'client CPU',
    'other CPU',
  ];
  const lines = rows.map((row) => [
    row.scenario,
    row.server,
    Math.round(row.measured.requestsPerSecond).toLocaleString('en-US'),
    row.measured.p50.toFixed(2),
    row.measured.p99.toFixed(2),
    String(row.bodyBytes),
    String(Math.round(row.measured.responseBytes)),
    row.ratio === null ? '' : row.ratio.toFixed(3),
    row.sqlRatio === null ? '' : row.sqlRatio.toFixed(3),
    String(row.measured.unexpected),
    String(row.measured.errors),
    percent(row.measured.cpu?.server),
    row.measured.cpu === null || row.measured.requestsPerSecond === 0
      ? 'n/a'
      : String(Math.round((1e6 * row.measured.cpu.server) / row.measured.requestsPerSecond)),
    percent(row.measured.cpu?.client),
    percent(row.measured.cpu?.other),
  ]);
  const right = new Set([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...lines.map((line) => (line[column] ?? '').length)),
  );
  const cell = (text: string, column: number) => {
    const width = widths[column] ?? 0;
    return right.has(column) ? text.padStart(width) : text.padEnd(width);
  };
  const render = (line: readonly string[]) => `| ${line.map(cell).join(' | ')} |`;
  const rule = `|${widths.map((width, column) => (right.has(column) ? `${'-'.repeat(width + 1)}:` : '-'.repeat(width + 2))).join('|')}|`;
  return [render(header), rule, ...lines.map(render)].join('\n');
}

// ---------------------------------------------------------------------------------------------------------
// Run

const temp = mkdtempSync(join(tmpdir(), 'mbi-bench-'));

async function main(): Promise<number> {
  const started = Date.now();
  const startLoad = loadavg()[0]?.toFixed(2);
  const adminUrl = process.env.DATABASE_URL;
  let dropDatabase: (() => Promise<void>) | null = null;
  try {
    // A fresh database: a temporary PGlite folder, or a new database on DATABASE_URL's server.
    const databaseEnv: NodeJS.ProcessEnv = {};
    let engine: string;
    // The bare server with the same SQL opens the same PostgreSQL database, or a copy of the PGlite folder
    // (a PGlite folder belongs to one process: the API's).
    const sqlDatabase: { url?: string; dataDir?: string } = {};
    if (adminUrl === undefined || adminUrl === '') {
      databaseEnv.DATA_DIR = join(temp, 'pglite');
      sqlDatabase.dataDir = join(temp, 'pglite-sql');
      engine = 'PGlite (temporary data folder, inside the API process)';
    } else {
      const name = `mbi_bench_${randomBytes(8).toString('hex')}`;
      const admin = await openDatabase({ url: adminUrl, migrate: false });
      await admin.db.execute(`create database ${name}`);
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      databaseEnv.DATABASE_URL = url.toString();
      sqlDatabase.url = url.toString();
      engine = `PostgreSQL (temporary database ${name} on ${url.host})`;
      dropDatabase = async () => {
        await admin.db.execute(`drop database if exists ${name} with (force)`);
        await admin.close();
      };
    }

    log(`seeding ${ESTABLISHMENTS} establishments into ${engine}`);
    const seedStarted = Date.now();
    const database = await openDatabase({ url: databaseEnv.DATABASE_URL, dataDir: databaseEnv.DATA_DIR });
    const sqlRoutes: Record<string, SqlRoute> = {};
    const seed = await seedBenchmarkData(database.db, ESTABLISHMENTS)
      .then((summary) => {
        for (const scenario of scenarios) {
          if (scenario.statement === undefined) continue;
          sqlRoutes[scenario.path.replace('{id}', summary.establishmentId)] = scenario.statement(database, {
            establishment: summary.establishmentId,
          });
        }
        return summary;
      })
      .finally(() => database.close());
    if (sqlDatabase.dataDir !== undefined && databaseEnv.DATA_DIR !== undefined) {
      cpSync(databaseEnv.DATA_DIR, sqlDatabase.dataDir, { recursive: true });
    }
    log(`seeded in ${((Date.now() - seedStarted) / 1000).toFixed(1)} s (${seed.outdoor} in outdoor)`);
    const sqlRoutesFile = join(temp, 'sql-routes.json');
    writeFileSync(sqlRoutesFile, JSON.stringify({ ...sqlDatabase, routes: sqlRoutes }));
    const pathOf = (scenario: Scenario) => scenario.path.replace('{id}', seed.establishmentId);

    const { DATABASE_URL: _url, DATA_DIR: _dir, LOG_LEVEL: _level, ...inherited } = process.env;
    const apiEnv = (logLevel: string): NodeJS.ProcessEnv => ({
      ...inherited,
      ...databaseEnv,
      NODE_ENV: 'production',
      HOST,
      PORT: '0',
      LOG_LEVEL: logLevel,
      RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT_PER_MINUTE),
    });
    const profileArgs =
      args['cpu-prof'] === undefined ? [] : ['--cpu-prof', `--cpu-prof-dir=${args['cpu-prof']}`];

    const rows: Row[] = [];
    const failures: string[] = [];
    const check = (what: string, measured: Measured, expected: number) => {
      if (measured.unexpected > 0 || measured.errors > 0 || measured.responses === 0) {
        failures.push(
          `${what}: ${measured.statuses || 'no responses'}, ${measured.errors} errors (expected ${expected})`,
        );
      }
    };

    // The API with production logging (pino at info, one line per request, to /dev/null).
    let api = await startChild('api-server.ts', [], apiEnv('info'), profileArgs);
    log(`API (LOG_LEVEL=info) on ${api.url}`);
    const budget = await capture(`${api.url}/v1/budget`, {});
    const bareFigures = new Map<string, Measured>();
    const sqlFigures = new Map<string, Measured>();
    const apiFigures = new Map<string, Measured>();
    const bodyBytes = new Map<string, number>();

    for (const scenario of scenarios) {
      const headers = headersOf(scenario, seed.viewerToken, budget.etag);
      const path = pathOf(scenario);
      // The exact answer of the API, which the bare server then sends: status, content type, body bytes.
      const answer = await capture(`${api.url}${path}`, headers);
      if (answer.status !== scenario.expectedStatus) {
        throw new Error(
          `${scenario.label} answered ${answer.status}, not ${scenario.expectedStatus}: ${answer.body.toString().slice(0, 500)}`,
        );
      }
      if (scenario.withKey && scenario.id !== 'e') {
        const page = JSON.parse(answer.body.toString()) as { items?: unknown[] };
        if (page.items?.length !== 50) {
          throw new Error(`${scenario.label} returned ${page.items?.length} items, not 50`);
        }
      }
      bodyBytes.set(scenario.id, answer.body.length);
      const cannedHeaders: Record<string, string> = {};
      if (answer.status === 304) {
        if (answer.etag !== null) cannedHeaders.ETag = answer.etag;
      } else if (answer.contentType !== null) cannedHeaders['Content-Type'] = answer.contentType;
      const cannedFile = join(temp, `canned-${scenario.id}.json`);
      writeFileSync(
        cannedFile,
        JSON.stringify({
          status: answer.status,
          headers: cannedHeaders,
          bodyBase64: answer.body.toString('base64'),
        }),
      );
      const bare = await startChild('bare-server.ts', [cannedFile], { ...inherited, NODE_ENV: 'production' });
      const bareAnswer = await capture(`${bare.url}${path}`, headers);
      if (bareAnswer.status !== answer.status || !bareAnswer.body.equals(answer.body)) {
        throw new Error(`the bare server does not answer ${scenario.label} with the API's bytes`);
      }
      const targets: Target[] = [
        { server: api, path, headers },
        { server: bare, path, headers },
      ];
      let sqlBare: Child | null = null;
      let sqlBodyBytes = 0;
      if (scenario.statement !== undefined) {
        sqlBare = await startChild('bare-sql-server.ts', [sqlRoutesFile], {
          ...inherited,
          NODE_ENV: 'production',
        });
        const sqlAnswer = await capture(`${sqlBare.url}${path}`, headers);
        sqlBodyBytes = sqlAnswer.body.length;
        const rows = sqlAnswer.status === 200 ? (JSON.parse(sqlAnswer.body.toString()) as unknown) : null;
        const count = Array.isArray(rows) ? rows.length : rows === null || rows === undefined ? 0 : 1;
        if (count !== (scenario.id === 'e' ? 1 : 50)) {
          throw new Error(`the bare server with the same SQL answered ${scenario.label} with ${count} rows`);
        }
        targets.push({ server: sqlBare, path, headers });
      }

      const { measured, ratios } = await measureRepeated(
        `${scenario.id}) ${scenario.label}`,
        targets,
        scenario.expectedStatus,
      );
      await stopChild(bare.process);
      if (sqlBare !== null) await stopChild(sqlBare.process);
      const [measuredApi, measuredBare, measuredSql] = measured;
      if (measuredApi === undefined || measuredBare === undefined) throw new Error('missing figures');
      check(`${scenario.label} (API)`, measuredApi, scenario.expectedStatus);
      check(`${scenario.label} (bare)`, measuredBare, scenario.expectedStatus);
      if (measuredSql !== undefined) check(`${scenario.label} (bare+SQL)`, measuredSql, 200);
      apiFigures.set(scenario.id, measuredApi);
      bareFigures.set(scenario.id, measuredBare);
      if (measuredSql !== undefined) sqlFigures.set(scenario.id, measuredSql);
      rows.push({
        scenario: `${scenario.id}) ${scenario.label}`,
        server: 'API, LOG_LEVEL=info',
        measured: measuredApi,
        bodyBytes: answer.body.length,
        ratio: ratios[0] ?? null,
        sqlRatio: ratios[1] ?? null,
      });
      rows.push({
        scenario: '',
        server: 'bare node:http',
        measured: measuredBare,
        bodyBytes: answer.body.length,
        ratio: null,
        sqlRatio: null,
      });
      if (measuredSql !== undefined) {
        rows.push({
          scenario: '',
          server: 'bare node:http + same SQL',
          measured: measuredSql,
          bodyBytes: sqlBodyBytes,
          ratio: null,
          sqlRatio: null,
        });
      }
    }
    await stopChild(api.process);

    // The same API with logging off, to show what the log line of every request costs. Compared with
    // the bare figures of the same scenario measured above (not alternated: read it as indicative).
    const silentScenarios = scenarios.filter((scenario) => silentIds.has(scenario.id));
    if (silentScenarios.length > 0) {
      api = await startChild('api-server.ts', [], apiEnv('silent'), profileArgs);
      log(`API (LOG_LEVEL=silent) on ${api.url}`);
      for (const scenario of silentScenarios) {
        const headers = headersOf(scenario, seed.viewerToken, budget.etag);
        const {
          measured: [measuredSilent],
        } = await measureRepeated(
          `${scenario.id}) ${scenario.label}, silent`,
          [{ server: api, path: pathOf(scenario), headers }],
          scenario.expectedStatus,
        );
        if (measuredSilent === undefined) throw new Error('missing figures');
        check(`${scenario.label} (API, silent)`, measuredSilent, scenario.expectedStatus);
        const bare = bareFigures.get(scenario.id);
        const sql = sqlFigures.get(scenario.id);
        rows.push({
          scenario: `${scenario.id}) ${scenario.label}`,
          server: 'API, LOG_LEVEL=silent',
          measured: measuredSilent,
          bodyBytes: bodyBytes.get(scenario.id) ?? 0,
          ratio: bare === undefined ? null : measuredSilent.requestsPerSecond / bare.requestsPerSecond,
          sqlRatio: sql === undefined ? null : measuredSilent.requestsPerSecond / sql.requestsPerSecond,
        });
        const withLogs = apiFigures.get(scenario.id);
        if (withLogs !== undefined) {
          const change = 100 * (withLogs.requestsPerSecond / measuredSilent.requestsPerSecond - 1);
          log(`${scenario.id}) with logs: ${change.toFixed(0)} % requests/s compared with silent`);
        }
      }
      await stopChild(api.process);
    }

    const cpu = cpus();
    const out = [
      '',
      `API benchmark — ${new Date().toISOString()}`,
      `machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}, ${process.platform}/${process.arch}`,
      `database: ${engine}; ${seed.establishments} establishments (${seed.outdoor} outdoor), viewer API key`,
      `load: autocannon in this process; the API and each bare server in their own child process, on ${HOST}`,
      `      ${CONNECTIONS} connections, pipelining 1; per row ${WARMUP} s warm-up (not counted), then ${DURATION} s measured`,
      `      in ${ROUNDS} slices alternating API, bare (and bare+SQL)${REPEAT > 1 ? `; repeated ${REPEAT} times: medians of the repeats` : ''}`,
      "bare node:http = the API's bytes from memory; bare node:http + same SQL = the statement the data layer renders for the",
      '      route, prepared, through the same driver (openDatabase of @mbi/db; PGlite: a copy of the data folder), JSON.stringify(rows)',
      `RATE_LIMIT_PER_MINUTE=${RATE_LIMIT_PER_MINUTE} for the benchmark (the default, 600, would answer 429 within a second)`,
      'API logs: pino at LOG_LEVEL=info (one JSON line per request) written to /dev/null, unless the row says silent',
      'bad = responses with another status than expected (200, or 304 for If-None-Match); errors = connection errors and timeouts',
      'server CPU, client CPU = share of one core used by the server under load and by autocannon (this process);',
      "      µs/req = the server's CPU time per answer (server CPU ÷ req/s), steadier than req/s when the machine is shared;",
      `      other CPU = share of all ${cpu.length} cores used by every other process during the row`,
      `load average (1 min): ${startLoad} at the start, ${loadavg()[0]?.toFixed(2)} at the end`,
      '',
      formatTable(rows),
      '',
      `whole run: ${((Date.now() - started) / 1000).toFixed(0)} s`,
      '',
    ];
    process.stdout.write(out.join('\n'));
    if (failures.length > 0) {
      process.stderr.write(
        `\nBENCHMARK INVALID — unexpected responses or errors:\n  ${failures.join('\n  ')}\n`,
      );
      return 1;
    }
    return 0;
  } finally {
    await Promise.all([...children].map((child) => stopChild(child)));
    if (dropDatabase !== null) await dropDatabase();
    rmSync(temp, { recursive: true, force: true });
  }
}

let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    log(`${signal}: stopping the servers`);
    for (const child of children) child.kill('SIGTERM');
    rmSync(temp, { recursive: true, force: true });
    process.exit(130);
  });
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `\nBENCHMARK FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
