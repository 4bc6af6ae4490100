/**
 * Luhn (mod 10) check of a digit string whose last digit is the check digit: from the right, every second
 * digit is doubled (minus 9 when above 9), and the sum must be a multiple of 10. The caller guarantees
 * that `digits` holds only ASCII digits.
 */
export function hasValidLuhnChecksum(digits: string): boolean {
  let sum = 0;
  for (let fromRight = 0; fromRight < digits.length; fromRight += 1) {
    const digit = digits.charCodeAt(digits.length - 1 - fromRight) - 48;
    const weighted = fromRight % 2 === 1 ? digit * 2 : digit;
    sum += weighted > 9 ? weighted - 9 : weighted;
  }
  return sum % 10 === 0;
}

/** Sum of the digits of a digit string. */
export function digitSum(digits: string): number {
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) sum += digits.charCodeAt(index) - 48;
  return sum;
}
