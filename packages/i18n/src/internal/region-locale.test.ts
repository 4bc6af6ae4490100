import { COUNTRY_CODES, LOCALES } from '@mbi/domain';
import { describe, expect, it } from 'vitest';
import { formatMoney } from './format';
import { moneyLocaleFor } from './region-locale';

describe('moneyLocaleFor', () => {
  it('keeps the reader’s language and takes the region from the country', () => {
    expect(moneyLocaleFor('it', 'CH')).toBe('it-CH');
    expect(moneyLocaleFor('de', 'CH')).toBe('de-CH');
    expect(moneyLocaleFor('fr', 'FR')).toBe('fr-FR');
    expect(moneyLocaleFor('it', 'IT')).toBe('it-IT');
    expect(moneyLocaleFor('fr', 'CH')).toBe('fr-CH');
  });

  it('gives a tag Intl accepts for every language and country', () => {
    for (const locale of LOCALES) {
      for (const country of COUNTRY_CODES) {
        expect(() => new Intl.NumberFormat(moneyLocaleFor(locale, country))).not.toThrow();
      }
    }
  });

  // CLDR via Node's ICU (CLDR 48): U+202F groups French thousands, U+00A0 precedes the currency.
  it('formats each partner’s budget the way its region writes it', () => {
    const chamonix = { amount: '425694.00', currency: 'EUR' } as const;
    const valdotaine = { amount: '615479.70', currency: 'EUR' } as const;
    const cimark = { amount: '306200.00', currency: 'CHF' } as const;
    expect(formatMoney(chamonix, moneyLocaleFor('fr', 'FR'))).toBe('425\u202f694,00\u00a0€');
    expect(formatMoney(valdotaine, moneyLocaleFor('it', 'IT'))).toBe('615.479,70\u00a0€');
    expect(formatMoney(cimark, moneyLocaleFor('fr', 'CH'))).toBe('306\u202f200.00\u00a0CHF');
    expect(formatMoney(cimark, moneyLocaleFor('de', 'CH'))).toBe("CHF\u00a0306'200.00");
    expect(formatMoney(cimark, moneyLocaleFor('it', 'CH'))).toBe("CHF\u00a0306'200.00");
    expect(formatMoney(chamonix, moneyLocaleFor('en', 'FR'))).toBe('€425,694.00');
  });

  it('falls back to the language where CLDR has no such region (fr-IT reads as fr)', () => {
    const amount = { amount: '615479.70', currency: 'EUR' } as const;
    expect(formatMoney(amount, moneyLocaleFor('fr', 'IT'))).toBe('615\u202f479,70\u00a0€');
  });
});
