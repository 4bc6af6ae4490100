import { createMbiClient, type Lang, type MbiClient } from '@mbi/client';

/**
 * The session's CSRF token, read from `POST /v1/auth/sessions` or `GET /v1/auth/me`. The session itself is an
 * httpOnly cookie the page never sees; the API refuses a cookie-authenticated write without this token.
 */
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The fetch the client uses in the page: same-origin cookies, and the session's CSRF token on every write.
 * The API is on the page's own origin (served by it, or behind Vite's proxy in development).
 */
export function sessionFetch(request: Request): Promise<Response> {
  const headers = new Headers(request.headers);
  if (csrfToken !== null && UNSAFE_METHODS.has(request.method)) headers.set('X-CSRF-Token', csrfToken);
  return globalThis.fetch(new Request(request, { headers, credentials: 'same-origin' }));
}

/** The API's origin: the page's own. */
export function apiBaseUrl(): string {
  return globalThis.location?.origin ?? 'http://127.0.0.1:8787';
}

const clients = new Map<Lang, MbiClient>();

/** One client per language: labels and problem titles come back in the reader's language. */
export function clientFor(lang: Lang): MbiClient {
  let client = clients.get(lang);
  if (client === undefined) {
    client = createMbiClient({ baseUrl: apiBaseUrl(), lang, fetch: sessionFetch });
    clients.set(lang, client);
  }
  return client;
}
