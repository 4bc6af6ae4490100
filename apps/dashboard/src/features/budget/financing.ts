import { parseExchangeRate, parseMoney, toEur, toMoneyJson } from '@mbi/budget';
import type { Budget, Money } from '@mbi/client';

export type BudgetRow = Budget['partners'][number];

/** The partners inside ERDF (their amounts make the totals) and those outside it (the Swiss partner, in CHF). */
export function splitByFund(budget: Budget): { erdf: BudgetRow[]; outside: BudgetRow[] } {
  return {
    erdf: budget.partners.filter((row) => row.inErdf),
    outside: budget.partners.filter((row) => !row.inErdf),
  };
}

/** A rate as a person types it: digits with an optional decimal point (InforEuro writes 1.0786). */
const RATE_TEXT = /^\d{1,6}(\.\d{1,6})?$/;

export function isRateText(text: string): boolean {
  return RATE_TEXT.test(text) && Number(text) > 0;
}

/**
 * The euro equivalent of a CHF amount at a rate of CHF per euro, with `@mbi/budget`'s rule (EUR = CHF ÷ rate,
 * half-up to the cent). `null` when the rate is not a positive decimal.
 *
 * @example toEurEquivalent({ amount: '306200.00', currency: 'CHF' }, '1.0786') // { amount: '283886.52', currency: 'EUR' }
 */
export function toEurEquivalent(amount: Money, rate: string, month = '2017-06'): Money | null {
  if (!isRateText(rate)) return null;
  const parsedRate = parseExchangeRate(amount.currency, rate, month);
  const parsedAmount = parseMoney(amount.amount, amount.currency);
  if (!parsedRate.ok || !parsedAmount.ok) return null;
  const converted = toMoneyJson(toEur(parsedAmount.value, parsedRate.value).eur);
  return { amount: converted.amount, currency: 'EUR' };
}

/** The default rate shown: InforEuro's CHF rate of June 2017, when the project's activities started. */
export const DEFAULT_CHF_RATE = '1.0786';
