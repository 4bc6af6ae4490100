import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { BudgetError } from './errors';
import { addMoney, compareMoney, formatAmount, money, parseMoney, sumMoney, toMoneyJson } from './money';

describe('parseMoney', () => {
  test.each([
    ['422517.30', 42251730n],
    ['1463691', 146369100n],
    ['0.5', 50n],
    ['-12.34', -1234n],
    ['000012.00', 1200n],
  ])('%s is exact', (amount, minor) => {
    const result = parseMoney(amount, 'EUR');
    expect(result.ok && result.value.minor).toBe(minor);
  });

  test.each([
    ['1.234', 'too-many-decimals'],
    ['359139.705', 'too-many-decimals'],
    ['1,50', 'not-a-number'],
    ['1e3', 'not-a-number'],
    ['', 'not-a-number'],
    [' 12', 'not-a-number'],
    ['12.', 'not-a-number'],
    ['NaN', 'not-a-number'],
    ['Infinity', 'not-a-number'],
    ['0x10', 'not-a-number'],
  ])('%j is refused with %s', (amount, code) => {
    const result = parseMoney(amount, 'EUR');
    expect(result.ok ? 'accepted' : result.error.code).toBe(code);
  });

  test('a JSON number is refused: it may already have lost the cents', () => {
    const result = parseMoney(0.1 + 0.2, 'EUR');
    expect(result.ok ? 'accepted' : result.error.message).toMatch(/decimal string/);
  });

  test('unknown currencies are refused', () => {
    for (const currency of ['USD', 'eur', '', null, 978]) {
      const result = parseMoney('1.00', currency);
      expect(result.ok ? 'accepted' : result.error.code).toBe('unknown-currency');
    }
  });

  test('never throws, and what it accepts formats back to the same number', () => {
    fc.assert(
      fc.property(fc.string(), (input) => {
        const result = parseMoney(input, 'EUR');
        if (result.ok) expect(Number(formatAmount(result.value))).toBe(Number(input));
      }),
    );
  });
});

describe('formatting', () => {
  test('always two decimals, sign kept', () => {
    expect(formatAmount(money('1463691', 'EUR'))).toBe('1463691.00');
    expect(formatAmount(money('-0.05', 'EUR'))).toBe('-0.05');
    expect(toMoneyJson(money('306200', 'CHF'))).toEqual({ amount: '306200.00', currency: 'CHF' });
  });

  test('round-trips any number of cents', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), (minor) => {
        const result = parseMoney(formatAmount({ minor, currency: 'EUR' }), 'EUR');
        expect(result.ok && result.value.minor).toBe(minor);
      }),
    );
  });
});

describe('arithmetic', () => {
  test('sums exactly where floating point would not: 0.10 + 0.20 = 0.30', () => {
    expect(formatAmount(addMoney(money('0.10', 'EUR'), money('0.20', 'EUR')))).toBe('0.30');
  });

  test('mixing currencies without a rate is a typed error', () => {
    expect(() => sumMoney([money('1', 'EUR'), money('1', 'CHF')], 'EUR')).toThrowError(BudgetError);
    try {
      compareMoney(money('1', 'EUR'), money('1', 'CHF'));
    } catch (error) {
      expect(error instanceof BudgetError && error.code).toBe('currency-mismatch');
    }
  });

  test('money() refuses a malformed literal as a bug', () => {
    expect(() => money('1.234', 'EUR')).toThrowError(/at most 2/);
  });
});
