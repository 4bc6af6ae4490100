import { type CurrencyCode, parseCurrency } from './currency';
import { BudgetError, type BudgetResult, fail } from './errors';
import { divideHalfUp, parseDecimal, pow10 } from './internal/decimal';
import type { Money } from './money';

/**
 * A monthly InforEuro rate: how many units of `currency` one euro buys in `month` (e.g. CHF 1.0786 per EUR
 * in 2017-06). The rate of the month a report is submitted is frozen with the converted amount.
 */
export interface ExchangeRate {
  readonly currency: CurrencyCode;
  /** Units of `currency` per 1 EUR, exact. */
  readonly numerator: bigint;
  readonly denominator: bigint;
  /** The rate as given, e.g. `"1.0786"`. */
  readonly text: string;
  /** `YYYY-MM`. */
  readonly month: string;
}

/** A converted amount together with the rate that produced it. */
export interface Conversion {
  readonly source: Money;
  readonly eur: Money;
  readonly rate: ExchangeRate;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/**
 * Parses a monthly InforEuro rate (units of `currency` per euro, a positive decimal string).
 *
 * @example
 * parseExchangeRate('CHF', '1.0786', '2017-06') // ok
 * parseExchangeRate('CHF', '0', '2017-06')      // { ok: false, error: { code: 'out-of-range', … } }
 */
export function parseExchangeRate(
  currency: unknown,
  perEur: unknown,
  month: unknown,
): BudgetResult<ExchangeRate> {
  const parsedCurrency = parseCurrency(currency);
  if (!parsedCurrency.ok) return parsedCurrency;
  const decimal = typeof perEur === 'string' ? parseDecimal(perEur) : undefined;
  if (decimal === undefined) {
    return fail(
      'not-a-number',
      `Exchange rate ${JSON.stringify(perEur)} is not a decimal string such as "1.0786".`,
    );
  }
  if (decimal.units <= 0n) {
    return fail('out-of-range', `Exchange rate ${JSON.stringify(perEur)} must be greater than zero.`);
  }
  if (typeof month !== 'string' || !MONTH.test(month)) {
    return fail(
      'not-a-number',
      `Month ${JSON.stringify(month)} of the exchange rate must be written YYYY-MM.`,
    );
  }
  return {
    ok: true,
    value: {
      currency: parsedCurrency.value,
      numerator: decimal.units,
      denominator: pow10(decimal.scale),
      text: perEur as string,
      month,
    },
  };
}

/**
 * Converts an amount to euros with a monthly rate: EUR = amount ÷ rate, rounded half-up (half away from
 * zero) to the cent. An amount already in EUR is returned unchanged (with the rate recorded).
 *
 * @example
 * toEur(money('306200.00', 'CHF'), exchangeRate) // with CHF 1.0786 per EUR: 283,886.52 EUR
 */
export function toEur(amount: Money, exchangeRate: ExchangeRate): Conversion {
  if (amount.currency === 'EUR') return { source: amount, eur: amount, rate: exchangeRate };
  if (amount.currency !== exchangeRate.currency) {
    throw new BudgetError({
      code: 'currency-mismatch',
      message: `Cannot convert ${amount.currency} with a ${exchangeRate.currency} rate.`,
    });
  }
  const minor = divideHalfUp(amount.minor * exchangeRate.denominator, exchangeRate.numerator);
  return { source: amount, eur: { minor, currency: 'EUR' }, rate: exchangeRate };
}
