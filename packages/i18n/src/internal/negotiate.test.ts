import { LOCALES, type Locale } from '@mbi/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, negotiateLocale, resolveLocale, type SupportedLocales } from './negotiate';

const supportedArbitrary = fc
  .tuple(fc.constantFrom(...LOCALES), fc.subarray([...LOCALES]))
  .map(
    ([first, others]): SupportedLocales<Locale> => [first, ...others.filter((locale) => locale !== first)],
  );

const headerLikeArbitrary = fc
  .array(
    fc.tuple(
      fc.oneof(
        fc.constantFrom(
          'fr',
          'it',
          'de',
          'en',
          'FR-ch',
          'de-CH',
          'it-IT',
          'en-GB',
          '*',
          'es',
          'x-klingon',
          '',
        ),
        fc.string({ maxLength: 12 }),
      ),
      fc.oneof(
        fc.constant(''),
        fc.constantFrom(';q=0', ';q=1', ';q=0.5', ';q=0.001', ';q=1.0', ';q=abc'),
        fc.string(),
      ),
    ),
    { maxLength: 8 },
  )
  .map((members) => members.map(([range, weight]) => range + weight).join(','));

// Header values of the kind browsers send (RFC 9110 §12.5.4 examples and real ones).
describe('negotiateLocale', () => {
  it.each([
    ['fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5', 'fr'],
    ['de-CH,de;q=0.9,fr;q=0.8', 'de'],
    ['it-IT,it;q=0.9,en-US;q=0.8,en;q=0.7', 'it'],
    ['en-GB,en;q=0.9', 'en'],
    ['es-ES, en-GB;q=0.7', 'en'],
    ['da, en-gb;q=0.8, en;q=0.7', 'en'],
    ['EN-gb', 'en'],
    ['de-CH-1996', 'de'],
    ['en;q=0.5, it;q=0.8', 'it'],
    ['en, it', 'en'],
    ['it;q=0.8, de;q=0.8', 'it'],
  ] as const)('chooses from %j: %s', (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });

  it('falls back to French without a usable header', () => {
    expect(DEFAULT_LOCALE).toBe('fr');
    for (const header of [undefined, null, '', '   ', ',,,', 'es, ja', 'zh-Hant-TW;q=0.9']) {
      expect(negotiateLocale(header), String(header)).toBe('fr');
    }
  });

  it('gives the default for the wildcard, or another language if the default is refused', () => {
    expect(negotiateLocale('*')).toBe('fr');
    expect(negotiateLocale('es, *;q=0.1')).toBe('fr');
    expect(negotiateLocale('fr;q=0, *')).toBe('it');
  });

  it('never chooses a language refused with q=0', () => {
    expect(negotiateLocale('en;q=0, de;q=0.5')).toBe('de');
    expect(negotiateLocale('en-GB;q=0.9, en;q=0')).toBe('fr');
    expect(negotiateLocale('de;q=0')).toBe('fr');
  });

  it('skips malformed members and keeps the valid ones', () => {
    expect(negotiateLocale('fr;q=2, de')).toBe('de');
    expect(negotiateLocale('fr;q=0.1234, it;q=0.5')).toBe('it');
    expect(negotiateLocale('fr;level=1, en')).toBe('en');
    expect(negotiateLocale('fr;q=0.5;q=0.6, en;q=0.1')).toBe('en');
    expect(negotiateLocale('toolonglanguage, de')).toBe('de');
    expect(negotiateLocale('e n, ;q=1, it;q=, de;q=0.3')).toBe('de');
  });

  it('chooses only among the supported locales, defaulting to French or else the first', () => {
    expect(negotiateLocale('it', ['fr', 'de'])).toBe('fr');
    expect(negotiateLocale('it, de;q=0.5', ['fr', 'de'])).toBe('de');
    expect(negotiateLocale('es', ['de', 'it'])).toBe('de');
  });

  it('never throws and always returns a supported locale (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary' }), headerLikeArbitrary),
        supportedArbitrary,
        (header, supported) => {
          expect(supported).toContain(negotiateLocale(header, supported));
          expect(LOCALES).toContain(negotiateLocale(header));
        },
      ),
    );
  });

  it('returns the language of a single acceptable regional range (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LOCALES), fc.stringMatching(/^[A-Za-z]{2}$/), (locale, region) => {
        expect(negotiateLocale(`${locale}-${region}`)).toBe(locale);
      }),
    );
  });

  it('reads only the first 4096 characters of a header, as no browser sends more', () => {
    const header = `${'x-'.repeat(100_000)}de`;
    expect(negotiateLocale(header)).toBe('fr');
    expect(negotiateLocale(`${';q=0.5,'.repeat(100_000)}it`)).toBe('fr');
  });
});

describe('resolveLocale', () => {
  it('lets a valid ?lang= win over the header', () => {
    expect(resolveLocale('it', 'fr-FR,fr;q=0.9')).toBe('it');
    expect(resolveLocale('DE', 'fr')).toBe('de');
    expect(resolveLocale('en-GB', 'fr')).toBe('en');
    expect(resolveLocale(' it ', null)).toBe('it');
  });

  it('negotiates the header when ?lang= is missing or not a supported locale', () => {
    expect(resolveLocale(undefined, 'de-CH')).toBe('de');
    expect(resolveLocale(null, 'it-IT')).toBe('it');
    expect(resolveLocale('', 'en')).toBe('en');
    expect(resolveLocale('xx', 'de-CH')).toBe('de');
    expect(resolveLocale('*', 'de-CH')).toBe('de');
    expect(resolveLocale('fr;q=1', 'it')).toBe('it');
    expect(resolveLocale(undefined, undefined)).toBe('fr');
  });

  it('respects the supported locales', () => {
    expect(resolveLocale('en', 'it', ['fr', 'it'])).toBe('it');
  });

  it('never throws and always returns a supported locale (property)', () => {
    fc.assert(
      fc.property(
        fc.option(fc.string(), { nil: undefined }),
        fc.option(fc.string(), { nil: null }),
        supportedArbitrary,
        (lang, header, supported) => {
          expect(supported).toContain(resolveLocale(lang, header, supported));
        },
      ),
    );
  });
});
