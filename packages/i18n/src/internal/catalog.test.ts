import { LOCALES, type Locale } from '@mbi/domain';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { isMessageKey, MESSAGES, type MessageKey } from './catalog';

type AstElement = ReturnType<IntlMessageFormat['getAst']>[number];

// Element types of the FormatJS ICU AST (`TYPE` in @formatjs/icu-messageformat-parser).
const ELEMENT_KINDS = ['literal', 'argument', 'number', 'date', 'time', 'select', 'plural', 'pound', 'tag'];

/** Every argument of a message with its ICU type, e.g. `count:plural`, from the parsed AST. */
function argumentsOf(message: string, locale: Locale): string[] {
  const found = new Set<string>();
  const walk = (elements: readonly AstElement[]): void => {
    for (const element of elements) {
      let kind = ELEMENT_KINDS[element.type] ?? `unknown-${element.type}`;
      if ('pluralType' in element && element.pluralType === 'ordinal') kind = 'selectordinal';
      if (kind !== 'literal' && kind !== 'pound' && 'value' in element) found.add(`${element.value}:${kind}`);
      if ('options' in element) for (const option of Object.values(element.options)) walk(option.value);
      if ('children' in element) walk(element.children);
    }
  };
  walk(new IntlMessageFormat(message, locale).getAst());
  return [...found].sort();
}

/** The selectors offered by every plural argument of a message (nested ones included). */
function pluralSelectors(message: string, locale: Locale): string[][] {
  const selectors: string[][] = [];
  const walk = (elements: readonly AstElement[]): void => {
    for (const element of elements) {
      if (!('options' in element)) continue;
      if ('pluralType' in element) selectors.push(Object.keys(element.options).sort());
      for (const option of Object.values(element.options)) walk(option.value);
    }
  };
  walk(new IntlMessageFormat(message, locale).getAst());
  return selectors;
}

const keys = Object.keys(MESSAGES.fr) as MessageKey[];

describe('catalogs', () => {
  it('has the same keys, in the same order, in every locale', () => {
    for (const locale of LOCALES) expect(Object.keys(MESSAGES[locale])).toEqual(keys);
  });

  it.each(LOCALES)('has a non-empty, parseable message for every key in %s', (locale) => {
    for (const key of keys) {
      const message = MESSAGES[locale][key];
      expect(message.trim(), `${locale} ${key}`).not.toBe('');
      expect(() => new IntlMessageFormat(message, locale), `${locale} ${key}`).not.toThrow();
    }
  });

  it('uses the same ICU arguments, with the same types, as French in every locale', () => {
    for (const key of keys) {
      const source = argumentsOf(MESSAGES.fr[key], 'fr');
      for (const locale of LOCALES) {
        expect(argumentsOf(MESSAGES[locale][key], locale), `${locale} ${key}`).toEqual(source);
      }
    }
  });

  it('has every message of problem documents (problem.*) in every locale, with the French arguments', () => {
    const problemKeys = keys.filter((key) => key.startsWith('problem.'));
    // The API writes every detail and field message from these keys (apps/api/src/lib/problem.ts).
    expect(problemKeys.length).toBeGreaterThanOrEqual(50);
    for (const key of problemKeys) {
      const source = argumentsOf(MESSAGES.fr[key], 'fr');
      for (const locale of LOCALES) {
        expect(Object.hasOwn(MESSAGES[locale], key), `${locale} ${key}`).toBe(true);
        expect(argumentsOf(MESSAGES[locale][key], locale), `${locale} ${key}`).toEqual(source);
      }
    }
  });

  it('translates every message of problem documents: no French, Italian or German text is the English one', () => {
    for (const key of keys.filter((candidate) => candidate.startsWith('problem.'))) {
      for (const locale of ['fr', 'it', 'de'] as const) {
        expect(MESSAGES[locale][key], `${locale} ${key}`).not.toBe(MESSAGES.en[key]);
      }
    }
  });

  it('reads the arguments of a sample message as expected', () => {
    expect(argumentsOf(MESSAGES.fr['pagination.range'], 'fr')).toEqual([
      'from:number',
      'to:number',
      'total:number',
    ]);
    expect(argumentsOf(MESSAGES.fr['error.tooManyRequests'], 'fr')).toEqual(['seconds:plural']);
  });

  // CLDR plural rules (unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html), cardinal:
  // fr and it have one / many / other, de and en have one / other.
  const CLDR_CATEGORIES: Record<Locale, string[]> = {
    fr: ['many', 'one', 'other'],
    it: ['many', 'one', 'other'],
    de: ['one', 'other'],
    en: ['one', 'other'],
  };

  it('agrees with the CLDR plural categories of the runtime', () => {
    for (const locale of LOCALES) {
      const runtime = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
      expect([...runtime].sort()).toEqual(CLDR_CATEGORIES[locale]);
    }
  });

  it.each(LOCALES)(
    'offers exactly the CLDR categories of %s in every plural (plus exact =n cases)',
    (locale) => {
      for (const key of keys) {
        for (const selectors of pluralSelectors(MESSAGES[locale][key], locale)) {
          const categories = selectors.filter((selector) => !selector.startsWith('='));
          expect(categories, `${locale} ${key}`).toEqual(CLDR_CATEGORIES[locale]);
        }
      }
    },
  );

  it('never uses the ASCII apostrophe, which ICU MessageFormat reads as a quote', () => {
    for (const locale of LOCALES) {
      for (const key of keys) expect(MESSAGES[locale][key], `${locale} ${key}`).not.toContain("'");
    }
  });

  it('puts a no-break space before a French colon, never a plain one or none', () => {
    for (const key of keys) {
      const message = MESSAGES.fr[key];
      expect(message, key).not.toMatch(/(?:^|[^\u00a0]):/);
    }
  });

  it('writes Swiss Standard German, without ß', () => {
    for (const key of keys) expect(MESSAGES.de[key], key).not.toContain('ß');
  });
});

describe('isMessageKey', () => {
  it('accepts catalog keys and refuses others', () => {
    expect(isMessageKey('error.notFound')).toBe(true);
    expect(isMessageKey('error.nope')).toBe(false);
    expect(isMessageKey('toString')).toBe(false);
  });
});
