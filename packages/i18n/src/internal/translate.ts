import type { Locale } from '@mbi/domain';
import { IntlMessageFormat } from 'intl-messageformat';
import type { Catalog, MessageKey, MessageValues } from './catalog';
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

// Parsing a message is the costly part, so each one is parsed once per catalog and locale, on first use.
const formats = new WeakMap<Catalog, Map<string, IntlMessageFormat>>();

function formatFor(locale: Locale, catalog: Catalog, key: MessageKey): IntlMessageFormat {
  let parsed = formats.get(catalog);
  if (parsed === undefined) {
    parsed = new Map();
    formats.set(catalog, parsed);
  }
  const cacheKey = `${locale}:${key}`;
  let format = parsed.get(cacheKey);
  if (format === undefined) {
    // Numbers in messages format as the formatters do: `de` as de-CH, `en` as en-GB (see intlLocale).
    format = new IntlMessageFormat(catalog[key], intlLocale(locale), undefined, {
      formatters: MESSAGE_FORMATTERS,
    });
    parsed.set(cacheKey, format);
  }
  return format;
}

type Values = Readonly<Record<string, string | number | Date>>;

/**
 * A translator over one catalog, such as the one language a page loaded from `@mbi/i18n/locales/<locale>`
 * (see {@link createTranslator} for the same over the catalogs of every locale): `t(key, values?)` formats the
 * ICU message with CLDR plural rules, numbers formatted as the formatters of `locale` do.
 *
 * @example
 * const { messages } = await import('@mbi/i18n/locales/it');
 * const t = createCatalogTranslator('it', messages);
 * t('count.companies', { count: 0 }) // '0 imprese'
 */
export function createCatalogTranslator(locale: Locale, catalog: Catalog): Translate {
  const translate = (key: MessageKey, values?: Values): string => {
    const result = formatFor(locale, catalog, key).format(values);
    // Only rich-text values (functions for tags) make format() return parts; the catalogs have no tags.
    return Array.isArray(result) ? result.join('') : String(result);
  };
  return translate as Translate;
}
