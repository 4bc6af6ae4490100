import type { Budget } from '@mbi/client';
import { describe, expect, it } from 'vitest';
import { isRateText, splitByFund, toEurEquivalent } from './financing';

describe('toEurEquivalent', () => {
  it('converts CimArk’s 306,200 CHF at 1.0786 CHF per euro, half-up to the cent', () => {
    // 306200 ÷ 1.0786 = 283886.519…, so 283,886.52 EUR (the brief's rule: EUR = CHF ÷ rate, half-up).
    expect(toEurEquivalent({ amount: '306200.00', currency: 'CHF' }, '1.0786')).toEqual({
      amount: '283886.52',
      currency: 'EUR',
    });
  });

  it('rounds half up: 1.00 CHF at 0.8 is 1.25 EUR exactly, 0.01 CHF at 2 is 0.005 → 0.01 EUR', () => {
    expect(toEurEquivalent({ amount: '1.00', currency: 'CHF' }, '0.8')?.amount).toBe('1.25');
    expect(toEurEquivalent({ amount: '0.01', currency: 'CHF' }, '2')?.amount).toBe('0.01');
  });

  it('gives nothing for a rate that is not a positive decimal', () => {
    for (const rate of ['', '0', '-1', '1,07', 'abc', '1.2.3']) {
      expect(toEurEquivalent({ amount: '306200.00', currency: 'CHF' }, rate)).toBeNull();
      expect(isRateText(rate)).toBe(false);
    }
  });
});

describe('splitByFund', () => {
  it('keeps the Swiss partner out of the ERDF rows', () => {
    const row = (partnerId: string, inErdf: boolean) => ({ partnerId, inErdf }) as Budget['partners'][number];
    const budget = {
      partners: [row('cc-vallee-chamonix', true), row('cimark', false), row('chambre-valdotaine', true)],
    } as Budget;
    const { erdf, outside } = splitByFund(budget);
    expect(erdf.map((partner) => partner.partnerId)).toEqual(['cc-vallee-chamonix', 'chambre-valdotaine']);
    expect(outside.map((partner) => partner.partnerId)).toEqual(['cimark']);
  });
});
