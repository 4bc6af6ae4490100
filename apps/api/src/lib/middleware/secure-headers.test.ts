import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { describe, expect, test } from 'vitest';
import { API_SECURITY_HEADERS, DOCS_SECURITY_HEADERS } from './secure-headers';

// The reference is hono's own `secureHeaders` with the options the API used before its headers became plain
// objects (docs/performance.md): the answers must carry exactly the same headers.
const common = {
  crossOriginResourcePolicy: 'same-site',
  referrerPolicy: 'no-referrer',
  strictTransportSecurity: 'max-age=31536000; includeSubDomains',
} as const;

async function honoHeaders(options: Parameters<typeof secureHeaders>[0]): Promise<Record<string, string>> {
  const app = new Hono();
  app.use('*', secureHeaders(options));
  app.get('/', (c) => c.body(null, 204));
  const response = await app.request('/');
  return Object.fromEntries(response.headers);
}

const lowerCased = (headers: Readonly<Record<string, string>>) =>
  Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));

describe('security headers', () => {
  test('JSON answers carry the headers of hono secureHeaders, with a CSP that allows nothing', async () => {
    expect(lowerCased(API_SECURITY_HEADERS)).toEqual(
      await honoHeaders({
        ...common,
        contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
      }),
    );
  });

  test('the docs page carries the same, with a CSP for its own scripts and styles', async () => {
    expect(lowerCased(DOCS_SECURITY_HEADERS)).toEqual(
      await honoHeaders({
        ...common,
        contentSecurityPolicy: {
          defaultSrc: ["'none'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          fontSrc: ["'self'"],
          frameAncestors: ["'none'"],
        },
      }),
    );
  });
});
