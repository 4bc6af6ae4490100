import { FiliereIdSchema } from '@mbi/domain';
import { createRoute } from '@tanstack/react-router';
import { z } from 'zod';
import { rootRoute } from '../../app/root-route';

/** The measures the API computes, in the order the page offers them: rates first, then counts, then changes. */
export const RATE_MEASURES = [
  'establishments-per-1000',
  'employees-per-1000',
  'establishments-share',
  'employees-share',
] as const;
export const COUNT_MEASURES = ['establishments', 'employees', 'creations', 'closures'] as const;
export const CHANGE_MEASURES = ['establishments-change', 'employees-change'] as const;
export const MEASURES = [...RATE_MEASURES, ...COUNT_MEASURES, ...CHANGE_MEASURES] as const;
export const LEVELS = ['unit', 'partner', 'country'] as const;

/**
 * The indicator shown, in the URL (filière × measure × year × level), so that a shared link shows the same
 * map. Values that do not parse are dropped, so an old or hand-edited link still opens on the defaults.
 */
export const ObservatorySearchSchema = z.object({
  filiere: FiliereIdSchema.optional().catch(undefined),
  measure: z.enum(MEASURES).optional().catch(undefined),
  year: z.coerce.number().int().min(1900).max(2100).optional().catch(undefined),
  level: z.enum(LEVELS).optional().catch(undefined),
  /** Class breaks chosen by hand (1 to 4, increasing), instead of those computed from every year. */
  breaks: z
    .array(z.number().finite())
    .min(1)
    .max(4)
    .refine((values) => values.every((value, index) => index === 0 || value > (values[index - 1] ?? value)))
    .optional()
    .catch(undefined),
});
export type ObservatorySearch = z.infer<typeof ObservatorySearchSchema>;
export type Measure = (typeof MEASURES)[number];
export type Level = (typeof LEVELS)[number];

/** What the page shows when the URL says nothing: a rate (establishments per 1,000 inhabitants) by commune. */
export const DEFAULTS = { filiere: 'outdoor', measure: 'establishments-per-1000', level: 'unit' } as const;

export const observatoryRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/observatory',
  validateSearch: ObservatorySearchSchema,
}).lazy(() => import('./observatory-page').then((module) => module.observatoryLazyRoute));
