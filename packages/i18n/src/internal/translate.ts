import type { Locale } from '@mbi/domain';
import { IntlMessageFormat } from 'intl-messageformat';
import { MESSAGES, type MessageKey, type MessageValues } from './catalog';
import { intlLocale, MESSAGE_FORMATTERS } from './intl';

/**
 * The arguments of `t` after the key: none for a plain message, the values object otherwise.
 *
 * @example
 * type A = TranslateArgs<'count.companies'>; // [values: { readonly count: number }]
 * type B = TranslateArgs<'app.name'>;        // []
 */
export type TranslateArgs<K extends MessageKey> = keyof MessageValues<K> extends never
  ? []
  : [values: MessageValues<K>];

/**
 * Formats the message `key` of one locale. Only known keys are accepted, and the values the message needs
 * are required with their types.
 *
 * @example
 * const t = createTranslator('fr');
 * t('financing.row.outsideErdf')           // 'Hors FEDER'
 * t('count.companies', { count: 1000000 }) // '1 000 000 d’entreprises'
 */
export type Translate = <K extends MessageKey>(key: K, ...args: TranslateArgs<K>) => string;

// Parsing a message is the costly part, so each one is parsed once per locale, on first use.
const formats = new Map<string, IntlMessageFormat>();

function formatFor(locale: Locale, key: MessageKey): IntlMessageFormat {
  const cacheKey = `${locale}:${key}`;
  let format = formats.get(cacheKey);
  if (format === undefined) {
    // Numbers in messages format as the formatters do: `de` as de-CH, `en` as en-GB (see intlLocale).
    format = new IntlMessageFormat(MESSAGES[locale][key], intlLocale(locale), undefined, {
      formatters: MESSAGE_FORMATTERS,
    });
    formats.set(cacheKey, format);
  }
  return format;
}

type Values = Readonly<Record<string, string | number | Date>>;

/**
 * A translator for one locale: `t(key, values?)` formats the ICU message with CLDR plural rules
 * (French `one` covers 0 and 1; French and Italian have `many` for round millions). Numbers in messages
 * follow the formatters: German groups the Swiss way (`1'000'000 Arbeitsstätten`).
 *
 * @example
 * const t = createTranslator('it');
 * t('count.companies', { count: 0 })       // '0 imprese'
 * t('error.tooManyRequests', { seconds: 1 }) // 'Troppe richieste. Riprovare tra 1 secondo.'
 */
export function createTranslator(locale: Locale): Translate {
  const translate = (key: MessageKey, values?: Values): string => {
    const result = formatFor(locale, key).format(values);
    // Only rich-text values (functions for tags) make format() return parts; the catalogs have no tags.
    return Array.isArray(result) ? result.join('') : String(result);
  };
  return translate as Translate;
}
