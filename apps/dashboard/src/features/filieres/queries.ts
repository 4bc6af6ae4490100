import type { Locale } from '@mbi/domain';
import { queryOptions } from '@tanstack/react-query';
import { clientFor } from '../../api/client';
import { unwrap } from '../../ui/problem';

export const filiereKeys = {
  all: ['filieres'] as const,
  list: (lang: Locale) => [...filiereKeys.all, 'list', lang] as const,
  classification: (lang: Locale, code: string) => [...filiereKeys.all, 'classification', lang, code] as const,
};

export const filieresQuery = (lang: Locale) =>
  queryOptions({
    queryKey: filiereKeys.list(lang),
    queryFn: async () => unwrap(await clientFor(lang).getFilieres()),
    staleTime: 10 * 60_000,
  });

/** The NACE class and filières of a code (the scheme read from the code's shape). */
export const classificationQuery = (lang: Locale, code: string) =>
  queryOptions({
    queryKey: filiereKeys.classification(lang, code),
    queryFn: async () => unwrap(await clientFor(lang).classify(code)),
    staleTime: 10 * 60_000,
    retry: false,
  });

/** Whether a search looks like an activity code (digits, dots, a final letter) rather than words of a title. */
export function looksLikeCode(text: string): boolean {
  return /^[0-9][0-9A-Za-z.]{0,15}$/.test(text.trim());
}
