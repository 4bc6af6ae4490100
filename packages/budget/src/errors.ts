/** Stable codes of every failure the budget package reports. */
export type BudgetErrorCode =
  | 'not-a-number'
  | 'too-many-decimals'
  | 'out-of-range'
  | 'unknown-currency'
  | 'currency-mismatch'
  | 'missing-rate'
  | 'invalid-weights'
  | 'invalid-plan';

/** A failure as a value: a stable `code`, a readable English `message`, and where it happened. */
export interface BudgetIssue {
  readonly code: BudgetErrorCode;
  readonly message: string;
  /** Path of the offending field in the input, e.g. `['partners', 2, 'lines', 0, 'amount']`. */
  readonly path?: readonly (string | number)[];
  /** Every problem found, when several were (e.g. in a budget plan). */
  readonly issues?: readonly BudgetIssue[];
}

/** Success or failure of a parse or computation on untrusted input. */
export type BudgetResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: BudgetIssue };

/**
 * Thrown by the arithmetic on already-parsed values when the call itself is wrong (e.g. adding EUR to CHF)
 * and by the literal constructors {@link money} and {@link rate} on a malformed literal.
 *
 * @example
 * try { addMoney(money('1.00', 'EUR'), money('1.00', 'CHF')) } catch (e) { if (e instanceof BudgetError) e.code } // 'currency-mismatch'
 */
export class BudgetError extends Error {
  readonly code: BudgetErrorCode;
  readonly path: readonly (string | number)[] | undefined;

  constructor(issue: BudgetIssue) {
    super(issue.message);
    this.name = 'BudgetError';
    this.code = issue.code;
    this.path = issue.path;
  }
}

/** @internal */
export function fail(
  code: BudgetErrorCode,
  message: string,
  path?: readonly (string | number)[],
): {
  ok: false;
  error: BudgetIssue;
} {
  return { ok: false, error: path === undefined ? { code, message } : { code, message, path } };
}
