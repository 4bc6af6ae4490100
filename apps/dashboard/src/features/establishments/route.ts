import {
  COUNTRY_CODES,
  type CountryCode,
  ESTABLISHMENT_STATUSES,
  type EstablishmentStatus,
  FILIERE_IDS,
  type FiliereId,
} from '@mbi/domain/vocabularies';
import { createRoute } from '@tanstack/react-router';
import { rootRoute } from '../../app/root-route';
import { optionalInteger, optionalOneOf, optionalText } from '../../app/search-params';

/**
 * The directory's filters and page, in the URL: a reload or a shared link shows the same page. Values that do
 * not parse are dropped rather than refused, so an old or hand-edited link still opens.
 */
export interface EstablishmentsSearch {
  readonly q?: string | undefined;
  readonly filiere?: FiliereId | undefined;
  readonly country?: CountryCode | undefined;
  readonly territory?: string | undefined;
  readonly status?: EstablishmentStatus | undefined;
  readonly page?: number | undefined;
}

export function validateEstablishmentsSearch(search: Record<string, unknown>): EstablishmentsSearch {
  return {
    q: optionalText(search.q, { trim: true, max: 100 }),
    filiere: optionalOneOf(search.filiere, FILIERE_IDS),
    country: optionalOneOf(search.country, COUNTRY_CODES),
    territory: optionalText(search.territory, { trim: true, max: 12 }),
    status: optionalOneOf(search.status, ESTABLISHMENT_STATUSES),
    page: optionalInteger(search.page, 1, 100_000),
  };
}

export const establishmentsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/establishments',
  validateSearch: validateEstablishmentsSearch,
}).lazy(() => import('./establishments-page').then((module) => module.establishmentsLazyRoute));

export const newEstablishmentRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/establishments/new',
}).lazy(() => import('./establishment-page').then((module) => module.newEstablishmentLazyRoute));

export const establishmentRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/establishments/$id',
}).lazy(() => import('./establishment-page').then((module) => module.establishmentLazyRoute));
