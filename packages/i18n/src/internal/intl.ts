import type { Formatters } from 'intl-messageformat';
import type { FormatLocale } from './region-locale';

/**
 * The Intl locale behind a project locale. A bare language stands for the project's readers of that
 * language, so catalogs, labels and formatters agree: German is read in the Upper Valais (`de` → `de-CH`:
 * 10'000, as the labels write it), English is European English (`en` → `en-GB`: 11 January 2016, as the
 * catalogs spell it). French and Italian already format as France and Italy do. A tag with a region
 * (`de-IT`, `en-CH`, …) is the caller's explicit choice and passes unchanged.
 *
 * @example
 * intlLocale('de') // 'de-CH'
 * intlLocale('en-FR') // 'en-FR'
 */
export function intlLocale(locale: FormatLocale): string {
  if (locale === 'de') return 'de-CH';
  if (locale === 'en') return 'en-GB';
  return locale;
}

// ICU groups Swiss numbers with U+2019 RIGHT SINGLE QUOTATION MARK up to CLDR 46 (Node 20.19.0, ICU 76.1)
// and with U+0027 APOSTROPHE from CLDR 47 (Node 20.20 and 22.23: CLDR 48). One character, whatever the engine.
const TYPOGRAPHIC_GROUPING = /(?<=\d)\u2019(?=\d)/g;

/**
 * The Swiss thousands separator as this package writes it everywhere: U+0027 APOSTROPHE (`10'000`), the
 * character current CLDR gives for `de-CH`, `it-CH` and `en-CH`. Replaces U+2019 between digits, which older
 * CLDR versions (and browsers that ship them) print instead.
 *
 * @example
 * normaliseGrouping('10\u2019000') // "10'000"
 */
export function normaliseGrouping(text: string): string {
  return text.replace(TYPOGRAPHIC_GROUPING, "'");
}

/** `Intl.NumberFormat` whose output has the Swiss grouping of {@link normaliseGrouping}. */
export class StableNumberFormat extends Intl.NumberFormat {
  override format(value: number | bigint | Intl.StringNumericLiteral): string {
    return normaliseGrouping(super.format(value));
  }
}

function memoised<A extends unknown[], R>(create: (...args: A) => R): (...args: A) => R {
  const cache = new Map<string, R>();
  return (...args: A) => {
    const key = JSON.stringify(args);
    let value = cache.get(key);
    if (value === undefined) {
      value = create(...args);
      cache.set(key, value);
    }
    return value;
  };
}

/** The formatters intl-messageformat formats `#` and `{n, number}` with, grouping as the formatters do. */
export const MESSAGE_FORMATTERS: Formatters = {
  getNumberFormat: memoised((locales?: string | string[], options?: Intl.NumberFormatOptions) =>
    options === undefined ? new StableNumberFormat(locales) : new StableNumberFormat(locales, options),
  ),
  getDateTimeFormat: memoised(
    (...args: ConstructorParameters<typeof Intl.DateTimeFormat>) => new Intl.DateTimeFormat(...args),
  ),
  getPluralRules: memoised(
    (...args: ConstructorParameters<typeof Intl.PluralRules>) => new Intl.PluralRules(...args),
  ),
};
