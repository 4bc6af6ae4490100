import { LOCALES } from '@mbi/domain';
import { describe, expect, it } from 'vitest';
import { createTranslator, getLabels, MESSAGES } from '../index';
import { createCatalogTranslator } from '../internal/translate';
import * as de from './de';
import * as en from './en';
import * as fr from './fr';
import * as itLocale from './it';

const MODULES = { fr, it: itLocale, de, en } as const;

describe('@mbi/i18n/locales/<locale>', () => {
  it.each(LOCALES)('%s holds the same catalog and labels as the main entry', (locale) => {
    expect(MODULES[locale].messages).toBe(MESSAGES[locale]);
    expect(MODULES[locale].labels).toBe(getLabels(locale));
  });

  it('translates one loaded language as createTranslator does', () => {
    // Plural rules of CLDR: Italian 0 is `other`, French 0 is `one`; German groups the Swiss way.
    const it = createCatalogTranslator('it', itLocale.messages);
    expect(it('count.companies', { count: 0 })).toBe('0 imprese');
    const frT = createCatalogTranslator('fr', fr.messages);
    expect(frT('financing.row.outsideErdf')).toBe('Hors FEDER');
    for (const locale of LOCALES) {
      const loaded = createCatalogTranslator(locale, MODULES[locale].messages);
      expect(loaded('count.companies', { count: 1_000_000 })).toBe(
        createTranslator(locale)('count.companies', { count: 1_000_000 }),
      );
    }
  });
});
