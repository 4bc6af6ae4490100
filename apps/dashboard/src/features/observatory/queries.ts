import type { FiliereId, Locale } from '@mbi/domain';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { clientFor } from '../../api/client';
import { unwrap } from '../../ui/problem';
import { type Level, MEASURES, type Measure } from './route';

export interface IndicatorSelection {
  readonly filiere: FiliereId;
  readonly measure: Measure;
  readonly level: Level;
}

export const observatoryKeys = {
  all: ['observatory'] as const,
  indicators: (lang: Locale, selection: IndicatorSelection) =>
    [
      ...observatoryKeys.all,
      'indicators',
      lang,
      selection.filiere,
      selection.measure,
      selection.level,
    ] as const,
  comparison: (lang: Locale, filiere: FiliereId, level: Level, year: number) =>
    [...observatoryKeys.all, 'comparison', lang, filiere, level, year] as const,
};

/** Every measure of one filière, level and year (the comparison of two territories side by side). */
export const comparisonQuery = (lang: Locale, filiere: FiliereId, level: Level, year: number) =>
  queryOptions({
    queryKey: observatoryKeys.comparison(lang, filiere, level, year),
    queryFn: async () =>
      unwrap(
        await clientFor(lang).listIndicators({ filiere, level, years: [year], measures: [...MEASURES] }),
      ),
    staleTime: 5 * 60_000,
  });

/**
 * Every year of one filière × measure × level at once: the class breaks are drawn from all years (so they stay
 * fixed when the year changes) and the year slider needs no new request. The API precomputes these answers.
 */
export const indicatorsQuery = (lang: Locale, selection: IndicatorSelection) =>
  queryOptions({
    queryKey: observatoryKeys.indicators(lang, selection),
    // The answer keeps the choice it answers, so that a previous answer shown meanwhile is labelled as its own.
    queryFn: async () => ({
      selection,
      list: unwrap(
        await clientFor(lang).listIndicators({
          filiere: selection.filiere,
          measures: [selection.measure],
          level: selection.level,
        }),
      ),
    }),
    staleTime: 5 * 60_000,
    // Another measure or filière keeps the map on screen until its answer arrives, instead of a blank page.
    placeholderData: keepPreviousData,
  });

/** The API's CSV of the same filters (and year), in the reader's language: what the download link points at. */
export function indicatorsCsvUrl(
  lang: Locale,
  selection: IndicatorSelection,
  year: number | undefined,
): string {
  const params = new URLSearchParams({
    filiere: selection.filiere,
    measure: selection.measure,
    level: selection.level,
    ...(year === undefined ? {} : { year: String(year) }),
    format: 'csv',
    lang,
  });
  return `/v1/observatory/indicators?${params.toString()}`;
}
