import { FiliereIdSchema } from '@mbi/domain';
import { createRoute } from '@tanstack/react-router';
import { z } from 'zod';
import { rootRoute } from '../../app/root-route';

/** `?q=43.31Z&filiere=renovation`: the code or title searched and the filière browsed, to share the view. */
export const FilieresSearchSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  filiere: FiliereIdSchema.optional().catch(undefined),
});

export const filieresRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/filieres',
  validateSearch: FilieresSearchSchema,
}).lazy(() => import('./filieres-page').then((module) => module.filieresLazyRoute));
