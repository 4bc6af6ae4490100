import type { Meta } from '@mbi/client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap } from '../ui/problem';
import { clientFor } from './client';

export const metaKeys = { all: ['meta'] as const };

/** The running service: its version, its database, and whether it holds demo data (a banner on every screen). */
export const metaQuery = queryOptions({
  queryKey: metaKeys.all,
  queryFn: async (): Promise<Meta> => unwrap(await clientFor('fr').getMeta()),
  staleTime: Number.POSITIVE_INFINITY,
});

export function useMeta(): Meta | undefined {
  return useQuery(metaQuery).data;
}
