import { LOCALES, type Locale } from '@mbi/domain/vocabularies';
import { negotiateLocale } from '@mbi/i18n';

export const LANGUAGE_STORAGE_KEY = 'mbi.lang';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The language to show: the one in the URL (a shared link keeps its language), else the one the reader chose
 * last time, else the browser's preferences, else French.
 *
 * @example pickLanguage(undefined, 'it', ['de-CH']) // 'it'
 */
export function pickLanguage(
  fromUrl: string | undefined,
  remembered: string | null,
  browserLanguages: readonly string[],
): Locale {
  if (isLocale(fromUrl)) return fromUrl;
  if (isLocale(remembered)) return remembered;
  // negotiateLocale reads an Accept-Language header: the browser's list, best first, is one.
  const header = browserLanguages.map(
    (tag, index) => `${tag};q=${Math.max(0.1, 1 - index * 0.1).toFixed(1)}`,
  );
  return negotiateLocale(header.join(','));
}

export function readRememberedLanguage(): string | null {
  try {
    return globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY) ?? null;
  } catch {
    // Storage can be disabled (private browsing, policies): then nothing is remembered.
    return null;
  }
}

export function rememberLanguage(locale: Locale): void {
  try {
    globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, locale);
  } catch {
    // As above: without storage the URL still carries the language.
  }
}

export function browserLanguages(): readonly string[] {
  const nav = globalThis.navigator;
  if (nav === undefined) return [];
  return nav.languages?.length ? nav.languages : nav.language ? [nav.language] : [];
}
