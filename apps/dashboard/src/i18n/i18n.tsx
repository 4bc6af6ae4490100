import type { CountryCode, Locale } from '@mbi/domain';
import {
  createTranslator,
  formatDate,
  formatMoney,
  formatMonth,
  formatNumber,
  formatPercent,
  getLabels,
  type Labels,
  type MoneyValue,
  moneyLocaleFor,
  type Translate,
} from '@mbi/i18n';
import { createContext, type ReactNode, useContext, useMemo } from 'react';

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

export function createI18n(locale: Locale): I18n {
  return {
    locale,
    t: createTranslator(locale),
    labels: getLabels(locale),
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

export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const value = useMemo(() => createI18n(locale), [locale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The reader's language; only inside {@link I18nProvider}. */
export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (value === null) throw new Error('useI18n needs an I18nProvider above it.');
  return value;
}
