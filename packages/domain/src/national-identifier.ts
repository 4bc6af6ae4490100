import { validateFrenchVat, validateSiren, validateSiret } from './french-identifiers';
import type { IdentifierResult, NationalIdentifierResult } from './identifier-result';
import { isDigits, stripSeparators } from './internal/identifier-text';
import { validateCodiceFiscale, validatePartitaIva } from './italian-identifiers';
import { validateSwissUid } from './swiss-identifiers';
import type { CountryCode, IdentifierScheme } from './vocabularies';

const VALIDATORS: Record<IdentifierScheme, (input: string) => IdentifierResult> = {
  siren: validateSiren,
  siret: validateSiret,
  'fr-vat': validateFrenchVat,
  'partita-iva': validatePartitaIva,
  'codice-fiscale': validateCodiceFiscale,
  'che-uid': validateSwissUid,
};

/**
 * Country that issues each identifier scheme.
 *
 * @example IDENTIFIER_SCHEME_COUNTRY['partita-iva'] // 'IT'
 */
export const IDENTIFIER_SCHEME_COUNTRY: Readonly<Record<IdentifierScheme, CountryCode>> = {
  siren: 'FR',
  siret: 'FR',
  'fr-vat': 'FR',
  'partita-iva': 'IT',
  'codice-fiscale': 'IT',
  'che-uid': 'CH',
};

/**
 * Checks an identifier of a known scheme with the matching validator.
 *
 * @example
 * validateIdentifier('siren', '200034882'); // { ok: true, value: '200034882' }
 */
export function validateIdentifier(scheme: IdentifierScheme, input: string): IdentifierResult {
  return VALIDATORS[scheme](input);
}

/**
 * Recognises and checks a company identifier of a country, as an establishment form receives it:
 * FR — SIRET (14 digits), SIREN (9 digits) or VAT number (`FR…`); IT — partita IVA or codice fiscale
 * (11 digits, or 16 characters for a person); CH — UID (`CHE-…`). Returns the normalised value and the
 * scheme it was read as.
 *
 * @example
 * validateNationalIdentifier('FR', '356 000 000 00048'); // { ok: true, value: '35600000000048', scheme: 'siret' }
 * validateNationalIdentifier('IT', 'IT00368440079'); // { ok: true, value: '00368440079', scheme: 'partita-iva' }
 */
export function validateNationalIdentifier(country: CountryCode, input: string): NationalIdentifierResult {
  const scheme = guessScheme(country, input);
  const result = validateIdentifier(scheme, input);
  return result.ok ? { ok: true, value: result.value, scheme } : result;
}

function guessScheme(country: CountryCode, input: string): IdentifierScheme {
  const compact = stripSeparators(input).toUpperCase();
  switch (country) {
    case 'FR':
      if (compact.startsWith('FR')) return 'fr-vat';
      return isDigits(compact) && compact.length === 9 ? 'siren' : 'siret';
    case 'IT':
      return compact.length === 16 && !isDigits(compact) ? 'codice-fiscale' : 'partita-iva';
    case 'CH':
      return 'che-uid';
  }
}
