import type { components } from '@mbi/client';
import type { Locale } from '@mbi/domain';
import { queryOptions } from '@tanstack/react-query';
import { clientFor } from '../../api/client';
import { unwrap } from '../../ui/problem';
import type { NOMENCLATURE_SYSTEMS } from './route';

export type NomenclatureSystem = (typeof NOMENCLATURE_SYSTEMS)[number];
export type NomenclaturePage = components['schemas']['NomenclaturePage'];
export type NomenclatureHit = components['schemas']['NomenclatureHit'];
export type NomenclatureEntry = components['schemas']['NomenclatureEntry'];

export const filiereKeys = {
  all: ['filieres'] as const,
  list: (lang: Locale) => [...filiereKeys.all, 'list', lang] as const,
  search: (lang: Locale, q: string) => [...filiereKeys.all, 'search', lang, q] as const,
  entry: (lang: Locale, system: string, code: string) =>
    [...filiereKeys.all, 'entry', lang, system, code] as const,
};

const REFERENCE = 10 * 60_000;

export const filieresQuery = (lang: Locale) =>
  queryOptions({
    queryKey: filiereKeys.list(lang),
    queryFn: async () => unwrap(await clientFor(lang).getFilieres()),
    staleTime: REFERENCE,
  });

/** Codes and titles matching a search in any notation (43.31Z, 43.31.00, 433100) or words of a title. */
export async function searchNomenclature(lang: Locale, q: string): Promise<NomenclaturePage> {
  return unwrap(await clientFor(lang).searchNomenclature({ q, limit: 20 }));
}

/** One code: its parents, children, filières and NACE Rev.2 → Rev.2.1 correspondence. */
export async function getNomenclatureEntry(
  lang: Locale,
  system: NomenclatureSystem,
  code: string,
): Promise<NomenclatureEntry> {
  return unwrap(await clientFor(lang).getNomenclatureEntry(system, code));
}

export const searchQuery = (lang: Locale, q: string) =>
  queryOptions({
    queryKey: filiereKeys.search(lang, q),
    queryFn: () => searchNomenclature(lang, q),
    staleTime: REFERENCE,
  });

export const entryQuery = (lang: Locale, system: NomenclatureSystem, code: string) =>
  queryOptions({
    queryKey: filiereKeys.entry(lang, system, code),
    queryFn: () => getNomenclatureEntry(lang, system, code),
    staleTime: REFERENCE,
  });

/** `naf:43.31Z` → `{ system: 'naf', code: '43.31Z' }`, as the URL writes the code shown in detail. */
export function parseEntry(entry: string | undefined): { system: NomenclatureSystem; code: string } | null {
  const match = entry === undefined ? null : /^(nace|naf|ateco|noga):(.+)$/.exec(entry);
  if (match === null) return null;
  return { system: match[1] as NomenclatureSystem, code: match[2] ?? '' };
}
