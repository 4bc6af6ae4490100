import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseRate } from './rate';

describe('parseRate', () => {
  test.each([
    ['0.85', 85n, 100n, '0.85'],
    ['0.850', 850n, 1000n, '0.85'],
    ['1', 1n, 1n, '1'],
    ['1.00', 100n, 100n, '1'],
    ['0', 0n, 1n, '0'],
    ['0.5', 5n, 10n, '0.5'],
  ])('%s', (input, numerator, denominator, text) => {
    expect(parseRate(input)).toEqual({ ok: true, value: { numerator, denominator, text } });
  });

  test.each([
    ['85', 'out-of-range'],
    ['1.01', 'out-of-range'],
    ['-0.1', 'out-of-range'],
    ['85%', 'not-a-number'],
    ['0,85', 'not-a-number'],
    ['.5', 'not-a-number'],
    ['0.12345678901', 'too-many-decimals'],
  ])('%s is refused with %s', (input, code) => {
    const result = parseRate(input);
    expect(result.ok ? 'accepted' : result.error.code).toBe(code);
  });

  test('a number is refused with a hint', () => {
    const result = parseRate(0.85);
    expect(result.ok ? 'accepted' : result.error.message).toMatch(/"0\.85"/);
  });

  test('never throws on arbitrary input', () => {
    fc.assert(fc.property(fc.anything(), (input) => typeof parseRate(input).ok === 'boolean'));
  });
});
