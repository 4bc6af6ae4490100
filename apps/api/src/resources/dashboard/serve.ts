import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve } from 'node:path';
import { createTranslator } from '@mbi/i18n';
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../../context';
import { localeOf } from '../../lib/locale';
import { COMMON_SECURITY_HEADERS } from '../../lib/middleware/secure-headers';
import { message, problemResponse } from '../../lib/problem';
import { textFault } from '../../lib/text-guard';

/**
 * The reference dashboard, served by the API process from its built files (`apps/dashboard/dist`):
 * hashed assets cached for a year, `index.html` revalidated on every use, every other page of the
 * single-page app answered with `index.html`, a Content-Security-Policy that lets the page load only
 * the API's own files, and never a file outside the folder. Without a build, `/` explains how to make one.
 */

/** Paths that belong to the API, never to the dashboard (not even as a fallback page). */
const API_PREFIXES = ['/v1', '/livez', '/readyz', '/openapi.json', '/docs'] as const;

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

/**
 * The dashboard may load its own scripts, styles, images, fonts and API answers: nothing from elsewhere. Vite
 * inlines small images and fonts as data: URLs (from the build, not another host); blob: images are made by the
 * page itself (the observatory draws its map's SVG into a canvas to save it as PNG).
 */
const DASHBOARD_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * The security headers of the dashboard's answers, in place of the API's (`default-src 'none'` would block the
 * page's own scripts and styles); `requestContext` writes them, as it writes the API's.
 */
const PAGE_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  ...COMMON_SECURITY_HEADERS,
  'Content-Security-Policy': `${DASHBOARD_CSP}; frame-ancestors 'none'`,
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/**
 * The embeddable views (`/embed/…`, e.g. `/embed/observatory?…`): the same policy, except that any site may
 * put the page in an iframe (a commune's website shows the observatory's map or chart): no `X-Frame-Options`
 * (its only values forbid other sites) and a resource policy that lets another site's page, even one that
 * requires it (COEP), load the document into its iframe.
 */
const { 'X-Frame-Options': _sameOrigin, ...FRAMEABLE } = COMMON_SECURITY_HEADERS;
const EMBED_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  ...FRAMEABLE,
  'Content-Security-Policy': `${DASHBOARD_CSP}; frame-ancestors *`,
  'Cross-Origin-Resource-Policy': 'cross-origin',
};

/** Pages under `/embed/` may be framed by any site; every other page of the dashboard by none. */
export function isEmbedPath(path: string): boolean {
  return path.startsWith('embed/');
}

function belongsToApi(path: string): boolean {
  return API_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}

function acceptsHtml(c: Context<AppEnv>): boolean {
  const accept = c.req.header('accept') ?? '';
  return /(^|[\s,])(text\/html|application\/xhtml\+xml)\s*(;(?!\s*q=0(\.0*)?\s*(,|$))|,|$)/i.test(accept);
}

interface StaticFile {
  readonly body: Uint8Array;
  readonly etag: string;
  readonly mtimeMs: number;
  readonly size: number;
}

/** The request's path relative to the folder, or `null` when it is not a plain path inside it. */
function relativePath(rawPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (decoded.includes('\\') || textFault(decoded, true) !== null) return null;
  const segments = decoded.split('/').slice(1);
  if (segments.some((segment) => segment === '..' || segment === '.')) return null;
  return segments.filter((segment) => segment !== '').join('/');
}

/**
 * The dashboard's files in a folder, read on first use and read again when they change on disk (a rebuild
 * while the API runs is served at once).
 */
class DashboardFolder {
  readonly #root: string;
  #realRoot: string | null = null;
  readonly #files = new Map<string, StaticFile>();

  constructor(root: string) {
    this.#root = resolve(root);
  }

  /** A regular file of the folder, or `null` (missing, a directory, or outside the folder by a link). */
  async file(path: string): Promise<StaticFile | null> {
    const full = join(this.#root, path);
    const inside = relative(this.#root, full);
    if (inside.startsWith('..') || isAbsolute(inside)) return null;
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(full);
    } catch {
      return null;
    }
    if (!info.isFile()) return null;
    const known = this.#files.get(full);
    if (known !== undefined && known.mtimeMs === info.mtimeMs && known.size === info.size) return known;
    try {
      this.#realRoot ??= await realpath(this.#root);
      const real = relative(this.#realRoot, await realpath(full));
      if (real.startsWith('..') || isAbsolute(real)) return null;
      const body = new Uint8Array(await readFile(full));
      const file = {
        body,
        etag: `W/"${info.size.toString(36)}-${Math.floor(info.mtimeMs).toString(36)}"`,
        mtimeMs: info.mtimeMs,
        size: info.size,
      };
      this.#files.set(full, file);
      return file;
    } catch {
      return null;
    }
  }
}

function send(c: Context<AppEnv>, file: StaticFile, type: string, cacheControl: string): Response {
  const headers = { 'Content-Type': type, 'Cache-Control': cacheControl, ETag: file.etag };
  const match = c.req.header('if-none-match');
  if (match?.split(',').some((tag) => tag.trim() === file.etag || tag.trim() === '*')) {
    return new Response(null, { status: 304, headers });
  }
  const body = c.req.method === 'HEAD' ? null : file.body.slice().buffer;
  return new Response(body, { status: 200, headers: { ...headers, 'Content-Length': String(file.size) } });
}

const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** The page `/` shows when the dashboard has not been built, in the reader's language. */
export function notBuiltPage(c: Context<AppEnv>): Response {
  const locale = localeOf(c);
  const t = createTranslator(locale);
  const html = `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t('dashboard.notBuilt.title'))} — Mont-Blanc INNOVATION</title>
</head>
<body>
<main>
<h1>${escapeHtml(t('dashboard.notBuilt.title'))}</h1>
<p>${escapeHtml(t('dashboard.notBuilt.explanation'))}</p>
<pre><code>npx --yes pnpm@10.34.9 start</code></pre>
<p>${escapeHtml(t('dashboard.notBuilt.alone'))}</p>
<pre><code>npx --yes pnpm@10.34.9 --filter @mbi/dashboard build</code></pre>
<p>${escapeHtml(t('dashboard.notBuilt.api'))} <a href="/docs">/docs</a></p>
</main>
</body>
</html>
`;
  return new Response(c.req.method === 'HEAD' ? null : html, {
    status: 200,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Language': locale,
      'Cache-Control': 'no-store',
      Vary: 'Accept-Language',
    },
  });
}

/**
 * Serves the dashboard built in `folder` (`null`: none configured, `/` says how to build it). Mounted before
 * the API's own headers: it answers the requests that are the dashboard's and passes on every other.
 *
 * @example
 * app.use('*', serveDashboard('/srv/mbi/apps/dashboard/dist'));
 */
export function serveDashboard(folder: string | null): MiddlewareHandler<AppEnv> {
  const files = folder === null ? null : new DashboardFolder(folder);

  const answer = async (c: Context<AppEnv>): Promise<Response | null> => {
    const path = relativePath(c.req.path);
    if (path === null) {
      return problemResponse(c, 'bad-request', { detail: message('problem.detail.dashboardPath') });
    }
    const index = files === null ? null : await files.file('index.html');
    if (path === '' || path === 'index.html') {
      return index === null ? notBuiltPage(c) : send(c, index, TYPES['.html'] as string, REVALIDATE);
    }
    const file = files === null ? null : await files.file(path);
    if (file !== null) {
      const type = TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
      return send(c, file, type, path.startsWith('assets/') ? IMMUTABLE : REVALIDATE);
    }
    // A missing hashed asset is a 404, never the page (a browser would run HTML as a script).
    if (path.startsWith('assets/') || !acceptsHtml(c)) return null;
    return index === null ? notBuiltPage(c) : send(c, index, TYPES['.html'] as string, REVALIDATE);
  };

  return async (c, next) => {
    if ((c.req.method !== 'GET' && c.req.method !== 'HEAD') || belongsToApi(c.req.path)) return next();
    const response = await answer(c);
    if (response === null) return next();
    const embed = isEmbedPath(relativePath(c.req.path) ?? '');
    c.set('responseHeaders', {
      ...(embed ? EMBED_SECURITY_HEADERS : PAGE_SECURITY_HEADERS),
      'X-Request-Id': c.get('requestId'),
    });
    return response;
  };
}
