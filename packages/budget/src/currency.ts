import { type BudgetResult, fail } from './errors';

/**
 * Currencies the project handles, with their ISO 4217 minor unit (2: amounts are kept in cents).
 * EUR is the programme's currency; CHF is the Swiss partner's, kept outside ERDF totals.
 */
export const CURRENCY_CODES = ['EUR', 'CHF'] as const;
export type CurrencyCode = (typeof CURRENCY_CODES)[number];

/** Number of decimals (ISO 4217 minor unit) of every supported currency. */
export const MINOR_UNIT_DIGITS = 2;

/**
 * Checks that a string is a supported ISO 4217 currency code.
 *
 * @example
 * parseCurrency('CHF') // { ok: true, value: 'CHF' }
 * parseCurrency('chf') // { ok: false, error: { code: 'unknown-currency', … } }
 */
export function parseCurrency(input: unknown): BudgetResult<CurrencyCode> {
  if (typeof input === 'string' && (CURRENCY_CODES as readonly string[]).includes(input)) {
    return { ok: true, value: input as CurrencyCode };
  }
  return fail(
    'unknown-currency',
    `Unknown currency ${JSON.stringify(input)}: expected an ISO 4217 code among ${CURRENCY_CODES.join(', ')}.`,
  );
}
