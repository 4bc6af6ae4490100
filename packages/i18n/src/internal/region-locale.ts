import type { CountryCode, Locale } from '@mbi/domain';

/**
 * A BCP 47 tag of a project language in one of the project's countries, e.g. `fr-CH`, `it-IT`. Intl uses the
 * CLDR data of that region when it has them (`fr-CH`, `it-CH`, `de-CH`, `de-IT`, `en-CH`, …) and falls back to
 * the language otherwise (`fr-IT` is formatted as `fr`).
 *
 * @example
 * const swissFrench: RegionLocale = 'fr-CH';
 */
export type RegionLocale = `${Locale}-${CountryCode}`;

/**
 * A locale the formatters accept: a UI language alone (`fr`) or a language in a region (`fr-CH`).
 *
 * @example
 * formatPercent('0.85', 'fr' satisfies FormatLocale) // '85 %'
 */
export type FormatLocale = Locale | RegionLocale;

/**
 * The locale to format money with: money follows the region of the amount, not only the UI language, so
 * a Swiss partner's francs read the Swiss way in every language. The language stays the reader's, the
 * region is the partner's country.
 *
 * | UI \ country | FR      | IT      | CH      |
 * |--------------|---------|---------|---------|
 * | fr           | `fr-FR` | `fr-IT` | `fr-CH` |
 * | it           | `it-FR` | `it-IT` | `it-CH` |
 * | de           | `de-FR` | `de-IT` | `de-CH` |
 * | en           | `en-FR` | `en-IT` | `en-CH` |
 *
 * With Node's ICU (CLDR 48): 359,139.70 EUR in `fr-FR` → `359 139,70 €`, `it-IT` → `359.139,70 €`,
 * `en-FR` → `€359,139.70`; 306,200 CHF in `fr-CH` → `306 200.00 CHF`, `de-CH` / `it-CH` → `CHF 306'200.00`.
 * Tags CLDR lacks (`fr-IT`, `it-FR`, `de-FR`) format as their language (`fr`, `it`, `de`).
 *
 * @example
 * moneyLocaleFor('it', 'CH') // 'it-CH'
 * formatMoney({ amount: '306200.00', currency: 'CHF' }, moneyLocaleFor('de', 'CH')) // "CHF 306'200.00"
 */
export function moneyLocaleFor(uiLocale: Locale, country: CountryCode): RegionLocale {
  return `${uiLocale}-${country}`;
}
