import type { Locale, PartnerId } from '@mbi/domain';

/**
 * Partners' short names, for tables and charts: proper names, the same in every language. `CC` stands for
 * Communauté de Communes, as the partners write it themselves.
 */
export const PARTNER_SHORT_NAMES: { readonly [P in PartnerId]: string } = {
  'cc-vallee-chamonix': 'CC Vallée de Chamonix Mont-Blanc',
  'cc-pays-mont-blanc': 'CC Pays du Mont-Blanc',
  'chambre-valdotaine': 'Chambre valdôtaine',
  cimark: 'CimArk',
};

/**
 * Each language in its own name, capitalised as a menu item: a reader looks for the language they read,
 * whatever the current one, so the names do not change with the locale.
 */
export const LOCALE_NAMES: { readonly [L in Locale]: string } = {
  fr: 'Français',
  it: 'Italiano',
  de: 'Deutsch',
  en: 'English',
};
