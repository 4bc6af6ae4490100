import type { Catalog } from '../internal/catalog';
import type { Labels } from '../internal/labels';
import { enLabels } from '../internal/labels/en';
import { en } from '../internal/messages/en';

/**
 * `@mbi/i18n/locales/en`: the English catalog and labels alone, for an application that loads only its reader's
 * language (the main entry's `MESSAGES`, `createTranslator` and `getLabels` hold all four). The same objects as
 * `MESSAGES.en` and `getLabels('en')`.
 *
 * @example
 * const { messages, labels } = await import('@mbi/i18n/locales/en');
 * const t = createCatalogTranslator('en', messages);
 */
export const messages: Catalog = en;

/** The English labels of every domain vocabulary, as `getLabels('en')`. */
export const labels: Labels = enLabels;
