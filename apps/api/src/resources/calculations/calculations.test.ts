import { describe, expect, test } from 'vitest';
import { inMemoryApp } from '../../test-hooks';
import { problemOf } from '../../testing';

const app = inMemoryApp();

describe('POST /v1/calculations/cofinancing', () => {
  const post = (body: string, type = 'application/json') =>
    app.request('/v1/calculations/cofinancing?lang=en', {
      method: 'POST',
      body,
      headers: { 'Content-Type': type },
    });

  test('truncates the fund to the cent (422,517.30 × 85 % = 359,139.705 → 359,139.70)', async () => {
    const response = await post(JSON.stringify({ eligible: '422517.30', rate: '0.85' }));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      fund: { amount: '359139.70', currency: 'EUR' },
      contribution: { amount: '63377.60', currency: 'EUR' },
    });
  });

  test.each([
    [{ eligible: '1.234', rate: '0.85' }, 'body.eligible'],
    [{ eligible: '100', rate: '85' }, 'body.rate'],
    [{ eligible: 100, rate: '0.85' }, 'body.eligible'],
    [{ eligible: '100', rate: '0.85', currency: 'USD' }, 'body.currency'],
    [{ eligible: '100', rate: '0.85', extra: true }, 'body'],
    [{ rate: '0.85' }, 'body.eligible'],
  ])('refuses %j naming %s', async (body, field) => {
    const response = await post(JSON.stringify(body));
    expect(response.status).toBe(400);
    const problem = await problemOf(response);
    expect(problem.code).toBe('validation-failed');
    expect((problem.errors as { field: string }[]).map((error) => error.field)).toContain(field);
  });

  test('malformed JSON is a 400 problem, not a crash', async () => {
    const response = await post('{"eligible": "1",');
    expect(response.status).toBe(400);
    expect((await problemOf(response)).code).toBe('malformed-json');
  });

  test('a body that is not JSON is refused with 415', async () => {
    const response = await post('eligible=1', 'application/x-www-form-urlencoded');
    expect(response.status).toBe(415);
  });

  test('an oversized body is refused with 413', async () => {
    const response = await post(JSON.stringify({ eligible: '1', rate: '0.5', pad: 'x'.repeat(100_000) }));
    expect(response.status).toBe(413);
    expect((await problemOf(response)).code).toBe('payload-too-large');
  });
});
