import type { IdentifierResult } from './identifier-result';
import { fail, isDigits, quote, succeed } from './internal/identifier-text';
import { hasValidLuhnChecksum } from './internal/luhn';

/**
 * Checks an Italian partita IVA: 11 digits (7-digit number, 3-digit office code, check digit). The check
 * digit follows the Luhn rule (digits in even positions from the left are doubled). An `IT` prefix (VAT
 * form) and spaces are accepted; the value returned is the 11 digits. The same check applies to the
 * 11-digit codice fiscale of companies and public bodies.
 *
 * @example
 * validatePartitaIva('IT 06363391001'); // { ok: true, value: '06363391001' }
 * validatePartitaIva('06363391002'); // { ok: false, error: { code: 'checksum', … } }
 */
export function validatePartitaIva(input: string): IdentifierResult {
  let number = input.replace(/\s/g, '').toUpperCase();
  if (number.startsWith('IT')) number = number.slice(2);
  return checkElevenDigits(number, input, 'partita IVA');
}

/**
 * Checks an Italian codice fiscale. The 16-character code of a person (`RSSMRA85T10A562S`) is checked for
 * its structure, its month letter (A B C D E H L M P R S T), its day (1–31, or 41–71 for women) and its
 * check character; the letters that replace digits in case of omocodia (L M N P Q R S T U V) are
 * accepted. The 11-digit code of a company or public body is checked as a partita IVA. Spaces are
 * accepted and letters upper-cased.
 *
 * @example
 * validateCodiceFiscale('rssmra85t10a562s'); // { ok: true, value: 'RSSMRA85T10A562S' }
 * validateCodiceFiscale('80078750587'); // { ok: true, value: '80078750587' }
 * validateCodiceFiscale('RSSMRA85F10A562S'); // { ok: false, error: { code: 'unknown-month', … } }
 */
export function validateCodiceFiscale(input: string): IdentifierResult {
  const code = input.replace(/\s/g, '').toUpperCase();
  if (code.length > 0 && isDigits(code)) return checkElevenDigits(code, input, 'codice fiscale');
  if (code.length !== 16) {
    return fail(
      'length',
      `codice fiscale ${quote(input)} must have 16 characters (or 11 digits for a company), not ${code.length}`,
    );
  }
  if (!PERSONAL_CODE.test(code)) {
    return fail(
      'format',
      `codice fiscale ${quote(input)} must read 6 letters, 2 digits, a month letter, 2 digits, a letter, 3 digits and a check letter`,
    );
  }
  const monthLetter = code.charAt(8);
  const month = MONTH_LETTERS.indexOf(monthLetter);
  if (month < 0) {
    return fail('unknown-month', `codice fiscale ${code} has month letter ${monthLetter}, which is no month`);
  }
  const encodedDay = Number(decodeOmocodia(code.slice(9, 11)));
  const day = encodedDay > 40 ? encodedDay - 40 : encodedDay;
  const daysInMonth = DAYS_IN_MONTH[month] ?? 31;
  if (day < 1 || day > daysInMonth) {
    return fail('invalid-day', `codice fiscale ${code} has day ${encodedDay}, which is no day of its month`);
  }
  const expected = personalCheckCharacter(code.slice(0, 15));
  if (code.charAt(15) !== expected) {
    return fail(
      'checksum',
      `codice fiscale ${code} ends with ${code.charAt(15)}; its check character is ${expected}`,
    );
  }
  return succeed(code);
}

/** Positions that hold digits in a personal code; omocodia replaces them, from the right, by letters. */
const PERSONAL_CODE = /^[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/;
const OMOCODIA_LETTERS = 'LMNPQRSTUV';
const MONTH_LETTERS = 'ABCDEHLMPRST';
/** February counts 29 days: the code gives no century, so a leap year cannot be ruled out. */
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;
/** Values of characters in odd positions (1st, 3rd, …), for digits 0–9 and letters A–Z alike. */
const ODD_POSITION_VALUES = [
  1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23,
] as const;

function decodeOmocodia(part: string): string {
  return part.replace(/[LMNPQRSTUV]/g, (letter) => String(OMOCODIA_LETTERS.indexOf(letter)));
}

/** Rank of a character: 0–9 for digits, 0–25 for letters A–Z. */
function characterRank(character: string): number {
  const code = character.charCodeAt(0);
  return code <= 57 ? code - 48 : code - 65;
}

function personalCheckCharacter(first15: string): string {
  let sum = 0;
  for (let index = 0; index < first15.length; index += 1) {
    const rank = characterRank(first15.charAt(index));
    // Positions are counted from 1, so even indexes are the odd positions.
    sum += index % 2 === 0 ? (ODD_POSITION_VALUES[rank] ?? 0) : rank;
  }
  return String.fromCharCode(65 + (sum % 26));
}

function checkElevenDigits(number: string, input: string, label: string): IdentifierResult {
  if (!isDigits(number)) return fail('format', `${label} ${quote(input)} must contain only digits`);
  if (number.length !== 11) {
    return fail('length', `${label} ${quote(input)} must have 11 digits, not ${number.length}`);
  }
  if (/^0{7}/.test(number)) return fail('format', `${label} ${number} has a company number of zeros`);
  const office = Number(number.slice(7, 10));
  if (
    !((office >= 1 && office <= 100) || office === 120 || office === 121 || office === 888 || office === 999)
  ) {
    return fail(
      'office-code',
      `${label} ${number} has office code ${number.slice(7, 10)} in digits 8–10, which no office uses`,
    );
  }
  if (!hasValidLuhnChecksum(number)) return fail('checksum', `${label} ${number} has a wrong check digit`);
  return succeed(number);
}
