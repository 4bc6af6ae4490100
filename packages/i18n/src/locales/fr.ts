import type { Catalog } from '../internal/catalog';
import type { Labels } from '../internal/labels';
import { frLabels } from '../internal/labels/fr';
import { fr } from '../internal/messages/fr';

/**
 * `@mbi/i18n/locales/fr`: the French catalog and labels alone, for an application that loads only its reader's
 * language (the main entry's `MESSAGES`, `createTranslator` and `getLabels` hold all four). The same objects as
 * `MESSAGES.fr` and `getLabels('fr')`.
 *
 * @example
 * const { messages, labels } = await import('@mbi/i18n/locales/fr');
 * const t = createCatalogTranslator('fr', messages);
 */
export const messages: Catalog = fr;

/** The French labels of every domain vocabulary, as `getLabels('fr')`. */
export const labels: Labels = frLabels;
