import type { Locale } from '@mbi/domain';
import { queryOptions } from '@tanstack/react-query';
import { clientFor } from '../../api/client';
import { unwrap } from '../../ui/problem';

export const budgetKeys = {
  all: ['budget'] as const,
  table: (lang: Locale) => [...budgetKeys.all, 'table', lang] as const,
};

export const budgetQuery = (lang: Locale) =>
  queryOptions({
    queryKey: budgetKeys.table(lang),
    queryFn: async () => unwrap(await clientFor(lang).getBudget()),
    staleTime: 5 * 60_000,
  });
