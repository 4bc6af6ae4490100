/**
 * Decimal strings as exact integers: `"359139.705"` is `{ units: 359139705n, scale: 3 }`. All money maths
 * runs on bigint so that no binary floating point ever touches an amount.
 */
export interface ScaledDecimal {
  readonly units: bigint;
  readonly scale: number;
}

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/** Parses a plain decimal string (optional minus sign, digits, optional fraction). */
export function parseDecimal(input: string): ScaledDecimal | undefined {
  const match = DECIMAL.exec(input);
  if (match === null) return undefined;
  const [, sign = '', whole = '', fraction = ''] = match;
  const units = BigInt(`${whole}${fraction}`);
  return { units: sign === '-' ? -units : units, scale: fraction.length };
}

export function pow10(exponent: number): bigint {
  return 10n ** BigInt(exponent);
}

/** Integer division rounded toward zero (bigint division already truncates). */
export function divideTruncating(numerator: bigint, denominator: bigint): bigint {
  return numerator / denominator;
}

/** Integer division rounded half away from zero ("half-up" as accounting uses it). */
export function divideHalfUp(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const quotient = (2n * n + d) / (2n * d);
  return negative ? -quotient : quotient;
}

/** Formats integer minor units with `digits` decimals: `35913970n, 2` → `"359139.70"`. */
export function formatUnits(units: bigint, digits: number): string {
  const negative = units < 0n;
  const text = (negative ? -units : units).toString().padStart(digits + 1, '0');
  const whole = text.slice(0, text.length - digits);
  const fraction = text.slice(text.length - digits);
  return `${negative ? '-' : ''}${whole}${digits > 0 ? `.${fraction}` : ''}`;
}
