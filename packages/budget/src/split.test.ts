import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatAmount, fromMinor, money } from './money';
import { split, splitEvenly } from './split';

const amounts = (result: ReturnType<typeof split>) =>
  result.ok ? result.value.map(formatAmount) : result.error.code;

describe('split (BRIEF: each part truncated, the last part takes the remainder)', () => {
  test('thirds: 100.00 → 33.33 + 33.33 + 33.34', () => {
    expect(amounts(split(money('100.00', 'EUR'), [1, 1, 1]))).toEqual(['33.33', '33.33', '33.34']);
  });

  test('three reporting periods of the Chamonix ERDF amount', () => {
    // 361,839.90 / 3 = 120,613.30 exactly
    expect(amounts(splitEvenly(money('361839.90', 'EUR'), 3))).toEqual([
      '120613.30',
      '120613.30',
      '120613.30',
    ]);
    // 359,139.70 / 3 = 119,713.2333… → 119,713.23 twice, remainder 119,713.24
    expect(amounts(splitEvenly(money('359139.70', 'EUR'), 3))).toEqual([
      '119713.23',
      '119713.23',
      '119713.24',
    ]);
  });

  test('decimal-string weights with different scales', () => {
    expect(amounts(split(money('10.00', 'EUR'), ['0.5', '0.25', '0.250']))).toEqual(['5.00', '2.50', '2.50']);
  });

  test('zero weights give zero parts; the last part still closes the sum', () => {
    expect(amounts(split(money('10.00', 'EUR'), [0, 1, 0]))).toEqual(['0.00', '10.00', '0.00']);
  });

  test('bad weights are typed errors', () => {
    expect(amounts(split(money('10.00', 'EUR'), []))).toBe('invalid-weights');
    expect(amounts(split(money('10.00', 'EUR'), [0, 0]))).toBe('invalid-weights');
    expect(amounts(split(money('10.00', 'EUR'), [1, -1]))).toBe('invalid-weights');
    expect(amounts(split(money('10.00', 'EUR'), [1, 0.5]))).toBe('invalid-weights');
    expect(amounts(split(money('10.00', 'EUR'), ['1', 'abc']))).toBe('invalid-weights');
    expect(amounts(splitEvenly(money('10.00', 'EUR'), 0))).toBe('invalid-weights');
    expect(amounts(splitEvenly(money('10.00', 'EUR'), 1.5))).toBe('invalid-weights');
  });
});

describe('split invariants (property-based)', () => {
  const weights = fc.array(fc.bigInt({ min: 0n, max: 10n ** 9n }), { minLength: 1, maxLength: 30 });

  test('parts always add up to the whole, one part per weight, same currency', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 14n), max: 10n ** 14n }), weights, (minor, ws) => {
        fc.pre(ws.some((w) => w > 0n));
        const result = split(fromMinor(minor, 'CHF'), ws);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.value).toHaveLength(ws.length);
        expect(result.value.reduce((sum, part) => sum + part.minor, 0n)).toBe(minor);
        expect(result.value.every((part) => part.currency === 'CHF')).toBe(true);
      }),
    );
  });

  test('no negative part from a positive whole', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 14n }), weights, (minor, ws) => {
        fc.pre(ws.some((w) => w > 0n));
        const result = split(fromMinor(minor, 'EUR'), ws);
        expect(result.ok && result.value.every((part) => part.minor >= 0n)).toBe(true);
      }),
    );
  });
});
