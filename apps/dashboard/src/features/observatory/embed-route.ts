import { createRoute } from '@tanstack/react-router';
import { rootRoute } from '../../app/root-route';
import { optionalInteger, optionalOneOf } from '../../app/search-params';
import { type ObservatorySearch, validateObservatorySearch } from './route';

export const EMBED_VIEWS = ['map', 'chart'] as const;
export type EmbedView = (typeof EMBED_VIEWS)[number];

/**
 * The embeddable view's search parameters: the observatory's, plus `view` (the map, or the chart of the
 * selected territories), `filters=0` to hide the filters and `border=0` to drop the frame's border.
 */
export interface EmbedSearch extends ObservatorySearch {
  readonly view?: EmbedView | undefined;
  readonly filters?: 0 | 1 | undefined;
  readonly border?: 0 | 1 | undefined;
}

export function validateEmbedSearch(search: Record<string, unknown>): EmbedSearch {
  return {
    ...validateObservatorySearch(search),
    view: optionalOneOf(search.view, EMBED_VIEWS),
    filters: optionalInteger(search.filters, 0, 1) as 0 | 1 | undefined,
    border: optionalInteger(search.border, 0, 1) as 0 | 1 | undefined,
  };
}

/** `/embed/observatory`: the map or the chart alone, for a commune's website (an iframe); no header, no navigation. */
export const embedObservatoryRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/embed/observatory',
  validateSearch: validateEmbedSearch,
}).lazy(() => import('./embed-page').then((module) => module.embedObservatoryLazyRoute));
