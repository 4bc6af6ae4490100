import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
export const dashboardRoot = resolve(here, '..');
const repositoryRoot = resolve(dashboardRoot, '../..');
const cli = join(repositoryRoot, 'apps/api/dist/cli.js');
const dashboardDist = join(dashboardRoot, 'dist');

/** Debian's Chromium (`apt-get install -y chromium`); never a browser downloaded by Playwright. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Screenshots and other artefacts of a run (git-ignored). */
export const ARTEFACTS = join(dashboardRoot, 'test-results', 'e2e');

export const USERS = {
  admin: { email: 'admin@e2e.example', password: 'e2e-admin-password-1', name: 'Ada Admin', role: 'admin' },
  editor: {
    email: 'editor@e2e.example',
    password: 'e2e-editor-password-1',
    name: 'Eddie Editor',
    role: 'editor',
    partner: 'cc-vallee-chamonix',
  },
} as const;

export interface Stack {
  readonly baseUrl: string;
  /** The first admin API key the API printed at its first start. */
  readonly adminKey: string;
  readonly browser: BrowserContext;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/** Why the end-to-end tests cannot run here, said plainly (they fail rather than skip). */
export function missingPrerequisite(): string | null {
  if (!existsSync(CHROMIUM)) {
    return `Chromium is not installed at ${CHROMIUM}: install Debian's package (apt-get update && apt-get install -y chromium) or set CHROMIUM_PATH. .ci/run installs it when it is missing.`;
  }
  if (!existsSync(cli)) return `The API is not built (${cli}): run the build first (pnpm turbo run build).`;
  if (!existsSync(join(dashboardDist, 'index.html'))) {
    return `The dashboard is not built (${dashboardDist}): run pnpm --filter @mbi/dashboard build.`;
  }
  return null;
}

function runCli(args: readonly string[], env: NodeJS.ProcessEnv): string {
  return execFileSync(process.execPath, [cli, ...args], {
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Everything a child process prints, as it comes. */
function collect(child: ChildProcess): { text: string } {
  const output = { text: '' };
  const append = (chunk: Buffer) => {
    output.text += chunk.toString('utf8');
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  return output;
}

/** Waits until the API's output matches, or fails with what it printed (it exited, or took too long). */
async function waitFor(
  child: ChildProcess,
  pattern: RegExp,
  output: { text: string },
  ms: number,
): Promise<RegExpMatchArray> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const match = output.text.match(pattern);
    if (match !== null) return match;
    if (child.exitCode !== null) throw new Error(`The API exited (${child.exitCode}):\n${output.text}`);
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`The API printed no ${pattern} within ${ms} ms:\n${output.text}`);
}

/**
 * An API that does not serve the dashboard yet (no DASHBOARD_DIR support) is put behind Vite's preview server,
 * which serves the same built files and forwards /v1 to it, as the dev server does.
 */
async function previewIfNotServed(apiUrl: string): Promise<{ url: string; close(): Promise<void> } | null> {
  const answer = await fetch(`${apiUrl}/`, { headers: { Accept: 'text/html' } });
  const html =
    (answer.headers.get('content-type') ?? '').includes('text/html') &&
    (await answer.text()).includes('id="root"');
  if (html) return null;
  const { preview } = await import('vite');
  const server = await preview({
    root: dashboardRoot,
    configFile: false,
    logLevel: 'silent',
    preview: { host: '127.0.0.1', port: await freePort(), strictPort: true, proxy: { '/v1': apiUrl } },
  });
  const url = server.resolvedUrls?.local[0]?.replace(/\/$/, '') ?? '';
  return { url, close: () => server.close() };
}

/**
 * The API as the README starts it (the built `cli.js serve`, embedded PGlite in a fresh folder, a free port),
 * serving the built dashboard, with two users created by `mbi users create` and the demo data (`mbi demo
 * load`) before the first start, and a headless Debian Chromium on a fresh profile.
 */
export async function startStack(): Promise<Stack> {
  const problem = missingPrerequisite();
  if (problem !== null) throw new Error(problem);
  const work = mkdtempSync(join(tmpdir(), 'mbi-e2e-'));
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: join(work, 'pglite'),
    PORT: String(port),
    HOST: '127.0.0.1',
    DASHBOARD_DIR: dashboardDist,
    // Plain HTTP on the loopback: the session cookie cannot be Secure there.
    COOKIE_SECURE: 'false',
    LOG_LEVEL: 'warn',
    // The e2e sign in many times from one address in a minute.
    AUTH_FAILURES_PER_MINUTE: '1000',
    RATE_LIMIT_PER_MINUTE: '100000',
  };
  for (const user of Object.values(USERS)) {
    runCli(
      [
        'users',
        'create',
        '--email',
        user.email,
        '--name',
        user.name,
        '--role',
        user.role,
        ...('partner' in user ? ['--partner', user.partner] : []),
      ],
      { ...env, MBI_PASSWORD: user.password },
    );
  }
  // The demo data the first start of the embedded database loads (it declines once users exist): every page
  // then has something to show, and the demo banner is on.
  runCli(['demo', 'load'], env);
  const api = spawn(process.execPath, [cli, 'serve'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const output = collect(api);
  await waitFor(api, /on http:\/\/127\.0\.0\.1:\d+/, output, 240_000);
  // The first start prints the first admin API key just after the address line.
  const adminKey = await waitFor(api, /(mbi_[A-Za-z0-9_-]{20,})/, output, 10_000).then(
    (match) => match[1] ?? '',
    () => '',
  );
  const apiUrl = `http://127.0.0.1:${port}`;
  const preview = await previewIfNotServed(apiUrl);
  const baseUrl = preview?.url ?? apiUrl;
  const profile = join(work, 'chromium');
  mkdirSync(profile, { recursive: true });
  mkdirSync(ARTEFACTS, { recursive: true });
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    locale: 'fr-FR',
    viewport: { width: 1280, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  // The repository's other suites share the machine's two cores with this browser: wait long rather than fail.
  browser.setDefaultTimeout(90_000);
  browser.setDefaultNavigationTimeout(90_000);
  return {
    baseUrl,
    adminKey,
    browser,
    async stop() {
      await browser.close().catch(() => undefined);
      await preview?.close();
      if (api.exitCode === null) {
        const exited = new Promise((done) => api.once('exit', done));
        api.kill('SIGTERM');
        await Promise.race([exited, new Promise((done) => setTimeout(done, 10_000))]);
        if (api.exitCode === null) api.kill('SIGKILL');
      }
      rmSync(work, { recursive: true, force: true });
    },
  };
}
