import type { AuthErrorCode, EstablishmentErrorCode } from '@mbi/db';
import { EstablishmentInputSchema, LOCALES } from '@mbi/domain';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { translate } from './message';
import { type DataFailure, dataMessage, issueText } from './problem-messages';

const issueOf = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  if (result.success) throw new Error('expected a failure');
  const [issue] = result.error.issues;
  if (issue === undefined) throw new Error('expected an issue');
  return issue;
};

describe('issueText: zod issues in the request’s language', () => {
  // Expected texts quote zod 4.6.7's locales (zod/src/v4/locales/{fr,it,de,en}.ts) for `invalid_type` and
  // `too_big`, with the house typography: a no-break space before the French colon, `ss` for `ß` in German.
  // zod drops the input from its final issues; the API puts it back from the value sent (validation.ts).
  const typeIssue = {
    ...issueOf(z.object({ name: z.string() }), { name: 42 }),
    input: 42,
  } as z.core.$ZodIssue;
  const bigIssue = issueOf(z.string().max(3), 'abcd');

  test('renders a standard issue with zod’s locale of each language', () => {
    expect(issueText(typeIssue, 'fr')).toBe(
      'Entrée invalide\u00a0: chaîne de caractères attendu, nombre reçu',
    );
    expect(issueText(typeIssue, 'it')).toBe('Input non valido: atteso string, ricevuto numero');
    expect(issueText(typeIssue, 'de')).toBe('Ungültige Eingabe: erwartet string, erhalten Zahl');
    expect(issueText(bigIssue, 'de')).toBe('Zu gross: erwartet, dass string <=3 Zeichen hat');
    expect(issueText(bigIssue, 'fr')).toBe(
      'Trop grand\u00a0: chaîne de caractères doit avoir <=3 caractères',
    );
  });

  test('keeps the schema’s own English message in English', () => {
    const named = issueOf(z.string().min(1, { error: 'name must not be empty' }), '');
    expect(issueText(named, 'en')).toBe('name must not be empty');
    // zod's English (zod/src/v4/locales/en.ts) when the schema wrote none.
    expect(issueText(bigIssue, 'en')).toBe('Too big: expected string to have <=3 characters');
  });

  test('says a rule of @mbi/domain from its params, in every language (catalog translations)', () => {
    const active = {
      country: 'FR',
      nationalIdentifier: '35600000000048',
      name: 'La Poste',
      activityCode: '53.10Z',
      activityCodeScheme: 'naf',
      territoryUnitCode: '74056',
      sizeBand: '53',
      status: 'active',
      openedOn: '1991-01-01',
      closedOn: '2020-01-01',
    };
    const rule = issueOf(EstablishmentInputSchema, active);
    expect(issueText(rule, 'fr')).toBe(
      'Une date de fermeture n’est admise que pour un établissement fermé (status closed).',
    );
    expect(issueText(rule, 'en')).toBe(
      'A closing date is allowed only for a closed establishment (status closed).',
    );
    // 356 000 000 is La Poste's SIREN (INSEE SIRENE): a company, where an establishment needs its SIRET.
    const siren = issueOf(EstablishmentInputSchema, {
      ...active,
      nationalIdentifier: '356000000',
      closedOn: undefined,
    });
    expect(issueText(siren, 'it')).toBe(
      'In Francia un’unità locale è identificata dal SIRET (14 cifre). Identificativo inviato: SIREN (impresa, Francia).',
    );
    expect(issueText(siren, 'fr')).toBe(
      'En France, un établissement est identifié par son SIRET (14 chiffres). Identifiant envoyé\u00a0: SIREN (entreprise).',
    );
  });

  test('renders a custom issue of no known rule as zod does', () => {
    const custom = issueOf(
      z.string().refine(() => false, { message: 'nope' }),
      'x',
    );
    // zod/src/v4/locales/it.ts: the default text of an issue it has no case for.
    expect(issueText(custom, 'it')).toBe('Input non valido');
    expect(issueText(custom, 'en')).toBe('nope');
  });
});

describe('dataMessage: every failure code of @mbi/db has a message', () => {
  // One failure per code, with the params @mbi/db documents (packages/db/src/establishments/errors.ts,
  // auth/grants.ts); `satisfies` makes a new code of the data layer a type error here until it is mapped.
  const FAILURES = {
    'validation-failed': { code: 'validation-failed', params: { role: 'editor' } },
    'invalid-activity-code': {
      code: 'invalid-activity-code',
      field: 'activityCode',
      params: { activityCode: '43.35.00', scheme: 'ateco', reason: 'unknown-code' },
    },
    'duplicate-identifier': {
      code: 'duplicate-identifier',
      params: { country: 'FR', nationalIdentifier: '35600000000048' },
    },
    'not-found': { code: 'not-found', params: { resource: 'establishment', id: 'x' } },
    'precondition-failed': { code: 'precondition-failed', params: { currentVersion: 3, expectedVersion: 2 } },
    forbidden: { code: 'forbidden', params: { reason: 'partner', partnerId: 'cimark', owner: null } },
    'invalid-filter': { code: 'invalid-filter', field: 'naceClass', params: { value: '4' } },
    'invalid-page': { code: 'invalid-page', field: 'limit', params: { min: 1, max: 1000 } },
    'invalid-cursor': { code: 'invalid-cursor', field: 'cursor' },
    'unknown-partner': { code: 'unknown-partner', params: { partnerId: 'nowhere' } },
    'duplicate-email': { code: 'duplicate-email' },
    'wrong-password': { code: 'wrong-password' },
  } satisfies Record<EstablishmentErrorCode | AuthErrorCode, DataFailure>;

  test.each(Object.entries(FAILURES))('%s', (_code, failure) => {
    const said = dataMessage(failure);
    expect(said).toBeDefined();
    if (said === undefined) return;
    const english = translate('en', said);
    for (const locale of LOCALES.filter((candidate) => candidate !== 'en')) {
      expect(translate(locale, said)).not.toBe(english);
    }
  });

  test('names a missing user, and refuses a change of one’s own account', () => {
    const missing = dataMessage({ code: 'not-found', params: { resource: 'user', id: 'u-1' } });
    expect(missing && translate('it', missing)).toBe('Nessun utente ha l’identificativo u-1.');
    const own = dataMessage({ code: 'forbidden', params: { reason: 'own-account' } });
    expect(own && translate('en', own)).toContain('ask another administrator');
  });

  test('names the versions of a precondition failure (catalog translation)', () => {
    const said = dataMessage(FAILURES['precondition-failed']);
    expect(said && translate('de', said)).toBe(
      'Die Arbeitsstätte hat die Version 3, nicht 2: Bitte laden Sie sie neu.',
    );
  });

  test('says nothing more than the title when the params do not fit', () => {
    expect(dataMessage({ code: 'precondition-failed', params: { currentVersion: '3' } })).toBeUndefined();
    expect(dataMessage({ code: 'not-found' })).toBeUndefined();
    expect(dataMessage({ code: 'something-new' })).toBeUndefined();
  });
});
