/**
 * The security headers of every answer, as plain objects written once and copied into each answer's common
 * headers by `requestContext`: the same headers hono's `secureHeaders` sets (a test compares them), without its
 * per-request `Headers.set` calls, which pushed the Node adapter off its fast path (docs/performance.md).
 */
export const COMMON_SECURITY_HEADERS = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-site',
  'Origin-Agent-Cluster': '?1',
  'Referrer-Policy': 'no-referrer',
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'X-DNS-Prefetch-Control': 'off',
  'X-Download-Options': 'noopen',
  'X-Frame-Options': 'SAMEORIGIN',
  'X-Permitted-Cross-Domain-Policies': 'none',
  'X-XSS-Protection': '0',
} as const satisfies Readonly<Record<string, string>>;

/** JSON answers allow nothing to load. */
export const API_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
  ...COMMON_SECURITY_HEADERS,
};

/** The /docs page may load its own scripts and styles, nothing else. */
export const DOCS_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy':
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; font-src 'self'; frame-ancestors 'none'",
  ...COMMON_SECURITY_HEADERS,
};
