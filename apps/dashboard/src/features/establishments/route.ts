import { CountryCodeSchema, EstablishmentStatusSchema, FiliereIdSchema } from '@mbi/domain';
import { createRoute } from '@tanstack/react-router';
import { z } from 'zod';
import { rootRoute } from '../../app/root-route';

/**
 * The directory's filters and page, in the URL: a reload or a shared link shows the same page. Values that do
 * not parse are dropped rather than refused, so an old or hand-edited link still opens.
 */
export const EstablishmentsSearchSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  filiere: FiliereIdSchema.optional().catch(undefined),
  country: CountryCodeSchema.optional().catch(undefined),
  territory: z.string().trim().max(12).optional().catch(undefined),
  status: EstablishmentStatusSchema.optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});
export type EstablishmentsSearch = z.infer<typeof EstablishmentsSearchSchema>;

export const establishmentsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/establishments',
  validateSearch: EstablishmentsSearchSchema,
}).lazy(() => import('./establishments-page').then((module) => module.establishmentsLazyRoute));

export const newEstablishmentRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/establishments/new',
}).lazy(() => import('./establishment-page').then((module) => module.newEstablishmentLazyRoute));

export const establishmentRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/establishments/$id',
}).lazy(() => import('./establishment-page').then((module) => module.establishmentLazyRoute));
