import type { components } from '@mbi/client';
import type { Locale } from '@mbi/domain';
import { queryOptions } from '@tanstack/react-query';
import { clientFor } from '../../api/client';
import { ProblemError } from '../../ui/problem';

export type ImportJob = components['schemas']['Import'];
export type ImportRequest = components['schemas']['ImportRequest'];

/** The formats `POST /v1/imports` takes; the establishment stocks need a reference year. */
export const IMPORT_FORMATS = [
  'sirene-establishments',
  'registro-imprese-local-units',
  'istat-asia-local-units',
  'bfs-statent',
  'istat-population',
  'bfs-population',
] as const;
export type ImportFormatId = (typeof IMPORT_FORMATS)[number];
export const ESTABLISHMENT_FORMATS: ReadonlySet<ImportFormatId> = new Set([
  'sirene-establishments',
  'registro-imprese-local-units',
]);

/** The API's default body limit (`BODY_LIMIT_BYTES`); larger files go through `mbi import` on the server. */
export const BODY_LIMIT_MB = 1;

export const importKeys = {
  all: ['imports'] as const,
  job: (lang: Locale, id: string) => [...importKeys.all, lang, id] as const,
};

// The imports' operations, named as @mbi/client will name them; through its typed raw client meanwhile.

export async function createImport(lang: Locale, request: ImportRequest): Promise<ImportJob> {
  const { data, error } = await clientFor(lang).raw.POST('/v1/imports', { body: request });
  if (data === undefined) throw new ProblemError(error);
  return data;
}

/** One import, polled every second while it runs. */
export const importQuery = (lang: Locale, id: string) =>
  queryOptions({
    queryKey: importKeys.job(lang, id),
    queryFn: async (): Promise<ImportJob> => {
      const { data, error } = await clientFor(lang).raw.GET('/v1/imports/{id}', {
        params: { path: { id } },
      });
      if (data === undefined) throw new ProblemError(error);
      return data;
    },
    refetchInterval: (query) => (query.state.data?.status === 'running' ? 1000 : false),
  });

/** The refused rows of an import, as CSV (row number, column, reason). */
export function importRejectsCsvUrl(lang: Locale, id: string): string {
  return `/v1/imports/${encodeURIComponent(id)}/rejects?${new URLSearchParams({ format: 'csv', lang }).toString()}`;
}
