import { type CurrencyCode, MINOR_UNIT_DIGITS, parseCurrency } from './currency';
import { BudgetError, type BudgetResult, fail } from './errors';
import { formatUnits, parseDecimal, pow10 } from './internal/decimal';

/** An exact amount: integer minor units (cents) and its currency. */
export interface Money {
  readonly minor: bigint;
  readonly currency: CurrencyCode;
}

/** How money crosses the API and files: a decimal string with exactly two decimals and its currency. */
export interface MoneyJson {
  readonly amount: string;
  readonly currency: CurrencyCode;
}

/**
 * Parses an amount given as a decimal string (`"422517.30"`, `"1463691"`, `"-12.5"`) in a currency.
 * Numbers are refused on purpose: a JavaScript number may already have lost the cents.
 *
 * @example
 * parseMoney('422517.30', 'EUR') // { ok: true, value: { minor: 42251730n, currency: 'EUR' } }
 * parseMoney('1.234', 'EUR')     // { ok: false, error: { code: 'too-many-decimals', … } }
 */
export function parseMoney(amount: unknown, currency: unknown): BudgetResult<Money> {
  const parsedCurrency = parseCurrency(currency);
  if (!parsedCurrency.ok) return parsedCurrency;
  if (typeof amount !== 'string') {
    return fail(
      'not-a-number',
      `Amount must be a decimal string such as "1234.56", got ${typeof amount === 'number' ? 'a JSON number' : typeof amount}.`,
    );
  }
  const decimal = parseDecimal(amount);
  if (decimal === undefined) {
    return fail(
      'not-a-number',
      `Amount ${JSON.stringify(amount)} is not a decimal number: use digits, an optional minus sign and a dot before the cents (e.g. "1234.56").`,
    );
  }
  if (decimal.scale > MINOR_UNIT_DIGITS) {
    return fail(
      'too-many-decimals',
      `Amount ${JSON.stringify(amount)} has ${decimal.scale} decimals; ${parsedCurrency.value} amounts have at most ${MINOR_UNIT_DIGITS}.`,
    );
  }
  return {
    ok: true,
    value: {
      minor: decimal.units * pow10(MINOR_UNIT_DIGITS - decimal.scale),
      currency: parsedCurrency.value,
    },
  };
}

/**
 * Builds a {@link Money} from a literal the caller trusts (a constant in code); throws {@link BudgetError}
 * when the literal is malformed, since that is a bug. Use {@link parseMoney} for input.
 *
 * @example
 * money('425694.00', 'EUR')
 */
export function money(amount: string, currency: CurrencyCode): Money {
  const result = parseMoney(amount, currency);
  if (!result.ok) throw new BudgetError(result.error);
  return result.value;
}

/** Money from integer minor units. @example fromMinor(35913970n, 'EUR') // 359,139.70 EUR */
export function fromMinor(minor: bigint, currency: CurrencyCode): Money {
  return { minor, currency };
}

/**
 * The amount as a decimal string with exactly two decimals, as the API exchanges it.
 *
 * @example
 * formatAmount(money('1463691', 'EUR')) // '1463691.00'
 */
export function formatAmount(value: Money): string {
  return formatUnits(value.minor, MINOR_UNIT_DIGITS);
}

/** The JSON form `{ amount: "359139.70", currency: "EUR" }`. @example toMoneyJson(money('5', 'CHF')) */
export function toMoneyJson(value: Money): MoneyJson {
  return { amount: formatAmount(value), currency: value.currency };
}

function assertSameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency) {
    throw new BudgetError({
      code: 'currency-mismatch',
      message: `Cannot combine ${a.currency} and ${b.currency} without an exchange rate: convert first (toEur).`,
    });
  }
}

/** a + b in the same currency; throws `currency-mismatch` otherwise. @example addMoney(money('1.10','EUR'), money('2.20','EUR')) */
export function addMoney(a: Money, b: Money): Money {
  assertSameCurrency(a, b);
  return { minor: a.minor + b.minor, currency: a.currency };
}

/** a − b in the same currency; throws `currency-mismatch` otherwise. @example subtractMoney(money('3','EUR'), money('1','EUR')) */
export function subtractMoney(a: Money, b: Money): Money {
  assertSameCurrency(a, b);
  return { minor: a.minor - b.minor, currency: a.currency };
}

/**
 * Sum of amounts in one currency (zero of `currency` for an empty list). Mixing currencies is refused
 * with `currency-mismatch`: a total over EUR and CHF needs an explicit conversion.
 *
 * @example
 * sumMoney([money('361839.90', 'EUR'), money('359139.70', 'EUR')], 'EUR') // 720,979.60 EUR
 */
export function sumMoney(values: readonly Money[], currency: CurrencyCode): Money {
  let total: Money = { minor: 0n, currency };
  for (const value of values) total = addMoney(total, value);
  return total;
}

/** Compares two amounts of the same currency: -1, 0 or 1. @example compareMoney(money('1','EUR'), money('2','EUR')) // -1 */
export function compareMoney(a: Money, b: Money): -1 | 0 | 1 {
  assertSameCurrency(a, b);
  return a.minor < b.minor ? -1 : a.minor > b.minor ? 1 : 0;
}
