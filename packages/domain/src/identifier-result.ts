import type { IdentifierErrorCode, IdentifierScheme } from './vocabularies';

/**
 * Why an identifier was refused: a stable `code` to branch on and an English `message` for logs and
 * developers (user-facing texts come from `@mbi/i18n`, keyed on the code).
 *
 * @example
 * const error: IdentifierError = { code: 'checksum', message: 'SIREN 200023373 fails the Luhn check' };
 */
export interface IdentifierError {
  readonly code: IdentifierErrorCode;
  readonly message: string;
}

/**
 * Outcome of an identifier check: the normalised value, or the reason it was refused. Checks never throw.
 *
 * @example
 * const result: IdentifierResult = validateSiren('200 023 372');
 * if (result.ok) console.log(result.value); // '200023372'
 */
export type IdentifierResult =
  | { readonly ok: true; readonly value: string }
  | { readonly ok: false; readonly error: IdentifierError };

/**
 * Outcome of {@link validateNationalIdentifier}: as {@link IdentifierResult}, plus the scheme the value
 * was recognised as.
 *
 * @example
 * const result: NationalIdentifierResult = validateNationalIdentifier('CH', 'CHE-102.909.703');
 * if (result.ok) console.log(result.scheme); // 'che-uid'
 */
export type NationalIdentifierResult =
  | { readonly ok: true; readonly value: string; readonly scheme: IdentifierScheme }
  | { readonly ok: false; readonly error: IdentifierError };
