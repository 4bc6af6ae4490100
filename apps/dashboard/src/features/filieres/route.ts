import { FILIERE_IDS, type FiliereId } from '@mbi/domain/vocabularies';
import { createRoute } from '@tanstack/react-router';
import { rootRoute } from '../../app/root-route';
import { optionalOneOf, optionalText } from '../../app/search-params';

export const NOMENCLATURE_SYSTEMS = ['nace', 'naf', 'ateco', 'noga'] as const;

/**
 * `?q=43.31Z&entry=naf:43.31Z&filiere=renovation`: the search, the code shown in detail and the filière browsed,
 * so that a view of the explorer can be shared.
 */
export interface FilieresSearch {
  readonly q?: string | undefined;
  readonly entry?: string | undefined;
  readonly filiere?: FiliereId | undefined;
}

export function validateFilieresSearch(search: Record<string, unknown>): FilieresSearch {
  return {
    q: optionalText(search.q, { trim: true, max: 100 }),
    entry: optionalText(search.entry, { pattern: /^(nace|naf|ateco|noga):[0-9A-Za-z.]{1,16}$/ }),
    filiere: optionalOneOf(search.filiere, FILIERE_IDS),
  };
}

export const filieresRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/filieres',
  validateSearch: validateFilieresSearch,
}).lazy(() => import('./filieres-page').then((module) => module.filieresLazyRoute));
