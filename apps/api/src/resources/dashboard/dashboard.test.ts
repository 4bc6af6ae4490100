import { mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MESSAGES } from '@mbi/i18n';
import { afterAll, describe, expect, test } from 'vitest';
import { inMemoryApp } from '../../test-hooks';
import { problemOf } from '../../testing';

// A built dashboard as Vite lays it out: index.html, hashed files under assets/, a few files at the root.
const root = mkdtempSync(join(tmpdir(), 'mbi-dashboard-'));
const dist = join(root, 'dist');
const INDEX =
  '<!doctype html><html><head><script type="module" src="/assets/index-4f2a9c1b.js"></script></head><body><div id="root"></div></body></html>';
mkdirSync(join(dist, 'assets'), { recursive: true });
writeFileSync(join(dist, 'index.html'), INDEX);
writeFileSync(join(dist, 'assets', 'index-4f2a9c1b.js'), 'console.log("dashboard");');
writeFileSync(join(dist, 'assets', 'index-9d8e7f6a.css'), 'body{margin:0}');
writeFileSync(join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
// Outside the folder: what a path traversal would try to read.
writeFileSync(join(root, 'secret.txt'), 'not for the web');
symlinkSync(join(root, 'secret.txt'), join(dist, 'linked-secret.txt'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const html = { Accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

describe('a built dashboard', () => {
  const app = inMemoryApp({ config: { dashboardDir: dist } });

  test('`/` is index.html, revalidated on every use, under a policy that loads only its own files', async () => {
    const response = await app.request('/', { headers: html });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toBe(INDEX);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    // No other host may serve scripts, styles or fonts (no CDN).
    expect(csp).not.toMatch(/https?:|\*|unsafe-eval/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-request-id')).toBeTruthy();
  });

  test('an /embed/ page may be framed by any site; every other page by none', async () => {
    const embed = await app.request('/embed/observatory?filiere=outdoor&chrome=0', { headers: html });
    expect(embed.status).toBe(200);
    expect(await embed.text()).toBe(INDEX);
    const csp = embed.headers.get('content-security-policy') ?? '';
    expect(csp).toContain('frame-ancestors *');
    expect(csp).not.toContain("frame-ancestors 'none'");
    // The rest of the policy is the dashboard's: its own files only.
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(embed.headers.get('x-frame-options')).toBeNull();
    expect(embed.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(embed.headers.get('x-content-type-options')).toBe('nosniff');

    for (const path of ['/', '/observatory?filiere=outdoor', '/embedded', '/fr/embed/observatory']) {
      const page = await app.request(path, { headers: html });
      expect(page.status, path).toBe(200);
      expect(page.headers.get('content-security-policy'), path).toContain("frame-ancestors 'none'");
      expect(page.headers.get('x-frame-options'), path).toBe('SAMEORIGIN');
      expect(page.headers.get('cross-origin-resource-policy'), path).toBe('same-origin');
    }
  });

  test('hashed assets are cached for a year as immutable, with their media type', async () => {
    const script = await app.request('/assets/index-4f2a9c1b.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await script.text()).toBe('console.log("dashboard");');
    const style = await app.request('/assets/index-9d8e7f6a.css');
    expect(style.headers.get('content-type')).toBe('text/css; charset=utf-8');
    const icon = await app.request('/favicon.svg');
    expect(icon.headers.get('content-type')).toBe('image/svg+xml');
    expect(icon.headers.get('cache-control')).toBe('no-cache');
  });

  test('a page of the app, reloaded or shared by URL, is index.html', async () => {
    for (const path of ['/establishments', '/fr/budget?view=table', '/filieres/outdoor/43.29']) {
      const response = await app.request(path, { headers: html });
      expect(response.status, path).toBe(200);
      expect(await response.text(), path).toBe(INDEX);
    }
  });

  test('the API keeps its paths: never the page there, and its own headers', async () => {
    for (const path of ['/v1/nothing', '/v1', '/docs/nothing', '/readyz/x', '/openapi.json']) {
      const response = await app.request(path, { headers: html });
      expect(response.status, path).toBe(404);
      await problemOf(response);
    }
    const docs = await app.request('/docs', { headers: html });
    expect(await docs.text()).toContain('swagger-ui');
    const budget = await app.request('/v1/budget');
    expect(budget.status).toBe(200);
    expect(budget.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect((await app.request('/livez')).status).toBe(200);
  });

  test('what is not a page is a 404 problem: JSON callers, missing assets, other methods', async () => {
    const json = await app.request('/establishments', { headers: { Accept: 'application/json' } });
    expect(json.status).toBe(404);
    await problemOf(json);
    const refused = await app.request('/establishments', { headers: { Accept: 'text/html;q=0, */*' } });
    expect(refused.status).toBe(404);
    // A browser asking for a missing script must not be handed HTML.
    const missing = await app.request('/assets/index-00000000.js', { headers: html });
    expect(missing.status).toBe(404);
    await problemOf(missing);
    const post = await app.request('/', { method: 'POST', headers: html });
    expect(post.status).toBe(404);
    await problemOf(post);
  });

  test('no path reaches a file outside the folder', async () => {
    for (const path of [
      '/assets/..%2f..%2fsecret.txt',
      '/..%2fsecret.txt',
      '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      '/assets/..%5c..%5csecret.txt',
      '/index.html%00.js',
      '/%E0%A4%A',
    ]) {
      const response = await app.request(path, { headers: html });
      expect(response.status, path).toBe(400);
      const problem = await problemOf(response);
      expect(problem.code).toBe('bad-request');
      expect(JSON.stringify(problem)).not.toContain('not for the web');
    }
    // A link inside the folder that leads out of it is not followed (and not offered as a page either).
    const linked = await app.request('/linked-secret.txt');
    expect(linked.status).toBe(404);
    expect(await linked.text()).not.toContain('not for the web');
  });

  test('ETags revalidate; HEAD answers the headers only', async () => {
    const first = await app.request('/assets/index-4f2a9c1b.js');
    const etag = first.headers.get('etag') ?? '';
    expect(etag).not.toBe('');
    const again = await app.request('/assets/index-4f2a9c1b.js', { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const head = await app.request('/', { method: 'HEAD', headers: html });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await head.text()).toBe('');
  });

  test('a rebuild while the API runs is served at once', async () => {
    const rebuilt = INDEX.replace('4f2a9c1b', '1a2b3c4d');
    writeFileSync(join(dist, 'index.html'), rebuilt);
    const later = new Date(Date.now() + 5_000);
    utimesSync(join(dist, 'index.html'), later, later);
    const response = await app.request('/', { headers: html });
    expect(await response.text()).toBe(rebuilt);
    writeFileSync(join(dist, 'index.html'), INDEX);
  });
});

describe('a dashboard that is not built', () => {
  const app = inMemoryApp({ config: { dashboardDir: join(root, 'missing') } });

  test('`/` says so, and how to build it, in the reader’s language', async () => {
    for (const [headers, query, locale] of [
      [{ 'Accept-Language': 'it-CH,it;q=0.9' }, '', 'it'],
      [{ 'Accept-Language': 'en' }, '?lang=de', 'de'],
      [{}, '', 'fr'],
    ] as const) {
      const response = await app.request(`/${query}`, { headers: { ...html, ...headers } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-language')).toBe(locale);
      expect(response.headers.get('cache-control')).toBe('no-store');
      const page = await response.text();
      expect(page).toContain(`<html lang="${locale}">`);
      expect(page).toContain(MESSAGES[locale]['dashboard.notBuilt.title']);
      expect(page).toContain('npx --yes pnpm@10.34.9 start');
      expect(page).toContain('--filter @mbi/dashboard build');
    }
    const deep = await app.request('/budget', { headers: html });
    expect(await deep.text()).toContain('npx --yes pnpm@10.34.9 start');
    const asset = await app.request('/assets/index-4f2a9c1b.js');
    expect(asset.status).toBe(404);
  });
});
