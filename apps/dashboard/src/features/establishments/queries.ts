import type { Locale } from '@mbi/domain';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { clientFor } from '../../api/client';
import { unwrap } from '../../ui/problem';
import type { EstablishmentsSearch } from './route';

export const PAGE_SIZE = 20;

export const establishmentKeys = {
  all: ['establishments'] as const,
  lists: () => [...establishmentKeys.all, 'list'] as const,
  list: (lang: Locale, search: EstablishmentsSearch) => [...establishmentKeys.lists(), lang, search] as const,
  details: () => [...establishmentKeys.all, 'detail'] as const,
  detail: (id: string) => [...establishmentKeys.details(), id] as const,
};

export const establishmentsQuery = (lang: Locale, search: EstablishmentsSearch) =>
  queryOptions({
    queryKey: establishmentKeys.list(lang, search),
    queryFn: async () => {
      const { page = 1, ...filters } = search;
      const query = Object.fromEntries(
        Object.entries(filters).filter(([, value]) => value !== undefined && value !== ''),
      );
      return unwrap(
        await clientFor(lang).listEstablishments({
          ...query,
          limit: PAGE_SIZE,
          offset: (page - 1) * PAGE_SIZE,
        }),
      );
    },
    placeholderData: keepPreviousData,
  });

/** One establishment with its ETag, read fresh each time a form opens (the ETag guards the update). */
export const establishmentQuery = (lang: Locale, id: string) =>
  queryOptions({
    queryKey: establishmentKeys.detail(id),
    queryFn: async () => unwrap(await clientFor(lang).getEstablishment(id)),
    staleTime: 0,
  });
