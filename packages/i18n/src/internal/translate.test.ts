import { describe, expect, it } from 'vitest';
import { createTranslator } from './create-translator';

/*
 * Plural categories come from the CLDR plural rules
 * (unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html):
 * - fr: one = i is 0 or 1; many = a multiple of 1 000 000 (integers); other = the rest;
 * - it: one = 1; many = a multiple of 1 000 000 (integers); other = the rest, including 0;
 * - de, en: one = 1; other = the rest.
 * Numbers inside the messages are formatted by Intl with CLDR data (Node's ICU): French groups digits with
 * a narrow no-break space (U+202F), Italian and German with a dot, English with a comma.
 */

describe('createTranslator, French plurals (CLDR: one covers 0 and 1, many for millions)', () => {
  const t = createTranslator('fr');

  it.each([
    [0, '0 entreprise'],
    [1, '1 entreprise'],
    [2, '2 entreprises'],
    [1000, '1\u202f000 entreprises'],
    [1000000, '1\u202f000\u202f000 d’entreprises'],
    [2000000, '2\u202f000\u202f000 d’entreprises'],
    [1000001, '1\u202f000\u202f001 entreprises'],
  ])('counts %d companies as %s', (count, expected) => {
    expect(t('count.companies', { count })).toBe(expected);
  });

  it('uses the same categories in every counted noun', () => {
    expect(t('count.establishments', { count: 1 })).toBe('1 établissement');
    expect(t('count.establishments', { count: 1000000 })).toBe('1\u202f000\u202f000 d’établissements');
    expect(t('count.employees', { count: 0 })).toBe('0 salarié');
  });

  it('lets an exact =0 case take precedence over the category', () => {
    expect(t('count.results', { count: 0 })).toBe('Aucun résultat');
    expect(t('count.results', { count: 1 })).toBe('1 résultat');
  });
});

describe('createTranslator, Italian plurals (CLDR: 0 is other, many for millions)', () => {
  const t = createTranslator('it');

  it.each([
    [1, '1 impresa'],
    [0, '0 imprese'],
    [2, '2 imprese'],
    [1000000, '1.000.000 di imprese'],
  ])('counts %d companies as %s', (count, expected) => {
    expect(t('count.companies', { count })).toBe(expected);
  });
});

describe('createTranslator, German and English plurals (CLDR: no many)', () => {
  it('has one and other only in German', () => {
    const t = createTranslator('de');
    expect(t('count.establishments', { count: 1 })).toBe('1 Arbeitsstätte');
    expect(t('count.establishments', { count: 0 })).toBe('0 Arbeitsstätten');
    // German is read in the Upper Valais: numbers group as de-CH, with U+0027 (see format.test.ts).
    expect(t('count.establishments', { count: 1000000 })).toBe("1'000'000 Arbeitsstätten");
  });

  it('has one and other only in English', () => {
    const t = createTranslator('en');
    expect(t('count.companies', { count: 1 })).toBe('1 company');
    expect(t('count.companies', { count: 0 })).toBe('0 companies');
    expect(t('count.companies', { count: 1000000 })).toBe('1,000,000 companies');
  });
});

describe('createTranslator, messages the apps use', () => {
  it('gives the app name and the financing headings', () => {
    const fr = createTranslator('fr');
    expect(fr('app.name')).toBe('Mont-Blanc INNOVATION');
    expect(fr('financing.column.erdf')).toBe('FEDER');
    expect(fr('financing.row.outsideErdf')).toBe('Hors FEDER');
    expect(createTranslator('it')('financing.column.erdf')).toBe('FESR');
    expect(createTranslator('de')('financing.column.erdf')).toBe('EFRE');
    expect(createTranslator('en')('financing.column.erdf')).toBe('ERDF');
  });

  it('fills simple and number arguments', () => {
    expect(createTranslator('fr')('pagination.range', { from: 1, to: 20, total: 1234 })).toBe(
      '1–20 sur 1\u202f234',
    );
    expect(createTranslator('en')('pagination.range', { from: 1, to: 20, total: 1234 })).toBe(
      '1–20 of 1,234',
    );
    expect(
      createTranslator('fr')('error.invalidIdentifier', {
        identifier: '200023372',
        reason: 'clé de contrôle',
      }),
    ).toBe('L’identifiant 200023372 n’est pas valide (clé de contrôle).');
  });

  it('keeps French typography: a no-break space before the colon', () => {
    expect(createTranslator('fr')('common.source', { source: 'INSEE' })).toBe('Source\u00a0: INSEE');
  });

  it('reads a plural inside a sentence', () => {
    expect(createTranslator('fr')('error.tooManyRequests', { seconds: 1 })).toBe(
      'Trop de requêtes. Réessayez dans 1 seconde.',
    );
    expect(createTranslator('de')('error.tooManyRequests', { seconds: 30 })).toBe(
      'Zu viele Anfragen. Bitte versuchen Sie es in 30 Sekunden erneut.',
    );
  });

  it('gives the same text on repeated calls (messages are parsed once and reused)', () => {
    const t = createTranslator('it');
    expect(t('count.companies', { count: 3 })).toBe('3 imprese');
    expect(t('count.companies', { count: 1 })).toBe('1 impresa');
  });
});

/*
 * Messages of problem documents. Expected texts are the catalog translations as reviewed (fr, it, de for the
 * Upper Valais: `ss`, never `ß`), with plural categories from CLDR as above and digits grouped by Node's ICU.
 */
describe('createTranslator, problem documents', () => {
  it('counts bytes with the plural rules and digit grouping of each language', () => {
    expect(createTranslator('fr')('problem.detail.payloadTooLarge', { limit: 65536 })).toBe(
      'Le corps d’une requête est limité à 65\u202f536 octets.',
    );
    expect(createTranslator('fr')('problem.detail.payloadTooLarge', { limit: 1 })).toBe(
      'Le corps d’une requête est limité à 1 octet.',
    );
    expect(createTranslator('it')('problem.detail.payloadTooLarge', { limit: 65536 })).toBe(
      'Il corpo di una richiesta è limitato a 65.536 byte.',
    );
    expect(createTranslator('de')('problem.detail.payloadTooLarge', { limit: 1 })).toBe(
      'Der Inhalt einer Anfrage ist auf 1 Byte begrenzt.',
    );
    expect(createTranslator('en')('problem.detail.payloadTooLarge', { limit: 65536 })).toBe(
      'Request bodies are limited to 65,536 bytes.',
    );
  });

  it('says one request or several in a rate limit', () => {
    expect(createTranslator('it')('problem.detail.rateLimited', { limit: 1 })).toBe(
      'È stato raggiunto il limite di 1 richiesta al minuto.',
    );
    expect(createTranslator('it')('problem.detail.rateLimited', { limit: 100 })).toBe(
      'È stato raggiunto il limite di 100 richieste al minuto.',
    );
    expect(createTranslator('de')('problem.detail.authFailuresLimited', { limit: 5 })).toBe(
      'Die Grenze von 5 fehlgeschlagenen Anmeldungen pro Minute ist erreicht.',
    );
    expect(createTranslator('fr')('problem.detail.rateLimited', { limit: 0 })).toBe(
      'La limite de 0 requête par minute est atteinte.',
    );
  });

  it('names one field or several, with an argument inside the plural branches', () => {
    expect(createTranslator('it')('problem.detail.validationFailed', { count: 1, fields: 'body.name' })).toBe(
      'Il campo body.name non è valido.',
    );
    expect(
      createTranslator('de')('problem.detail.validationFailed', {
        count: 2,
        fields: 'body.name, body.sizeBand',
      }),
    ).toBe('Die Felder body.name, body.sizeBand sind ungültig.');
  });

  it('chooses a branch of a select by country', () => {
    expect(createTranslator('fr')('problem.field.territoryCode', { country: 'IT' })).toBe(
      'Le code de la commune doit être un code ISTAT de 6 chiffres, par exemple 007003.',
    );
    expect(createTranslator('de')('problem.field.territoryCode', { country: 'CH' })).toBe(
      'Der Gemeindecode muss eine BFS-Gemeindenummer mit 1 bis 4 Ziffern sein, zum Beispiel 6266.',
    );
  });
});
