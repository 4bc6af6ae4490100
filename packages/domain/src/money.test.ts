import { describe, expect, test } from 'vitest';
import { AmountSchema, MoneySchema, RateSchema } from './money';

describe('AmountSchema', () => {
  // Amounts of the seed's financing table (BRIEF.md), written with two decimals.
  test.each(['425694.00', '422517.30', '615479.70', '306200.00', '361839.90', '0.00', '-12.50'])(
    'accepts %s',
    (amount) => {
      expect(AmountSchema.parse(amount)).toBe(amount);
    },
  );

  test.each([
    '425694',
    '425694.0',
    '425694.000',
    '425 694.00',
    '425,694.00',
    '0425694.00',
    '+1.00',
    '1e3',
    '',
  ])('refuses %j with a message giving the expected form', (amount) => {
    const result = AmountSchema.safeParse(amount);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('2 decimals');
  });

  test('refuses numbers: money never travels as a float', () => {
    expect(AmountSchema.safeParse(425694).success).toBe(false);
  });
});

describe('MoneySchema', () => {
  test('accepts EUR and CHF amounts', () => {
    expect(MoneySchema.parse({ amount: '306200.00', currency: 'CHF' })).toEqual({
      amount: '306200.00',
      currency: 'CHF',
    });
  });

  test('refuses other currencies and unknown keys', () => {
    expect(MoneySchema.safeParse({ amount: '1.00', currency: 'USD' }).success).toBe(false);
    expect(MoneySchema.safeParse({ amount: '1.00', currency: 'EUR', rate: '1' }).success).toBe(false);
  });
});

describe('RateSchema', () => {
  test.each(['0.85', '0.15', '0', '1', '1.00'])('accepts %s', (rate) => {
    expect(RateSchema.parse(rate)).toBe(rate);
  });

  test.each(['85', '85%', '1.01', '.85', '-0.1', '0,85'])('refuses %s', (rate) => {
    expect(RateSchema.safeParse(rate).success).toBe(false);
  });
});
