import type { IdentifierResult } from './identifier-result';
import { fail, isDigits, quote, stripSeparators, succeed } from './internal/identifier-text';
import { digitSum, hasValidLuhnChecksum } from './internal/luhn';

/** SIREN of La Poste, whose establishments do not follow the Luhn rule (there are too many of them). */
const LA_POSTE_SIREN = '356000000';
/** La Poste's head office keeps an ordinary Luhn-valid SIRET. */
const LA_POSTE_HEAD_OFFICE_SIRET = '35600000000048';

/**
 * Checks a French SIREN (company number): 9 digits with a Luhn check digit. Spaces, dots and dashes are
 * accepted as separators; the value returned is the 9 digits.
 *
 * @example
 * validateSiren('200 023 372'); // { ok: true, value: '200023372' }
 * validateSiren('200023373'); // { ok: false, error: { code: 'checksum', … } }
 */
export function validateSiren(input: string): IdentifierResult {
  const siren = stripSeparators(input);
  if (!isDigits(siren)) return fail('format', `SIREN ${quote(input)} must contain only digits`);
  if (siren.length !== 9) {
    return fail('length', `SIREN ${quote(input)} must have 9 digits, not ${siren.length}`);
  }
  if (!hasValidLuhnChecksum(siren)) return fail('checksum', `SIREN ${siren} fails the Luhn check`);
  return succeed(siren);
}

/**
 * Checks a French SIRET (establishment number): 14 digits, the SIREN followed by a 5-digit NIC, with a
 * Luhn check over the 14 digits and over the SIREN. La Poste (SIREN 356 000 000) is the documented
 * exception: its SIRETs are valid when the plain sum of their digits is a multiple of 5, except its head
 * office (356 000 000 00048), which follows the Luhn rule. Returns the 14 digits.
 *
 * @example
 * validateSiret('356 000 000 00048'); // { ok: true, value: '35600000000048' }
 * validateSiret('35600000049838'); // { ok: false, error: { code: 'checksum', … } }
 */
export function validateSiret(input: string): IdentifierResult {
  const siret = stripSeparators(input);
  if (!isDigits(siret)) return fail('format', `SIRET ${quote(input)} must contain only digits`);
  if (siret.length !== 14) {
    return fail('length', `SIRET ${quote(input)} must have 14 digits, not ${siret.length}`);
  }
  const siren = siret.slice(0, 9);
  if (siren === LA_POSTE_SIREN && siret !== LA_POSTE_HEAD_OFFICE_SIRET) {
    const sum = digitSum(siret);
    if (sum % 5 !== 0) {
      return fail(
        'checksum',
        `SIRET ${siret} of La Poste must have a digit sum that is a multiple of 5 (it is ${sum})`,
      );
    }
    return succeed(siret);
  }
  if (!hasValidLuhnChecksum(siren)) {
    return fail('checksum', `SIRET ${siret} has a SIREN part (${siren}) that fails the Luhn check`);
  }
  if (!hasValidLuhnChecksum(siret)) return fail('checksum', `SIRET ${siret} fails the Luhn check`);
  return succeed(siret);
}

/**
 * Checks a French VAT number: `FR`, a 2-digit key and the SIREN, where key = (12 + 3 × (SIREN mod 97))
 * mod 97. The SIREN must pass its own Luhn check, except Monaco's numbers (SIREN part starting `000`).
 * Keys with letters (given to businesses without a SIREN) are refused as `format`. Returns e.g.
 * `FR39356000000`.
 *
 * @example
 * validateFrenchVat('FR 39 356 000 000'); // { ok: true, value: 'FR39356000000' }
 * validateFrenchVat('FR40356000000'); // { ok: false, error: { code: 'checksum', … } }
 */
export function validateFrenchVat(input: string): IdentifierResult {
  const vat = stripSeparators(input).toUpperCase();
  if (!vat.startsWith('FR')) return fail('prefix', `French VAT number ${quote(input)} must start with FR`);
  const rest = vat.slice(2);
  if (rest.length !== 11) {
    return fail(
      'length',
      `French VAT number ${quote(input)} must have 11 characters after FR (key and SIREN), not ${rest.length}`,
    );
  }
  if (!isDigits(rest)) {
    return fail(
      'format',
      `French VAT number ${quote(input)} must have a 2-digit key and a 9-digit SIREN (letter keys are not supported)`,
    );
  }
  const key = Number(rest.slice(0, 2));
  const siren = rest.slice(2);
  const isMonaco = siren.startsWith('000');
  if (!isMonaco && !hasValidLuhnChecksum(siren)) {
    return fail('checksum', `French VAT number ${vat} has a SIREN part (${siren}) that fails the Luhn check`);
  }
  const expectedKey = (12 + 3 * (Number(siren) % 97)) % 97;
  if (key !== expectedKey) {
    return fail(
      'checksum',
      `French VAT number ${vat} has key ${rest.slice(0, 2)}; SIREN ${siren} needs key ${String(expectedKey).padStart(2, '0')}`,
    );
  }
  return succeed(vat);
}
