import type { Catalog } from '../internal/catalog';
import type { Labels } from '../internal/labels';
import { itLabels } from '../internal/labels/it';
import { it } from '../internal/messages/it';

/**
 * `@mbi/i18n/locales/it`: the Italian catalog and labels alone, for an application that loads only its reader's
 * language (the main entry's `MESSAGES`, `createTranslator` and `getLabels` hold all four). The same objects as
 * `MESSAGES.it` and `getLabels('it')`.
 *
 * @example
 * const { messages, labels } = await import('@mbi/i18n/locales/it');
 * const t = createCatalogTranslator('it', messages);
 */
export const messages: Catalog = it;

/** The Italian labels of every domain vocabulary, as `getLabels('it')`. */
export const labels: Labels = itLabels;
