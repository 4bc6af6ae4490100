import type { Currency } from '@mbi/domain';
import { intlLocale, StableNumberFormat } from './intl';
import type { FormatLocale } from './region-locale';

/**
 * Intl-based formatters. Amounts and rates arrive as decimal strings and are handed to
 * `Intl.NumberFormat#format` as strings: since ES2023 (Node 20, current browsers) it formats a decimal string
 * exactly, where `parseFloat` would first round it to the nearest binary double. A bare language formats
 * as the project's readers of it do (`de` as `de-CH`, `en` as `en-GB`: see `intlLocale`), and Swiss numbers
 * are grouped with U+0027 on every engine (`normaliseGrouping`).
 */

const DECIMAL = /^-?\d+(?:\.(\d+))?$/;
// Engines before ES2023 cap fraction digits at 20 (Node 20 among them).
const MAX_FRACTION_DIGITS = 20;

type DecimalString = `${number}`;

function parseDecimalString(value: string, what: string): { text: DecimalString; scale: number } {
  const match = DECIMAL.exec(value);
  if (match === null) {
    throw new RangeError(
      `${what} ${JSON.stringify(value)} is not a decimal string: digits, an optional minus sign and an optional dot (e.g. "359139.70").`,
    );
  }
  const scale = match[1]?.length ?? 0;
  if (scale > MAX_FRACTION_DIGITS) {
    throw new RangeError(`${what} ${JSON.stringify(value)} has more than ${MAX_FRACTION_DIGITS} decimals.`);
  }
  // The regular expression above admits only numeric literals, which is what the cast states.
  return { text: value as DecimalString, scale };
}

function checkFinite(value: number, what: string): void {
  if (!Number.isFinite(value)) throw new RangeError(`${what} must be a finite number, got ${value}.`);
}

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: FormatLocale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (format === undefined) {
    format = new StableNumberFormat(intlLocale(locale), options);
    numberFormats.set(key, format);
  }
  return format;
}

/**
 * An amount as the API exchanges it: a decimal string and an ISO 4217 currency (`Money` of `@mbi/domain`
 * has this shape).
 *
 * @example
 * const budget: MoneyValue = { amount: '306200.00', currency: 'CHF' };
 */
export interface MoneyValue {
  readonly amount: string;
  readonly currency: Currency;
}

/**
 * Formats an amount exactly, in the conventions of a region locale (see `moneyLocaleFor`). It never
 * rounds: cents are always shown, and any further decimals too, since rounding money is a rule of
 * `@mbi/budget` (truncation to the cent), not of display. Throws a `RangeError` if `amount` is not a decimal
 * string, which is a bug in the caller.
 *
 * @example
 * formatMoney({ amount: '359139.70', currency: 'EUR' }, 'fr-FR') // '359 139,70 €' (U+202F, U+00A0)
 * formatMoney({ amount: '306200.00', currency: 'CHF' }, 'de-CH') // "CHF 306'200.00"
 */
export function formatMoney(money: MoneyValue, locale: FormatLocale): string {
  const { text, scale } = parseDecimalString(money.amount, 'Amount');
  return numberFormat(locale, {
    style: 'currency',
    currency: money.currency,
    minimumFractionDigits: 2,
    maximumFractionDigits: Math.max(2, scale),
    // A zero amount written "-0.00" is shown as "0,00 €".
    signDisplay: 'negative',
  }).format(text);
}

/**
 * Fraction digits for {@link formatNumber} and {@link formatPercent}.
 *
 * @example
 * formatNumber('0.5', 'fr', { minimumFractionDigits: 2 }) // '0,50'
 */
export interface FractionDigits {
  readonly minimumFractionDigits?: number;
  readonly maximumFractionDigits?: number;
}

/**
 * Formats a number in a locale; a decimal string is formatted exactly (no float on the way). By default at
 * most 3 decimals are shown, as Intl does. German is Swiss German (`de` groups as `de-CH` does), and the
 * Swiss separator is always U+0027 APOSTROPHE, as in the `de` labels.
 *
 * @example
 * formatNumber(1244137.34, 'fr')   // '1 244 137,34' (U+202F)
 * formatNumber('1463691', 'de-CH') // "1'463'691"
 * formatNumber(10000, 'de')        // "10'000"
 */
export function formatNumber(
  value: number | bigint | string,
  locale: FormatLocale,
  digits?: FractionDigits,
): string {
  const input = typeof value === 'string' ? parseDecimalString(value, 'Number').text : value;
  if (typeof input === 'number') checkFinite(input, 'Number');
  return numberFormat(locale, { ...digits }).format(input);
}

/**
 * Formats a rate (a fraction: `"0.85"` is 85 %) as a percentage, with up to 2 decimals by default so that a
 * rate such as 0.8550 is not shown rounded to a whole percent.
 *
 * @example
 * formatPercent('0.85', 'fr') // '85 %' (U+00A0 before %)
 * formatPercent('0.85', 'en') // '85%'
 */
export function formatPercent(rate: number | string, locale: FormatLocale, digits?: FractionDigits): string {
  const input = typeof rate === 'string' ? parseDecimalString(rate, 'Rate').text : rate;
  if (typeof input === 'number') checkFinite(input, 'Rate');
  const minimumFractionDigits = digits?.minimumFractionDigits ?? 0;
  const maximumFractionDigits = digits?.maximumFractionDigits ?? Math.max(2, minimumFractionDigits);
  return numberFormat(locale, { style: 'percent', minimumFractionDigits, maximumFractionDigits }).format(
    input,
  );
}

/**
 * Options of {@link formatDate}.
 *
 * @example
 * formatDate('2017-06-30T23:30:00Z', 'fr', { style: 'short', timeZone: 'UTC' }) // '30/06/2017'
 */
export interface DateOptions {
  /** Intl `dateStyle`; `long` by default (`11 janvier 2016`). */
  readonly style?: 'full' | 'long' | 'medium' | 'short';
  /** Time zone for instants (timestamps, `Date`); `Europe/Paris` by default. Ignored for calendar dates. */
  readonly timeZone?: string;
}

/** The time zone of the whole Espace Mont-Blanc (France, Aosta Valley, Valais). */
const DEFAULT_TIME_ZONE = 'Europe/Paris';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// Up to nanoseconds in the fraction (the API writes microseconds, as PostgreSQL keeps them).
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** A calendar date as a UTC instant at midnight, or undefined when the day does not exist. */
function calendarDate(year: number, month: number, day: number): Date | undefined {
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
  date.setUTCFullYear(year, month - 1, day);
  const exists =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return exists ? date : undefined;
}

function invalidDate(value: string | Date): RangeError {
  return new RangeError(
    `Invalid date ${JSON.stringify(value)}: expected an ISO 8601 date (2016-01-11), a date-time with an offset (2016-01-11T09:30:00Z) or a valid Date.`,
  );
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: FormatLocale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(intlLocale(locale), options);
    dateFormats.set(key, format);
  }
  return format;
}

/**
 * Formats a date in a locale. An ISO calendar date (`2016-01-11`) is shown as that day whatever the time
 * zone of the machine; a date-time with an offset or a `Date` is an instant, shown as its day in
 * `options.timeZone` (Europe/Paris by default). Throws a `RangeError` on anything else. English is European
 * English: `en` gives `11 January 2016` (en-GB), not the US `January 11, 2016`.
 *
 * @example
 * formatDate('2016-01-11', 'fr')                     // '11 janvier 2016'
 * formatDate('2016-01-11', 'en')                     // '11 January 2016'
 * formatDate('2016-01-11', 'de', { style: 'medium' }) // '11.01.2016'
 */
export function formatDate(value: string | Date, locale: FormatLocale, options: DateOptions = {}): string {
  const dateStyle = options.style ?? 'long';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw invalidDate(value);
    return dateFormat(locale, { dateStyle, timeZone: options.timeZone ?? DEFAULT_TIME_ZONE }).format(value);
  }
  const day = ISO_DATE.exec(value);
  if (day !== null) {
    const date = calendarDate(Number(day[1]), Number(day[2]), Number(day[3]));
    if (date === undefined) throw invalidDate(value);
    return dateFormat(locale, { dateStyle, timeZone: 'UTC' }).format(date);
  }
  const dateTime = ISO_DATE_TIME.exec(value);
  if (dateTime !== null) {
    // ECMAScript's date-time string format has milliseconds: finer digits are cut off, not rounded.
    const instant = new Date(value.replace(/(\.\d{3})\d+/, '$1'));
    const dayExists =
      calendarDate(Number(dateTime[1]), Number(dateTime[2]), Number(dateTime[3])) !== undefined;
    if (!dayExists || Number.isNaN(instant.getTime())) throw invalidDate(value);
    return dateFormat(locale, { dateStyle, timeZone: options.timeZone ?? DEFAULT_TIME_ZONE }).format(instant);
  }
  throw invalidDate(value);
}

const YEAR_MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/**
 * Formats a calendar month (`YYYY-MM`, as project start and end months are written) in a locale: the month's
 * name and the year. Throws a `RangeError` on anything else.
 *
 * @example
 * formatMonth('2017-06', 'fr') // 'juin 2017'
 * formatMonth('2017-06', 'de') // 'Juni 2017'
 */
export function formatMonth(value: string, locale: FormatLocale): string {
  const match = YEAR_MONTH.exec(value);
  const date = match === null ? undefined : calendarDate(Number(match[1]), Number(match[2]), 1);
  if (date === undefined) {
    throw new RangeError(`Invalid month ${JSON.stringify(value)}: expected YYYY-MM (2017-06).`);
  }
  return dateFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(date);
}
