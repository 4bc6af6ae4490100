import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { validateFrenchVat, validateSiren, validateSiret } from './french-identifiers';
import { validateCodiceFiscale, validatePartitaIva } from './italian-identifiers';
import {
  IDENTIFIER_SCHEME_COUNTRY,
  validateIdentifier,
  validateNationalIdentifier,
} from './national-identifier';
import { validateSwissUid } from './swiss-identifiers';
import { IDENTIFIER_ERROR_CODES, IDENTIFIER_SCHEMES } from './vocabularies';

const VALIDATORS = [
  validateSiren,
  validateSiret,
  validateFrenchVat,
  validatePartitaIva,
  validateCodiceFiscale,
  validateSwissUid,
];

describe('validateNationalIdentifier', () => {
  // Real numbers, sources in the per-country tests: La Poste (SIRENE), partner SIREN (BRIEF.md), Regione
  // Valle d'Aosta and INPS (their own sites), SBB (Swiss service-point registry).
  test.each([
    ['FR', '356 000 000 00048', '35600000000048', 'siret'],
    ['FR', '200 034 882', '200034882', 'siren'],
    ['FR', 'FR 39 356000000', 'FR39356000000', 'fr-vat'],
    ['IT', 'IT00368440079', '00368440079', 'partita-iva'],
    ['IT', '80078750587', '80078750587', 'partita-iva'],
    ['IT', 'RSSMRA85T10A562S', 'RSSMRA85T10A562S', 'codice-fiscale'],
    ['CH', 'CHE102909703', 'CHE-102.909.703', 'che-uid'],
  ] as const)('%s %s → %s (%s)', (country, input, value, scheme) => {
    expect(validateNationalIdentifier(country, input)).toEqual({ ok: true, value, scheme });
  });

  test('refuses an identifier of another country', () => {
    expect(validateNationalIdentifier('CH', '35600000000048')).toMatchObject({
      ok: false,
      error: { code: 'prefix' },
    });
    expect(validateNationalIdentifier('IT', 'CHE-102.909.703')).toMatchObject({ ok: false });
    expect(validateNationalIdentifier('FR', '06363391001')).toMatchObject({
      ok: false,
      error: { code: 'length' },
    });
  });
});

describe('validateIdentifier', () => {
  test('dispatches on the scheme', () => {
    expect(validateIdentifier('siren', '200023372')).toEqual({ ok: true, value: '200023372' });
    expect(validateIdentifier('che-uid', 'CHE-102.909.703 MWST')).toEqual({
      ok: true,
      value: 'CHE-102.909.703',
    });
    expect(validateIdentifier('partita-iva', '200023372')).toMatchObject({
      ok: false,
      error: { code: 'length' },
    });
  });

  test('every scheme belongs to a country of the project', () => {
    for (const scheme of IDENTIFIER_SCHEMES)
      expect(['FR', 'IT', 'CH']).toContain(IDENTIFIER_SCHEME_COUNTRY[scheme]);
  });
});

describe('identifier validators on arbitrary input', () => {
  const anyText = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc.stringMatching(/^[0-9 .\-A-Za-z]{0,24}$/),
    fc.stringMatching(/^(FR|IT|CHE)?[0-9]{0,16}$/),
  );

  test('property: never throw, and fail with a known code and a message', () => {
    fc.assert(
      fc.property(anyText, (input) => {
        for (const validate of VALIDATORS) {
          const result = validate(input);
          if (!result.ok) {
            expect(IDENTIFIER_ERROR_CODES).toContain(result.error.code);
            expect(result.error.message.length).toBeGreaterThan(0);
          }
        }
        for (const country of ['FR', 'IT', 'CH'] as const) validateNationalIdentifier(country, input);
      }),
      { numRuns: 500 },
    );
  });

  test('property: a normalised value validates to itself', () => {
    fc.assert(
      fc.property(anyText, (input) => {
        for (const validate of VALIDATORS) {
          const result = validate(input);
          if (result.ok) expect(validate(result.value)).toEqual(result);
        }
      }),
      { numRuns: 500 },
    );
  });
});
