import { FiliereIdSchema } from '@mbi/domain';
import { createRoute } from '@tanstack/react-router';
import { z } from 'zod';
import { rootRoute } from '../../app/root-route';

export const NOMENCLATURE_SYSTEMS = ['nace', 'naf', 'ateco', 'noga'] as const;

/**
 * `?q=43.31Z&entry=naf:43.31Z&filiere=renovation`: the search, the code shown in detail and the filière browsed,
 * so that a view of the explorer can be shared.
 */
export const FilieresSearchSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  entry: z
    .string()
    .regex(/^(nace|naf|ateco|noga):[0-9A-Za-z.]{1,16}$/)
    .optional()
    .catch(undefined),
  filiere: FiliereIdSchema.optional().catch(undefined),
});

export const filieresRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/filieres',
  validateSearch: FilieresSearchSchema,
}).lazy(() => import('./filieres-page').then((module) => module.filieresLazyRoute));
