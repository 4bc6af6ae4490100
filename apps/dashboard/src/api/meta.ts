import type { MbiClient, MbiResult } from '@mbi/client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap } from '../ui/problem';
import { clientFor } from './client';

/** What `GET /v1/meta` says about the running service: its version, its database, whether it holds demo data. */
export interface Meta {
  readonly version: string;
  readonly database: string;
  readonly demo: boolean;
  readonly languages: readonly string[];
}

type ClientWithMeta = MbiClient & { getMeta?: () => Promise<MbiResult<Meta>> };

export const metaKeys = { all: ['meta'] as const };

export const metaQuery = queryOptions({
  queryKey: metaKeys.all,
  queryFn: async (): Promise<Meta | null> => {
    const client: ClientWithMeta = clientFor('fr');
    // An API older than /v1/meta says nothing about demo data: no banner then.
    if (client.getMeta === undefined) return null;
    return unwrap(await client.getMeta());
  },
  staleTime: Number.POSITIVE_INFINITY,
});

export function useMeta(): Meta | null | undefined {
  return useQuery(metaQuery).data;
}
