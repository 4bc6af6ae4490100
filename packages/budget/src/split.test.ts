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

  test('ERDF of 3 × 100.01 and 0.00 at 85 %: the empty work package gets nothing', () => {
    // Eligible 100.01 + 100.01 + 100.01 + 0.00 = 300.03; ERDF 300.03 × 0.85 = 255.0255 → 255.02 (truncated).
    // Share of each 100.01: 255.02 × 100.01 / 300.03 = 255.02 / 3 = 85.00666… → 85.00.
    // The last positive weight (the third) takes 255.02 − 85.00 − 85.00 = 85.02; the fourth weighs 0 → 0.00
    // (the remainder used to land there: 85.00 + 85.00 + 85.00 + 0.02).
    expect(amounts(split(money('255.02', 'EUR'), ['100.01', '100.01', '100.01', '0.00']))).toEqual([
      '85.00',
      '85.00',
      '85.02',
      '0.00',
    ]);
  });

  test('zero weights get zero parts wherever they stand; the last positive weight closes the sum', () => {
    expect(amounts(split(money('10.00', 'EUR'), [0, 1, 0]))).toEqual(['0.00', '10.00', '0.00']);
    // 100.00 / 3 = 33.333… → 33.33, 33.33, then 100.00 − 66.66 = 33.34 on the third positive weight.
    expect(amounts(split(money('100.00', 'EUR'), [0, 1, 1, 1, 0, 0]))).toEqual([
      '0.00',
      '33.33',
      '33.33',
      '33.34',
      '0.00',
      '0.00',
    ]);
    // A single positive weight takes the whole.
    expect(amounts(split(money('0.99', 'EUR'), [0, 0, 7]))).toEqual(['0.00', '0.00', '0.99']);
  });

  test('a negative whole splits like its opposite, negated (truncation toward zero)', () => {
    // −100.00 / 3 = −33.333… → −33.33, −33.33, remainder −100.00 + 66.66 = −33.34.
    expect(amounts(split(money('-100.00', 'EUR'), [1, 1, 1, 0]))).toEqual([
      '-33.33',
      '-33.33',
      '-33.34',
      '0.00',
    ]);
  });

  test('the remainder may exceed its exact share by a cent per other part: the BRIEF rule, not rounding', () => {
    // 0.99 over 4 equal parts: exact share 0.2475 each → 0.24, 0.24, 0.24, remainder 0.99 − 0.72 = 0.27,
    // 2.25 cents above its share (three parts truncated by 0.75 cent each).
    expect(amounts(splitEvenly(money('0.99', 'EUR'), 4))).toEqual(['0.24', '0.24', '0.24', '0.27']);
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
  // Many zeros among the weights, so that zero weights before, between and after positive ones are common.
  const weight = fc.oneof(fc.constant(0n), fc.bigInt({ min: 1n, max: 10n ** 9n }));
  const weights = fc.array(weight, { minLength: 1, maxLength: 30 }).filter((ws) => ws.some((w) => w > 0n));
  const wholes = fc.bigInt({ min: -(10n ** 14n), max: 10n ** 14n });

  function parts(minor: bigint, ws: readonly bigint[]): bigint[] {
    const result = split(fromMinor(minor, 'CHF'), ws);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.every((part) => part.currency === 'CHF')).toBe(true);
    return result.value.map((part) => part.minor);
  }

  const abs = (value: bigint) => (value < 0n ? -value : value);

  test('parts add up to the whole, one part per weight, same currency', () => {
    fc.assert(
      fc.property(wholes, weights, (minor, ws) => {
        const result = parts(minor, ws);
        expect(result).toHaveLength(ws.length);
        expect(result.reduce((sum, part) => sum + part, 0n)).toBe(minor);
      }),
    );
  });

  test('a zero weight always gets a zero part', () => {
    fc.assert(
      fc.property(wholes, weights, (minor, ws) => {
        const result = parts(minor, ws);
        ws.forEach((w, index) => {
          if (w === 0n) expect(result[index]).toBe(0n);
        });
      }),
    );
  });

  test('each part but the remainder is its exact share truncated toward zero: less than a cent off', () => {
    fc.assert(
      fc.property(wholes, weights, (minor, ws) => {
        const result = parts(minor, ws);
        const total = ws.reduce((sum, w) => sum + w, 0n);
        const remainderIndex = ws.findLastIndex((w) => w > 0n);
        ws.forEach((w, index) => {
          if (index === remainderIndex) return;
          // Exact share = minor × w / total, as the fraction share / total (no division on the way).
          const share = minor * w;
          const part = result[index] ?? 0n;
          const gap = share - part * total; // exact share − part, in units of 1/total cent
          expect(abs(gap) < total, `part ${index} is a cent or more off its share`).toBe(true);
          expect(abs(part * total) <= abs(share), `part ${index} is not rounded toward zero`).toBe(true);
        });
      }),
    );
  });

  test('the remainder is off its exact share by less than a cent per other positive weight', () => {
    fc.assert(
      fc.property(wholes, weights, (minor, ws) => {
        const result = parts(minor, ws);
        const total = ws.reduce((sum, w) => sum + w, 0n);
        const positives = BigInt(ws.filter((w) => w > 0n).length);
        const remainderIndex = ws.findLastIndex((w) => w > 0n);
        const gap = (result[remainderIndex] ?? 0n) * total - minor * (ws[remainderIndex] ?? 0n);
        // Alone it is the whole (gap 0); with two positive weights it too is less than a cent off.
        expect(abs(gap) <= (positives - 1n) * total).toBe(true);
        if (positives > 1n) expect(abs(gap) < (positives - 1n) * total).toBe(true);
        else expect(gap).toBe(0n);
        // It only ever takes what the others lost to truncation: away from zero, never toward it.
        expect(minor >= 0n ? gap >= 0n : gap <= 0n).toBe(true);
      }),
    );
  });

  test('a negative whole gives the negated parts of its opposite', () => {
    fc.assert(
      fc.property(wholes, weights, (minor, ws) => {
        expect(parts(-minor, ws)).toEqual(parts(minor, ws).map((part) => -part));
      }),
    );
  });

  test('no negative part from a positive whole', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 14n }), weights, (minor, ws) => {
        expect(parts(minor, ws).every((part) => part >= 0n)).toBe(true);
      }),
    );
  });
});
