import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { cofinance } from './cofinancing';
import { formatAmount, fromMinor, money } from './money';
import { rate } from './rate';

// Golden values: the seed's financing table ("Aperçu du plan de financement", FEDER 85 %), restated in the
// mission brief, BRIEF.md (Partners table).
describe('cofinance reproduces the seed financing table', () => {
  test.each([
    ['Vallée de Chamonix', '425694.00', '361839.90', '63854.10'],
    ['Pays du Mont-Blanc (359,139.705 truncated)', '422517.30', '359139.70', '63377.60'],
    ['Chambre valdôtaine (523,157.745 truncated)', '615479.70', '523157.74', '92321.96'],
  ])('%s', (_name, eligible, fund, contribution) => {
    const result = cofinance(money(eligible, 'EUR'), rate('0.85'));
    expect(formatAmount(result.fund)).toBe(fund);
    expect(formatAmount(result.contribution)).toBe(contribution);
    expect(result.fund.currency).toBe('EUR');
  });
});

describe('cofinance rounding', () => {
  test('truncates toward zero, never rounds up (BRIEF: fund amount truncated to the cent)', () => {
    // 0.99 × 0.5 = 0.495 → 0.49 (half-up would give 0.50)
    expect(formatAmount(cofinance(money('0.99', 'EUR'), rate('0.5')).fund)).toBe('0.49');
  });

  test('truncates negative corrections toward zero too', () => {
    const result = cofinance(money('-0.99', 'EUR'), rate('0.5'));
    expect(formatAmount(result.fund)).toBe('-0.49');
    expect(formatAmount(result.contribution)).toBe('-0.50');
  });

  test('rate 0 gives no fund and rate 1 gives everything', () => {
    const eligible = money('306200.00', 'EUR');
    expect(formatAmount(cofinance(eligible, rate('0')).fund)).toBe('0.00');
    expect(formatAmount(cofinance(eligible, rate('0')).contribution)).toBe('306200.00');
    expect(formatAmount(cofinance(eligible, rate('1')).fund)).toBe('306200.00');
    expect(formatAmount(cofinance(eligible, rate('1')).contribution)).toBe('0.00');
  });

  test('keeps the currency of the eligible total', () => {
    expect(cofinance(money('100', 'CHF'), rate('0.5')).fund.currency).toBe('CHF');
  });
});

describe('cofinance invariants (property-based)', () => {
  const amount = fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n });
  const anyRate = fc
    .tuple(fc.integer({ min: 0, max: 6 }), fc.bigInt({ min: 0n, max: 10n ** 6n }))
    .map(([digits, units]) => {
      const denominator = 10n ** BigInt(digits);
      const bounded = units > denominator ? denominator : units;
      const text =
        digits === 0
          ? bounded.toString()
          : `${bounded / denominator}.${(bounded % denominator).toString().padStart(digits, '0')}`;
      return rate(text);
    });

  test('fund + contribution = eligible', () => {
    fc.assert(
      fc.property(amount, anyRate, (minor, fundRate) => {
        const { fund, contribution } = cofinance(fromMinor(minor, 'EUR'), fundRate);
        expect(fund.minor + contribution.minor).toBe(minor);
      }),
    );
  });

  test('for a non-negative eligible total, 0 ≤ fund ≤ eligible and fund is never more than the exact product', () => {
    fc.assert(
      fc.property(
        amount.map((m) => (m < 0n ? -m : m)),
        anyRate,
        (minor, fundRate) => {
          const { fund } = cofinance(fromMinor(minor, 'EUR'), fundRate);
          expect(fund.minor >= 0n && fund.minor <= minor).toBe(true);
          // exact product in cents × denominator; truncation loses less than one cent
          const exact = minor * fundRate.numerator;
          expect(fund.minor * fundRate.denominator <= exact).toBe(true);
          expect(exact - fund.minor * fundRate.denominator < fundRate.denominator).toBe(true);
        },
      ),
    );
  });
});
