import { divideTruncating } from './internal/decimal';
import { type Money, subtractMoney } from './money';
import type { Rate } from './rate';

/** What a fund pays and what the partner contributes from an eligible total. */
export interface Cofinancing {
  readonly eligible: Money;
  readonly fund: Money;
  readonly contribution: Money;
}

/**
 * Fund amount = eligible × rate, truncated toward zero to the cent (as Interreg monitoring systems compute
 * it); contribution (counterpart) = eligible − fund, so the two always add up to the eligible total.
 *
 * @example
 * cofinance(money('422517.30', 'EUR'), rate('0.85'))
 * // fund 359,139.70 EUR (359,139.705 truncated), contribution 63,377.60 EUR
 */
export function cofinance(eligible: Money, fundRate: Rate): Cofinancing {
  const fund: Money = {
    minor: divideTruncating(eligible.minor * fundRate.numerator, fundRate.denominator),
    currency: eligible.currency,
  };
  return { eligible, fund, contribution: subtractMoney(eligible, fund) };
}
