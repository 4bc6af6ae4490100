/**
 * Prints the production bundle per route — JavaScript and CSS, gzip, with the reader's language — from Vite's
 * manifest, and the time to the overview's first meaningful content (its heading painted) in headless Chromium
 * against the built API.
 * A benchmark that prints figures (docs/performance.md records them), not a test.
 *
 *   pnpm --filter @mbi/dashboard build && pnpm --filter @mbi/dashboard bundle-report [--runs 7] [--no-timing]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { dashboardRoot, startStack } from '../e2e/stack';

interface Chunk {
  readonly file: string;
  readonly src?: string;
  readonly isEntry?: boolean;
  readonly imports?: readonly string[];
  readonly dynamicImports?: readonly string[];
  readonly css?: readonly string[];
}

const dist = join(dashboardRoot, 'dist');
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<
  string,
  Chunk
>;

const ROUTES: readonly [string, string][] = [
  ['/ (overview)', 'src/features/overview/overview-page.tsx'],
  ['/budget', 'src/features/budget/budget-page.tsx'],
  ['/filieres', 'src/features/filieres/filieres-page.tsx'],
  ['/establishments', 'src/features/establishments/establishments-page.tsx'],
  ['/establishments/$id, /new', 'src/features/establishments/establishment-page.tsx'],
  ['/observatory', 'src/features/observatory/observatory-page.tsx'],
  ['/admin', 'src/features/admin/admin-page.tsx'],
  ['/sign-in', 'src/features/auth/sign-in-page.tsx'],
];

const gzipped = new Map<string, number>();
function gzipSize(file: string): number {
  let size = gzipped.get(file);
  if (size === undefined) {
    size = gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
    gzipped.set(file, size);
  }
  return size;
}

/** A chunk and every chunk it imports statically (what the browser must load before running it). */
function closure(key: string, into = new Set<string>()): Set<string> {
  if (into.has(key)) return into;
  into.add(key);
  for (const imported of manifest[key]?.imports ?? []) closure(imported, into);
  return into;
}

function sizes(keys: Iterable<string>): { js: number; css: number } {
  let js = 0;
  let css = 0;
  const cssFiles = new Set<string>();
  for (const key of keys) {
    const chunk = manifest[key];
    if (chunk === undefined) continue;
    js += gzipSize(chunk.file);
    for (const file of chunk.css ?? []) cssFiles.add(file);
  }
  for (const file of cssFiles) css += gzipSize(file);
  return { js, css };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const entryKey = Object.keys(manifest).find((key) => manifest[key]?.isEntry === true);
if (entryKey === undefined)
  throw new Error('No entry in the manifest: build first (pnpm --filter @mbi/dashboard build).');
const shell = closure(entryKey);
const shellSizes = sizes(shell);

// Every page also loads its reader's language (`@mbi/i18n/locales/<locale>`, a chunk of its own, imported
// dynamically): the figures count the largest of the four, the worst case.
const languages = Object.keys(manifest)
  .map((key) => ({ key, locale: /\/locales\/(fr|it|de|en)\.[jt]s$/.exec(key)?.[1] }))
  .filter((entry): entry is { key: string; locale: string } => entry.locale !== undefined)
  .map(({ key, locale }) => ({ locale, keys: [...closure(key)].filter((imported) => !shell.has(imported)) }))
  .map(({ locale, keys }) => ({ locale, keys, js: sizes(keys).js }))
  .sort((a, b) => b.js - a.js);
const language = languages[0];
if (language === undefined)
  throw new Error('No language chunk (@mbi/i18n/locales/<locale>) in the manifest.');
console.log(
  `Language chunks (one per page): ${languages.map((entry) => `${entry.locale} ${kb(entry.js)}`).join(', ')}.\n`,
);

console.log('| route | JS gzip (shell + language + route) | of which the route | CSS gzip |');
console.log('| --- | ---: | ---: | ---: |');
const withLanguage = sizes(new Set([...shell, ...language.keys]));
console.log(`| shell (entry) alone | ${kb(shellSizes.js)} | — | ${kb(shellSizes.css)} |`);
console.log(`| shell + ${language.locale} | ${kb(withLanguage.js)} | — | ${kb(withLanguage.css)} |`);
let firstPage = 0;
for (const [route, source] of ROUTES) {
  const own = [...closure(source)].filter((key) => !shell.has(key));
  const total = sizes(new Set([...shell, ...language.keys, ...own]));
  const routeOnly = sizes(own);
  if (source.includes('overview')) firstPage = total.js;
  console.log(`| ${route} | ${kb(total.js)} | ${kb(routeOnly.js)} | ${kb(total.css)} |`);
}
console.log(
  `\nFirst page (/): ${kb(firstPage)} of JavaScript, gzip, with the largest language (goal: at most 150 KB).`,
);

const args = process.argv.slice(2);
if (!args.includes('--no-timing')) {
  const runsAt = args.indexOf('--runs');
  const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 7;
  const stack = await startStack();
  try {
    const timings: { heading: number; fcp: number }[] = [];
    for (let run = 0; run < runs; run += 1) {
      const page = await stack.browser.newPage();
      // The moment the project's heading enters the page (it needs the API's answer): the first meaningful content.
      // (A string: tsx would wrap a function's inner arrows in a helper the page does not have.)
      await page.addInitScript(`
        new MutationObserver((records, observer) => {
          if (document.querySelector('main h1') === null) return;
          globalThis.mbiHeadingAt = performance.now();
          observer.disconnect();
        }).observe(document, { subtree: true, childList: true });
      `);
      const cdp = await stack.browser.newCDPSession(page);
      // Every run cold: no HTTP cache, as a first visit.
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await page.goto(`${stack.baseUrl}/?lang=fr`);
      await page.locator('main h1').waitFor();
      timings.push(
        await page.evaluate(() => {
          const heading = (globalThis as unknown as { mbiHeadingAt: number }).mbiHeadingAt;
          const paint = performance.getEntriesByName('first-contentful-paint')[0];
          return { heading, fcp: paint?.startTime ?? Number.NaN };
        }),
      );
      await page.close();
    }
    const median = (values: number[]) =>
      [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
    console.log(
      `Overview, headless Chromium on localhost, cold cache, ${runs} runs: first contentful paint median ${median(
        timings.map((t) => t.fcp),
      ).toFixed(0)} ms; project heading shown (first meaningful content) median ${median(
        timings.map((t) => t.heading),
      ).toFixed(0)} ms (min ${Math.min(...timings.map((t) => t.heading)).toFixed(0)}, max ${Math.max(
        ...timings.map((t) => t.heading),
      ).toFixed(0)}).`,
    );
  } finally {
    await stack.stop();
  }
}
