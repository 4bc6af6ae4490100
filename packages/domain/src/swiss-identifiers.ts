import type { IdentifierResult } from './identifier-result';
import { fail, isDigits, quote, stripSeparators, succeed } from './internal/identifier-text';

const WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4] as const;

/**
 * Checks a Swiss enterprise identification number (UID/IDE/IDI): `CHE` and 9 digits, the last being a
 * mod 11 check digit over the first eight (weights 5 4 3 2 7 6 5 4; a check digit of 10 is never
 * issued). Accepts `CHE-123.456.789`, `CHE123456789`, spaces, lower case and the VAT suffix
 * (`MWST`, `TVA`, `IVA`); returns the official form `CHE-123.456.789`.
 *
 * @example
 * validateSwissUid('CHE102909703 MWST'); // { ok: true, value: 'CHE-102.909.703' }
 * validateSwissUid('CHE-102.909.704'); // { ok: false, error: { code: 'checksum', … } }
 */
export function validateSwissUid(input: string): IdentifierResult {
  const compact = stripSeparators(input.toUpperCase().replace(/\s*(MWST|TVA|IVA)\s*$/, ''));
  if (!compact.startsWith('CHE')) return fail('prefix', `Swiss UID ${quote(input)} must start with CHE`);
  const digits = compact.slice(3);
  if (!isDigits(digits)) return fail('format', `Swiss UID ${quote(input)} must have only digits after CHE`);
  if (digits.length !== 9) {
    return fail('length', `Swiss UID ${quote(input)} must have 9 digits after CHE, not ${digits.length}`);
  }
  let sum = 0;
  WEIGHTS.forEach((weight, index) => {
    sum += weight * (digits.charCodeAt(index) - 48);
  });
  const expected = (11 - (sum % 11)) % 11;
  const formatted = `CHE-${digits.slice(0, 3)}.${digits.slice(3, 6)}.${digits.slice(6)}`;
  if (expected === 10) {
    return fail('checksum', `Swiss UID ${formatted} cannot exist: its check digit would be 10`);
  }
  if (digits.charCodeAt(8) - 48 !== expected) {
    return fail(
      'checksum',
      `Swiss UID ${formatted} ends with ${digits.charAt(8)}; its check digit is ${expected}`,
    );
  }
  return succeed(formatted);
}
