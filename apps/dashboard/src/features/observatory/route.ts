import { FILIERE_IDS, type FiliereId } from '@mbi/domain/vocabularies';
import { createRoute } from '@tanstack/react-router';
import { rootRoute } from '../../app/root-route';
import { optionalIncreasingNumbers, optionalInteger, optionalOneOf } from '../../app/search-params';

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
export interface ObservatorySearch {
  readonly filiere?: FiliereId | undefined;
  readonly measure?: Measure | undefined;
  readonly year?: number | undefined;
  readonly level?: Level | undefined;
  /** Class breaks chosen by hand (1 to 4, increasing), instead of those computed from every year. */
  readonly breaks?: readonly number[] | undefined;
}

export function validateObservatorySearch(search: Record<string, unknown>): ObservatorySearch {
  return {
    filiere: optionalOneOf(search.filiere, FILIERE_IDS),
    measure: optionalOneOf(search.measure, MEASURES),
    year: optionalInteger(search.year, 1900, 2100),
    level: optionalOneOf(search.level, LEVELS),
    breaks: optionalIncreasingNumbers(search.breaks, 4),
  };
}
export type Measure = (typeof MEASURES)[number];
export type Level = (typeof LEVELS)[number];

/** What the page shows when the URL says nothing: a rate (establishments per 1,000 inhabitants) by commune. */
export const DEFAULTS = { filiere: 'outdoor', measure: 'establishments-per-1000', level: 'unit' } as const;

export const observatoryRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/observatory',
  validateSearch: validateObservatorySearch,
}).lazy(() => import('./observatory-page').then((module) => module.observatoryLazyRoute));
