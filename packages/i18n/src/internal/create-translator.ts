import type { Locale } from '@mbi/domain';
import { MESSAGES } from './catalog';
import { createCatalogTranslator, type Translate } from './translate';

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
  return createCatalogTranslator(locale, MESSAGES[locale]);
}
