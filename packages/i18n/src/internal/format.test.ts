import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDate, formatMoney, formatMonth, formatNumber, formatPercent } from './format';
import { normaliseGrouping } from './intl';

/*
 * Expected strings are CLDR's, as Node's ICU gives them (Node 20.20, ICU 78.2, CLDR 48), written with
 * escapes because they hold invisible characters:
 * - U+202F NARROW NO-BREAK SPACE groups thousands in French (fr, fr-FR, fr-CH);
 * - U+00A0 NO-BREAK SPACE separates the amount from the currency (fr, it, de-CH) and, in French, the
 *   number from the % sign;
 * - de-CH and it-CH group with an apostrophe and put the currency code first. CLDR 48 (Node 20.20, 22.23)
 *   prints U+0027 APOSTROPHE, CLDR 46 (Node 20.19.0) U+2019: the formatters always give U+0027.
 * - A bare `de` formats as de-CH (German is read in the Upper Valais) and a bare `en` as en-GB (European
 *   English): day before month, `11 January 2016`.
 * Amounts come from the seed's financing table (BRIEF.md), dates from the seed (filed on 2016-01-11).
 */

describe('formatMoney', () => {
  it.each([
    ['359139.70', 'EUR', 'fr-FR', '359\u202f139,70\u00a0€'],
    ['359139.70', 'EUR', 'it-IT', '359.139,70\u00a0€'],
    ['359139.70', 'EUR', 'en', '€359,139.70'],
    ['306200.00', 'CHF', 'fr-CH', '306\u202f200.00\u00a0CHF'],
    ['306200.00', 'CHF', 'de-CH', "CHF\u00a0306'200.00"],
    ['306200.00', 'CHF', 'it-CH', "CHF\u00a0306'200.00"],
    ['1244137.34', 'EUR', 'fr-FR', '1\u202f244\u202f137,34\u00a0€'],
    ['1244137.34', 'EUR', 'it-IT', '1.244.137,34\u00a0€'],
    ['1463691', 'EUR', 'fr-FR', '1\u202f463\u202f691,00\u00a0€'],
    ['-1244137.34', 'EUR', 'en', '-€1,244,137.34'],
  ] as const)('formats %s %s in %s as %s', (amount, currency, locale, expected) => {
    expect(formatMoney({ amount, currency }, locale)).toBe(expected);
  });

  it('keeps every digit of an amount beyond 2^53, where parseFloat would change the cents', () => {
    // As a double, 12345678901234567.89 is 12345678901234568: "…568,00 €".
    expect(formatMoney({ amount: '12345678901234567.89', currency: 'EUR' }, 'fr-FR')).toBe(
      '12\u202f345\u202f678\u202f901\u202f234\u202f567,89\u00a0€',
    );
  });

  it('never rounds: decimals past the cent are shown, rounding money is @mbi/budget’s rule', () => {
    // 422,517.30 × 85 % before truncation (BRIEF.md).
    expect(formatMoney({ amount: '359139.705', currency: 'EUR' }, 'fr-FR')).toBe('359\u202f139,705\u00a0€');
  });

  it('shows a negative zero as zero', () => {
    expect(formatMoney({ amount: '-0.00', currency: 'EUR' }, 'fr-FR')).toBe('0,00\u00a0€');
  });

  it('gives back the exact amount for any number of cents (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), (cents) => {
        const sign = cents < 0n ? '-' : '';
        const units = cents < 0n ? -cents : cents;
        const amount = `${sign}${units / 100n}.${(units % 100n).toString().padStart(2, '0')}`;
        const shown = formatMoney({ amount, currency: 'EUR' }, 'en');
        expect(shown.replace(/[€,]/g, '')).toBe(amount === '-0.00' ? '0.00' : amount);
      }),
    );
  });

  it.each([
    '',
    '1,5',
    '1.',
    '.5',
    '1e3',
    ' 12.50',
    '12.50 ',
    'NaN',
    '0x10',
    '+1.00',
    '1.000000000000000000001',
  ])('refuses %j, which is not a decimal string of at most 20 decimals', (amount) => {
    expect(() => formatMoney({ amount, currency: 'EUR' }, 'fr-FR')).toThrow(RangeError);
  });
});

describe('formatNumber', () => {
  it('formats numbers, bigints and decimal strings in the locale', () => {
    expect(formatNumber(1244137.34, 'fr')).toBe('1\u202f244\u202f137,34');
    expect(formatNumber('1244137.34', 'it-IT')).toBe('1.244.137,34');
    expect(formatNumber('1463691', 'de-CH')).toBe("1'463'691");
    expect(formatNumber(10n ** 20n, 'en')).toBe('100,000,000,000,000,000,000');
  });

  it('groups German the Swiss way, with U+0027 APOSTROPHE, from four digits on', () => {
    expect(formatNumber(10000, 'de-CH')).toBe("10'000");
    expect(formatNumber(1000, 'de-CH')).toBe("1'000");
    expect(formatNumber(10000, 'de')).toBe("10'000");
    expect(formatNumber(10000, 'it-CH')).toBe("10'000");
    // German as Germany writes it stays available through a region that CLDR formats so.
    expect(formatNumber(10000, 'de-IT')).toBe('10.000');
  });

  it('writes the Swiss separator as U+0027 even where ICU prints U+2019 (CLDR 46 and older)', () => {
    // Node 20.19.0 (ICU 76.1, CLDR 46) formats 10000 in de-CH as "10’000" (U+2019).
    expect(normaliseGrouping('10\u2019000')).toBe("10'000");
    expect(normaliseGrouping('CHF\u00a0306\u2019200.00')).toBe("CHF\u00a0306'200.00");
    // An apostrophe in a word is not a separator.
    expect(normaliseGrouping('L\u2019identifiant 200023373')).toBe('L\u2019identifiant 200023373');
  });

  it('applies the requested fraction digits', () => {
    expect(formatNumber('0.5', 'fr', { minimumFractionDigits: 2 })).toBe('0,50');
  });

  it('refuses non-finite numbers and malformed strings', () => {
    expect(() => formatNumber(Number.NaN, 'fr')).toThrow(RangeError);
    expect(() => formatNumber(Number.POSITIVE_INFINITY, 'fr')).toThrow(RangeError);
    expect(() => formatNumber('12 345', 'fr')).toThrow(RangeError);
  });
});

describe('formatPercent', () => {
  it.each([
    ['0.85', 'fr', '85\u00a0%'],
    ['0.85', 'fr-CH', '85%'],
    ['0.85', 'it', '85%'],
    ['0.85', 'de-CH', '85%'],
    ['0.85', 'en', '85%'],
    ['0.15', 'de-FR', '15\u00a0%'],
    ['0.15', 'de', '15%'],
    ['0.855', 'fr', '85,5\u00a0%'],
  ] as const)('formats the rate %s in %s as %s', (rate, locale, expected) => {
    expect(formatPercent(rate, locale)).toBe(expected);
  });

  it('applies the requested fraction digits', () => {
    expect(formatPercent('0.85', 'fr', { minimumFractionDigits: 3 })).toBe('85,000\u00a0%');
    expect(formatPercent('0.8555', 'en', { maximumFractionDigits: 0 })).toBe('86%');
  });

  it('accepts a number rate too', () => {
    expect(formatPercent(0.85, 'fr')).toBe('85\u00a0%');
  });

  it('refuses a malformed rate', () => {
    expect(() => formatPercent('85%', 'fr')).toThrow(RangeError);
  });
});

describe('formatDate', () => {
  it.each([
    ['fr', '11 janvier 2016'],
    ['it', '11 gennaio 2016'],
    ['de', '11. Januar 2016'],
    ['en', '11 January 2016'],
    ['en-CH', '11 January 2016'],
    ['en-FR', '11 January 2016'],
    ['fr-CH', '11 janvier 2016'],
  ] as const)('formats the application date 2016-01-11 in %s as %s', (locale, expected) => {
    expect(formatDate('2016-01-11', locale)).toBe(expected);
  });

  it('offers the Intl date styles', () => {
    expect(formatDate('2016-01-11', 'fr', { style: 'full' })).toBe('lundi 11 janvier 2016');
    expect(formatDate('2016-01-11', 'fr', { style: 'short' })).toBe('11/01/2016');
    expect(formatDate('2016-01-11', 'de-CH', { style: 'medium' })).toBe('11.01.2016');
  });

  it('writes English dates the European way (en-GB), never month first', () => {
    expect(formatDate('2016-01-11', 'en', { style: 'full' })).toBe('Monday, 11 January 2016');
    expect(formatDate('2016-01-11', 'en', { style: 'medium' })).toBe('11 Jan 2016');
    expect(formatDate('2016-01-11', 'en', { style: 'short' })).toBe('11/01/2016');
    expect(formatDate('2017-06-30T23:30:00Z', 'en')).toBe('1 July 2017');
    // A region asked for explicitly is kept: Swiss English writes the short date with dots.
    expect(formatDate('2016-01-11', 'en-CH', { style: 'short' })).toBe('11.01.2016');
  });

  it('shows a calendar date as that day, whatever the time zone', () => {
    expect(formatDate('2017-06-01', 'fr', { timeZone: 'Pacific/Kiritimati' })).toBe('1 juin 2017');
  });

  it('shows an instant as its day in the Espace Mont-Blanc, or in the zone asked for', () => {
    expect(formatDate('2017-06-30T23:30:00Z', 'fr')).toBe('1 juillet 2017');
    expect(formatDate('2017-06-30T23:30:00Z', 'fr', { timeZone: 'UTC' })).toBe('30 juin 2017');
    expect(formatDate(new Date('2017-06-30T23:30:00Z'), 'it')).toBe('1 luglio 2017');
  });

  it('reads the API’s timestamps, which carry microseconds, cutting the digits past the millisecond', () => {
    expect(formatDate('2017-06-30T21:59:59.999999Z', 'fr')).toBe('30 juin 2017');
    expect(formatDate('2017-06-30T22:00:00.000001Z', 'fr')).toBe('1 juillet 2017');
  });

  it.each([
    '2016-02-30',
    '2016-13-01',
    '11/01/2016',
    '2016-01-11T10:00:00',
    '2016-02-30T10:00:00Z',
    'tomorrow',
  ])('refuses %j', (value) => {
    expect(() => formatDate(value, 'fr')).toThrow(RangeError);
  });

  it('refuses an invalid Date', () => {
    expect(() => formatDate(new Date(Number.NaN), 'fr')).toThrow(RangeError);
  });
});

describe('formatMonth', () => {
  // The project's activities start in June 2017 (the seed's description); CLDR's month names.
  it.each([
    ['fr', 'juin 2017'],
    ['it', 'giugno 2017'],
    ['de', 'Juni 2017'],
    ['en', 'June 2017'],
  ] as const)('writes June 2017 in %s as %s', (locale, expected) => {
    expect(formatMonth('2017-06', locale)).toBe(expected);
  });

  it('refuses what is not a month', () => {
    expect(() => formatMonth('2017-13', 'fr')).toThrow(RangeError);
    expect(() => formatMonth('June 2017', 'fr')).toThrow(RangeError);
  });
});
