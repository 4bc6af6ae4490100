import type { Catalog } from '../internal/catalog';
import type { Labels } from '../internal/labels';
import { deLabels } from '../internal/labels/de';
import { de } from '../internal/messages/de';

/**
 * `@mbi/i18n/locales/de`: the German catalog and labels alone, for an application that loads only its reader's
 * language (the main entry's `MESSAGES`, `createTranslator` and `getLabels` hold all four). The same objects as
 * `MESSAGES.de` and `getLabels('de')`.
 *
 * @example
 * const { messages, labels } = await import('@mbi/i18n/locales/de');
 * const t = createCatalogTranslator('de', messages);
 */
export const messages: Catalog = de;

/** The German labels of every domain vocabulary, as `getLabels('de')`. */
export const labels: Labels = deLabels;
