import type { Locale } from '@mbi/domain';
import { queryOptions } from '@tanstack/react-query';
import { clientFor } from '../../api/client';
import { ProblemError, unwrap } from '../../ui/problem';
import type { TerritoryFeatureCollection } from '../../ui/territory-map';

export const overviewKeys = {
  all: ['overview'] as const,
  project: (lang: Locale) => [...overviewKeys.all, 'project', lang] as const,
  partners: (lang: Locale) => [...overviewKeys.all, 'partners', lang] as const,
  workPackages: (lang: Locale) => [...overviewKeys.all, 'work-packages', lang] as const,
  boundaries: () => [...overviewKeys.all, 'boundaries'] as const,
};

const REFERENCE = 10 * 60_000;

export const projectQuery = (lang: Locale) =>
  queryOptions({
    queryKey: overviewKeys.project(lang),
    queryFn: async () => unwrap(await clientFor(lang).getProject()),
    staleTime: REFERENCE,
  });

export const partnersQuery = (lang: Locale) =>
  queryOptions({
    queryKey: overviewKeys.partners(lang),
    queryFn: async () => unwrap(await clientFor(lang).getPartners()),
    staleTime: REFERENCE,
  });

export const workPackagesQuery = (lang: Locale) =>
  queryOptions({
    queryKey: overviewKeys.workPackages(lang),
    queryFn: async () => unwrap(await clientFor(lang).getWorkPackages()),
    staleTime: REFERENCE,
  });

/** The partners' units, from the API's copy of `@mbi/geo`'s boundaries (RFC 7946 GeoJSON). */
export const boundariesQuery = () =>
  queryOptions({
    queryKey: overviewKeys.boundaries(),
    queryFn: async (): Promise<TerritoryFeatureCollection> => {
      const { data, error } = await clientFor('fr').raw.GET('/v1/territories.geojson');
      if (data === undefined) {
        throw new ProblemError(
          error ?? {
            type: 'urn:mbi:problem:unexpected-response',
            code: 'unexpected-response',
            title: '',
            status: 0,
          },
        );
      }
      // The raw client is typed for JSON answers; this one is application/geo+json, of the same shape.
      return data as unknown as TerritoryFeatureCollection;
    },
    staleTime: Number.POSITIVE_INFINITY,
  });
