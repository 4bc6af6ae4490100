import { divideTruncating } from './internal/decimal';
import type { Money } from './money';
import type { Rate } from './rate';

/**
 * A flat-rate cost category computed from the total of its base category (e.g. office and administration
 * = 15 % of staff costs), truncated toward zero to the cent.
 *
 * @example
 * applyFlatRate(money('10000.07', 'EUR'), rate('0.15')) // 1,500.01 EUR (1,500.0105 truncated)
 */
export function applyFlatRate(base: Money, flatRate: Rate): Money {
  return {
    minor: divideTruncating(base.minor * flatRate.numerator, flatRate.denominator),
    currency: base.currency,
  };
}
