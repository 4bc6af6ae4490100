import { openDatabase } from '@mbi/db';
import { describe, expect, test } from 'vitest';
import { inMemoryApp } from './test-hooks';
import { createTestApp, problemOf } from './testing';

const app = inMemoryApp();

describe('cross-cutting behaviour', () => {
  test('unknown routes are 404 problem documents in the asked language', async () => {
    const response = await app.request('/v2/nothing', { headers: { 'Accept-Language': 'it' } });
    expect(response.status).toBe(404);
    const problem = await problemOf(response);
    expect(problem.title).toBe('La risorsa richiesta non è stata trovata.');
  });

  test('secure headers and a request id (echoed when the client sends a sane one)', async () => {
    const response = await app.request('/v1/partners', { headers: { 'X-Request-Id': 'abc-123' } });
    expect(response.headers.get('x-request-id')).toBe('abc-123');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    const generated = await app.request('/v1/partners', {
      headers: { 'X-Request-Id': 'bad id with spaces' },
    });
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  test('CORS only for allowlisted origins', async () => {
    const allowed = await app.request('/v1/partners', {
      headers: { Origin: 'https://dashboard.example.org' },
    });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://dashboard.example.org');
    const other = await app.request('/v1/partners', { headers: { Origin: 'https://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  test('status is ok while the database answers', async () => {
    const response = await app.request('/v1/status');
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  test('the OpenAPI 3.1 document lists the resources, and /docs works offline', async () => {
    const doc = (await (await app.request('/v1/openapi.json')).json()) as {
      openapi: string;
      paths: Record<string, unknown>;
    };
    expect(doc.openapi).toBe('3.1.0');
    for (const path of [
      '/v1/status',
      '/v1/project',
      '/v1/partners',
      '/v1/partners/{id}',
      '/v1/work-packages',
      '/v1/filieres',
      '/v1/budget',
      '/v1/calculations/cofinancing',
      '/v1/classifications/{code}',
    ]) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
    const docs = await app.request('/docs');
    // The page may run its own scripts (Swagger UI) and nothing from elsewhere; JSON answers allow nothing.
    expect(docs.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(docs.headers.get('content-security-policy')).not.toMatch(/https?:/);
    const page = await docs.text();
    const urls = [...page.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1] ?? '');
    expect(urls.length).toBeGreaterThan(2);
    for (const url of urls) {
      expect(url.startsWith('/docs/assets/')).toBe(true);
      expect((await app.request(url)).status).toBe(200);
    }
  });
});

describe('limits', () => {
  const limited = inMemoryApp({ rateLimitPerMinute: 2 });

  test('rate limiting answers 429 with Retry-After and RateLimit headers', async () => {
    const first = await limited.request('/v1/partners');
    expect(first.headers.get('ratelimit-limit')).toBe('2');
    expect(first.headers.get('ratelimit-remaining')).toBe('1');
    await limited.request('/v1/partners');
    const third = await limited.request('/v1/partners');
    expect(third.status).toBe(429);
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await problemOf(third)).code).toBe('too-many-requests');
  });

  test('503 problem when the database is down', async () => {
    const broken = await openDatabase({ dataDir: 'memory://' });
    const brokenApp = (await createTestApp(broken)).app;
    await broken.close();
    const response = await brokenApp.request('/v1/status');
    expect(response.status).toBe(503);
    expect((await problemOf(response)).code).toBe('service-unavailable');
  });
});
