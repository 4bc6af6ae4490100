import { describe, expect, test } from 'vitest';
import { parseExchangeRate, toEur } from './conversion';
import { BudgetError } from './errors';
import { formatAmount, money } from './money';

function chfRate(perEur: string, month = '2017-06') {
  const result = parseExchangeRate('CHF', perEur, month);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('toEur (BRIEF: EUR = CHF ÷ rate, half-up to the cent)', () => {
  test("CimArk's 306,200 CHF at 1.0786 CHF/EUR", () => {
    // 306200 / 1.0786 = 283886.5195… (bc -l) → 283,886.52
    const conversion = toEur(money('306200.00', 'CHF'), chfRate('1.0786'));
    expect(formatAmount(conversion.eur)).toBe('283886.52');
    expect(conversion.eur.currency).toBe('EUR');
    expect(conversion.rate.month).toBe('2017-06');
  });

  test('exact half cents round up (away from zero), unlike truncation or banker’s rounding', () => {
    expect(formatAmount(toEur(money('0.05', 'CHF'), chfRate('2')).eur)).toBe('0.03'); // 0.025
    expect(formatAmount(toEur(money('0.07', 'CHF'), chfRate('2')).eur)).toBe('0.04'); // 0.035
    expect(formatAmount(toEur(money('-0.05', 'CHF'), chfRate('2')).eur)).toBe('-0.03');
    expect(formatAmount(toEur(money('0.03', 'CHF'), chfRate('2')).eur)).toBe('0.02'); // 0.015
  });

  test('below one half cent rounds down', () => {
    expect(formatAmount(toEur(money('0.09', 'CHF'), chfRate('4')).eur)).toBe('0.02'); // 0.0225
  });

  test('EUR passes through unchanged', () => {
    expect(formatAmount(toEur(money('12.34', 'EUR'), chfRate('1.1')).eur)).toBe('12.34');
  });

  test('bad rates are typed errors', () => {
    const codes = [
      parseExchangeRate('CHF', '0', '2017-06'),
      parseExchangeRate('CHF', '-1.1', '2017-06'),
      parseExchangeRate('CHF', 'abc', '2017-06'),
      parseExchangeRate('CHF', '1.1', '2017-13'),
      parseExchangeRate('GBP', '0.9', '2017-06'),
    ].map((result) => (result.ok ? 'accepted' : result.error.code));
    expect(codes).toEqual([
      'out-of-range',
      'out-of-range',
      'not-a-number',
      'not-a-number',
      'unknown-currency',
    ]);
  });

  test('a rate of the wrong currency is refused', () => {
    const eurRate = parseExchangeRate('EUR', '1', '2017-06');
    if (!eurRate.ok) throw new Error('setup');
    expect(() => toEur(money('1.00', 'CHF'), eurRate.value)).toThrowError(BudgetError);
  });
});
