import { FILIERE_IDS, type FiliereId } from '@mbi/domain/vocabularies';
import { createRoute } from '@tanstack/react-router';
import { rootRoute } from '../../app/root-route';
import {
  optionalCodeList,
  optionalIncreasingNumbers,
  optionalInteger,
  optionalOneOf,
} from '../../app/search-params';

/**
 * The measures the API computes, in the order the page offers them: rates first (location quotients among
 * them), then counts, then changes.
 */
export const RATE_MEASURES = [
  'establishments-per-1000',
  'employees-per-1000',
  'establishments-share',
  'employees-share',
  'establishments-lq',
  'employees-lq',
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
  /**
   * The territories selected for the time series and the comparison: their codes joined by commas, as the URL
   * shows them (`sel=74056,007018`), at most {@link MAX_SELECTED}; {@link selectedCodes} splits them.
   */
  readonly sel?: string | undefined;
}

/** How many territories the time series draws at once: beyond that, the lines cannot be told apart. */
export const MAX_SELECTED = 6;

export function validateObservatorySearch(search: Record<string, unknown>): ObservatorySearch {
  return {
    filiere: optionalOneOf(search.filiere, FILIERE_IDS),
    measure: optionalOneOf(search.measure, MEASURES),
    year: optionalInteger(search.year, 1900, 2100),
    level: optionalOneOf(search.level, LEVELS),
    breaks: optionalIncreasingNumbers(search.breaks, 4),
    sel: optionalCodeList(search.sel, MAX_SELECTED)?.join(','),
  };
}
/** The selected territories' codes, in the order they were chosen. */
export function selectedCodes(sel: string | undefined): string[] {
  return sel === undefined || sel === '' ? [] : sel.split(',');
}

/** The `sel` parameter after choosing or dropping one territory (`undefined` when none is left). */
export function toggleSelected(sel: string | undefined, code: string): string | undefined {
  const codes = selectedCodes(sel);
  const next = codes.includes(code)
    ? codes.filter((item) => item !== code)
    : [...codes, code].slice(-MAX_SELECTED);
  return next.length === 0 ? undefined : next.join(',');
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
