import { createRoute } from '@tanstack/react-router';
import { rootRoute } from '../../app/root-route';
import { optionalText } from '../../app/search-params';

/** `?rate=1.0786`: the CHF per EUR rate of the Swiss partner's euro equivalent, kept in the URL to share it. */
export interface BudgetSearch {
  readonly rate?: string | undefined;
}

export function validateBudgetSearch(search: Record<string, unknown>): BudgetSearch {
  return { rate: optionalText(search.rate, { pattern: /^\d{1,6}(\.\d{1,6})?$/ }) };
}

export const budgetRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/budget',
  validateSearch: validateBudgetSearch,
}).lazy(() => import('./budget-page').then((module) => module.budgetLazyRoute));
