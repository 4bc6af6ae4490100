export type { Cofinancing } from './cofinancing';
export { cofinance } from './cofinancing';
export type { Conversion, ExchangeRate } from './conversion';
export { parseExchangeRate, toEur } from './conversion';
export type { CurrencyCode } from './currency';
export { CURRENCY_CODES, MINOR_UNIT_DIGITS, parseCurrency } from './currency';
export type { BudgetErrorCode, BudgetIssue, BudgetResult } from './errors';
export { BudgetError } from './errors';
export { applyFlatRate } from './flat-rate';
export type { Money, MoneyJson } from './money';
export {
  addMoney,
  compareMoney,
  formatAmount,
  fromMinor,
  money,
  parseMoney,
  subtractMoney,
  sumMoney,
  toMoneyJson,
} from './money';
export type {
  Breakdown,
  BudgetLineInput,
  BudgetPlanInput,
  BudgetSummary,
  CurrencyTotal,
  FlatRateInput,
  PartnerPlanInput,
  PartnerSummary,
} from './plan';
export { summarizeBudgetPlan } from './plan';
export type { Rate } from './rate';
export { parseRate, rate } from './rate';
export type { Weight } from './split';
export { split, splitEvenly } from './split';
