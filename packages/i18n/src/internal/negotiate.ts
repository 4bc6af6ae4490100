import { LOCALES, type Locale } from '@mbi/domain/vocabularies';

/**
 * The project's source and default language.
 *
 * @example
 * negotiateLocale('es') === DEFAULT_LOCALE // true
 */
export const DEFAULT_LOCALE = 'fr' satisfies Locale;

/**
 * A non-empty list of supported locales, in order of preference of the service.
 *
 * @example
 * const supported: SupportedLocales<'fr' | 'it'> = ['fr', 'it'];
 */
export type SupportedLocales<L extends Locale> = readonly [L, ...L[]];

interface LanguageRange {
  /** Lower-cased language range (`fr-ch`) or `*`. */
  readonly range: string;
  readonly quality: number;
}

// RFC 4647 §2.1 language-range and RFC 9110 §12.4.2 qvalue.
const LANGUAGE_RANGE = /^(?:\*|[a-z]{1,8}(?:-[a-z0-9]{1,8})*)$/i;
const WEIGHT = /^q=(0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/i;
// A header longer than this is cut: no browser sends one, and parsing stays bounded on hostile input.
const MAX_HEADER_LENGTH = 4096;

/**
 * Parses an RFC 9110 Accept-Language value into ranges sorted by descending quality (stable, so equal
 * qualities keep the client's order). Malformed members are skipped, never thrown on.
 */
function parseAcceptLanguage(header: string): LanguageRange[] {
  const ranges: LanguageRange[] = [];
  for (const member of header.slice(0, MAX_HEADER_LENGTH).split(',')) {
    const [rawRange = '', ...parameters] = member.split(';').map((part) => part.trim());
    // The only parameter Accept-Language allows is the weight, and at most once.
    if (!LANGUAGE_RANGE.test(rawRange) || parameters.length > 1) continue;
    const weight = parameters[0] === undefined ? undefined : WEIGHT.exec(parameters[0]);
    if (weight === null) continue;
    ranges.push({ range: rawRange.toLowerCase(), quality: weight === undefined ? 1 : Number(weight[1]) });
  }
  return ranges.sort((a, b) => b.quality - a.quality);
}

/**
 * RFC 4647 §3.4 lookup of one range among the supported locales: `fr-CH` → `fr-ch`, then `fr`. A
 * single-letter subtag left at the end (`de-x` from `de-x-bern`) is removed with the subtag after it.
 */
function lookup<L extends Locale>(range: string, supported: readonly L[]): L | undefined {
  let candidate = range.toLowerCase();
  for (;;) {
    const match = supported.find((locale) => locale === candidate);
    if (match !== undefined) return match;
    const cut = candidate.lastIndexOf('-');
    if (cut < 0) return undefined;
    candidate = candidate.slice(0, cut);
    if (candidate.length >= 2 && candidate.at(-2) === '-') candidate = candidate.slice(0, -2);
  }
}

function fallbackOf<L extends Locale>(supported: SupportedLocales<L>): L {
  return supported.find((locale) => locale === DEFAULT_LOCALE) ?? supported[0];
}

/**
 * Chooses the locale to answer in from an `Accept-Language` header (RFC 9110 §12.5.4): the supported
 * locale of the best-weighted range, regional ranges falling back to their language (`fr-CH` → `fr`,
 * `en-GB` → `en`). `q=0` marks a language as not acceptable; `*` stands for any other language and
 * yields the default. Missing, empty or unusable headers give the default, French (or the first supported
 * locale if French is not among them). Malformed parts are ignored; it never throws.
 *
 * @example
 * negotiateLocale('de-CH,de;q=0.9,fr;q=0.8')   // 'de'
 * negotiateLocale('es-ES, en-GB;q=0.7')        // 'en'
 * negotiateLocale(undefined)                   // 'fr'
 * negotiateLocale('it', ['fr', 'de'])          // 'fr'
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale;
export function negotiateLocale<L extends Locale>(
  acceptLanguage: string | null | undefined,
  supported: SupportedLocales<L>,
): L;
export function negotiateLocale(
  acceptLanguage: string | null | undefined,
  supported: SupportedLocales<Locale> = LOCALES,
): Locale {
  const fallback = fallbackOf(supported);
  if (typeof acceptLanguage !== 'string') return fallback;
  const ranges = parseAcceptLanguage(acceptLanguage);
  const refused = new Set<Locale>();
  for (const { range, quality } of ranges) {
    if (quality !== 0 || range === '*') continue;
    const locale = lookup(range, supported);
    if (locale !== undefined) refused.add(locale);
  }
  for (const { range, quality } of ranges) {
    if (quality === 0) continue;
    if (range === '*') {
      const acceptable = [fallback, ...supported].find((locale) => !refused.has(locale));
      if (acceptable !== undefined) return acceptable;
      continue;
    }
    const locale = lookup(range, supported);
    if (locale !== undefined && !refused.has(locale)) return locale;
  }
  return fallback;
}

/**
 * The locale of a request: an explicit `?lang=` wins when it names a supported locale (`it`, `IT`, `it-CH`
 * all give `it`); otherwise the `Accept-Language` header is negotiated.
 *
 * @example
 * resolveLocale('it', 'fr-FR,fr;q=0.9') // 'it'
 * resolveLocale('xx', 'de-CH')          // 'de'
 * resolveLocale(undefined, null)        // 'fr'
 */
export function resolveLocale(
  queryLang: string | null | undefined,
  acceptLanguage: string | null | undefined,
): Locale;
export function resolveLocale<L extends Locale>(
  queryLang: string | null | undefined,
  acceptLanguage: string | null | undefined,
  supported: SupportedLocales<L>,
): L;
export function resolveLocale(
  queryLang: string | null | undefined,
  acceptLanguage: string | null | undefined,
  supported: SupportedLocales<Locale> = LOCALES,
): Locale {
  if (typeof queryLang === 'string') {
    const trimmed = queryLang.trim();
    if (trimmed !== '*' && LANGUAGE_RANGE.test(trimmed)) {
      const locale = lookup(trimmed, supported);
      if (locale !== undefined) return locale;
    }
  }
  return negotiateLocale(acceptLanguage, supported);
}
