import { createRoute } from '@tanstack/react-router';
import { z } from 'zod';
import { rootRoute } from '../../app/root-route';

/** `?rate=1.0786`: the CHF per EUR rate of the Swiss partner's euro equivalent, kept in the URL to share it. */
export const BudgetSearchSchema = z.object({
  rate: z
    .string()
    .regex(/^\d{1,6}(\.\d{1,6})?$/)
    .optional()
    .catch(undefined),
});

export const budgetRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/budget',
  validateSearch: BudgetSearchSchema,
}).lazy(() => import('./budget-page').then((module) => module.budgetLazyRoute));
