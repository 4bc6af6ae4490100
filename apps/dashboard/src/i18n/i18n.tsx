import type { CountryCode, Locale } from '@mbi/domain/vocabularies';
import {
  type Catalog,
  createCatalogTranslator,
  formatDate,
  formatMoney,
  formatMonth,
  formatNumber,
  formatPercent,
  type Labels,
  type MoneyValue,
  moneyLocaleFor,
  type Translate,
} from '@mbi/i18n';
import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';

/** Everything a screen needs to speak the reader's language: messages, labels and formatters. */
export interface I18n {
  readonly locale: Locale;
  readonly t: Translate;
  readonly labels: Labels;
  /** Money in the reader's language; with a country, in that country's region (CHF 306'200.00 in de-CH). */
  money(value: MoneyValue, country?: CountryCode | null): string;
  number(value: number | bigint | string): string;
  percent(rate: string | number): string;
  date(value: string | Date, style?: 'long' | 'medium' | 'short'): string;
  /** A month written YYYY-MM: `juin 2017`. */
  month(value: string): string;
}

/** The texts of one language: its message catalog and its labels. */
export interface LocaleTexts {
  readonly messages: Catalog;
  readonly labels: Labels;
}

// One chunk per language: a page loads its reader's language only, not the four (about 20 KB gzip less).
const LOADERS: { readonly [L in Locale]: () => Promise<LocaleTexts> } = {
  fr: () => import('@mbi/i18n/locales/fr'),
  it: () => import('@mbi/i18n/locales/it'),
  de: () => import('@mbi/i18n/locales/de'),
  en: () => import('@mbi/i18n/locales/en'),
};

const loaded = new Map<Locale, LocaleTexts>();
const loading = new Map<Locale, Promise<LocaleTexts>>();

/**
 * Loads a language's texts, once; `main.tsx` starts it before the first render, so that the catalog and the
 * page's chunk are fetched together.
 */
export function loadLocale(locale: Locale): Promise<LocaleTexts> {
  let promise = loading.get(locale);
  if (promise === undefined) {
    promise = LOADERS[locale]().then(
      ({ messages, labels }) => {
        const texts = { messages, labels };
        loaded.set(locale, texts);
        return texts;
      },
      (error: unknown) => {
        // A failed fetch (network) may be tried again at the next render.
        loading.delete(locale);
        throw error;
      },
    );
    loading.set(locale, promise);
  }
  return promise;
}

export function createI18n(locale: Locale, texts: LocaleTexts): I18n {
  return {
    locale,
    t: createCatalogTranslator(locale, texts.messages),
    labels: texts.labels,
    money: (value, country) =>
      formatMoney(
        value,
        country === undefined || country === null ? locale : moneyLocaleFor(locale, country),
      ),
    number: (value) => formatNumber(value, locale),
    percent: (rate) => formatPercent(rate, locale),
    // The API's timestamps carry microseconds (`…:49.851000Z`), which formatDate's ISO pattern (milliseconds)
    // refuses: an instant is handed over as a Date.
    date: (value, style = 'long') =>
      formatDate(typeof value === 'string' && value.includes('T') ? new Date(value) : value, locale, {
        style,
      }),
    month: (value) => formatMonth(value, locale),
  };
}

const I18nContext = createContext<I18n | null>(null);

/**
 * Provides the reader's language once its texts are loaded: nothing before the first language arrives, and the
 * previous language while another one loads after a switch (no blank page).
 */
export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const [shown, setShown] = useState<Locale | null>(() => (loaded.has(locale) ? locale : null));
  const [failure, setFailure] = useState<unknown>(null);
  const ready = loaded.has(locale);
  useEffect(() => {
    if (ready) {
      setShown(locale);
      return;
    }
    let live = true;
    loadLocale(locale).then(
      () => live && setShown(locale),
      (error: unknown) => live && setFailure(error),
    );
    return () => {
      live = false;
    };
  }, [locale, ready]);
  const current = ready ? locale : shown;
  const texts = current === null ? undefined : loaded.get(current);
  const value = useMemo(
    () => (current === null || texts === undefined ? null : createI18n(current, texts)),
    [current, texts],
  );
  // Without any texts there is nothing to write an error in: the router's error boundary takes it.
  if (value === null && failure !== null) throw failure;
  if (value === null) return null;
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The reader's language; only inside {@link I18nProvider}. */
export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (value === null) throw new Error('useI18n needs an I18nProvider above it.');
  return value;
}
