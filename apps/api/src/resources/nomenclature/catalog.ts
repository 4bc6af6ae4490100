import { createHash } from 'node:crypto';
import type { FiliereId, Locale } from '@mbi/domain';
import { createTranslator, getLabels } from '@mbi/i18n';
import {
  classify,
  FILIERE_MAP,
  FILIERE_MAP_2025,
  FILIERE_MAP_VERSION,
  type FiliereMatch,
  getNaceCode,
  listNace,
  listNafSubclasses,
  NACE_REV21_CORRESPONDENCE,
  NACE_REV21_TITLES,
  type NaceLabels,
  parseActivityCode,
} from '@mbi/taxonomy';

/**
 * The activity nomenclatures as one searchable catalog, built once from `@mbi/taxonomy`: the 996 NACE Rev.2
 * codes (titles in fr/it/de/en), the 732 NAF sub-classes (INSEE titles, French only) and the ATECO
 * sub-categories of the filière map. ATECO and NOGA codes below the class, which the package has no list of,
 * are answered from their class when a search names one (`43.29.01`, `432900`).
 */

export const SYSTEMS = ['nace', 'naf', 'ateco', 'noga'] as const;
export type NomenclatureSystem = (typeof SYSTEMS)[number];
export const LEVELS = ['section', 'division', 'group', 'class', 'subclass'] as const;
export type NomenclatureLevel = (typeof LEVELS)[number];

interface Entry {
  readonly system: NomenclatureSystem;
  readonly code: string;
  readonly level: NomenclatureLevel;
  /** The NACE code of the entry, or of the class above a national sub-class. */
  readonly naceCode: string;
  readonly naceClass: string | null;
  readonly titles: NaceLabels;
  /** The language the titles are really in: `null` when each is in its own; `fr` for NAF sub-classes. */
  readonly titleLanguage: 'fr' | null;
  /** The title is its class's (no title of its own is known). */
  readonly titleOfClass: boolean;
  /** The code without dots or spaces, upper case: `4329B`. */
  readonly compact: string;
  readonly folded: { readonly [L in Locale]: string };
}

/** The version of the catalog's data: it changes with the taxonomy's map or lists (ETags derive from it). */
export const NOMENCLATURE_VERSION = createHash('sha256')
  .update(
    JSON.stringify([
      FILIERE_MAP_VERSION,
      listNace().length,
      listNafSubclasses().length,
      FILIERE_MAP,
      NACE_REV21_CORRESPONDENCE,
    ]),
  )
  .digest('hex')
  .slice(0, 12);

/** Lower case, without accents or punctuation, single-spaced: how queries and titles are compared. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’'`]/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const compactOf = (code: string) => code.replace(/[\s.]/g, '').toUpperCase();

function entryOf(
  fields: Omit<Entry, 'compact' | 'folded' | 'titleOfClass'> & { titleOfClass?: boolean },
): Entry {
  return {
    ...fields,
    titleOfClass: fields.titleOfClass ?? false,
    compact: compactOf(fields.code),
    folded: {
      fr: fold(fields.titles.fr),
      it: fold(fields.titles.it),
      de: fold(fields.titles.de),
      en: fold(fields.titles.en),
    },
  };
}

function buildEntries(): Entry[] {
  const entries: Entry[] = [];
  for (const node of listNace()) {
    entries.push(
      entryOf({
        system: 'nace',
        code: node.code,
        level: node.level,
        naceCode: node.code,
        naceClass: node.level === 'class' ? node.code : null,
        titles: node.labels,
        titleLanguage: null,
      }),
    );
  }
  for (const subclass of listNafSubclasses()) {
    const fr = subclass.label;
    entries.push(
      entryOf({
        system: 'naf',
        code: subclass.code,
        level: 'subclass',
        naceCode: subclass.naceClass,
        naceClass: subclass.naceClass,
        titles: { fr, it: fr, de: fr, en: fr },
        titleLanguage: 'fr',
      }),
    );
  }
  for (const mapEntry of FILIERE_MAP.filter((candidate) => candidate.scheme === 'ateco')) {
    if (entries.some((entry) => entry.system === 'ateco' && entry.code === mapEntry.code)) continue;
    const labels = getNaceCode(mapEntry.naceClass)?.labels;
    if (labels === undefined) continue;
    entries.push(
      entryOf({
        system: 'ateco',
        code: mapEntry.code,
        level: 'subclass',
        naceCode: mapEntry.naceClass,
        naceClass: mapEntry.naceClass,
        titles: labels,
        titleLanguage: null,
        titleOfClass: true,
      }),
    );
  }
  return entries;
}

let catalog: { entries: Entry[]; byKey: Map<string, Entry> } | undefined;

function entries(): { entries: Entry[]; byKey: Map<string, Entry> } {
  if (catalog === undefined) {
    const all = buildEntries();
    catalog = {
      entries: all,
      byKey: new Map(all.map((entry) => [`${entry.system}:${entry.compact}`, entry])),
    };
  }
  return catalog;
}

/** A national code below the class that no list holds (ATECO `43.29.01`, NOGA `432901`): its class speaks for it. */
function derivedEntry(system: 'ateco' | 'noga', code: string, naceClass: string): Entry | null {
  const labels = getNaceCode(naceClass)?.labels;
  if (labels === undefined) return null;
  return entryOf({
    system,
    code,
    level: 'subclass',
    naceCode: naceClass,
    naceClass,
    titles: labels,
    titleLanguage: null,
    titleOfClass: true,
  });
}

/** The entries a code-shaped query names exactly, whatever its notation (`4329B`, `43.29.01`, `432900`). */
function exactCodeEntries(query: string, system: NomenclatureSystem | undefined): Entry[] {
  const { byKey } = entries();
  const compact = compactOf(query);
  const found: Entry[] = [];
  for (const candidate of SYSTEMS) {
    if (system !== undefined && system !== candidate) continue;
    const entry = byKey.get(`${candidate}:${compact}`);
    if (entry) found.push(entry);
  }
  const parsed = parseActivityCode(query);
  if (parsed.ok && parsed.value.revision === '2') {
    const { scheme, nationalSubclass, naceClass, naceCode } = parsed.value;
    // A NACE code written without dots (4329, 432) is the NACE entry.
    const nace = byKey.get(`nace:${compactOf(naceCode)}`);
    if (
      nace &&
      !found.includes(nace) &&
      (system === undefined || system === 'nace') &&
      nationalSubclass === undefined
    ) {
      found.push(nace);
    }
    if (nationalSubclass !== undefined && naceClass !== undefined) {
      const digits = nationalSubclass.replace(/\D/g, '');
      const wanted: ('ateco' | 'noga')[] =
        scheme === 'ateco'
          ? ['ateco']
          : scheme === 'noga'
            ? ['noga']
            : scheme === 'ateco-or-noga'
              ? ['ateco', 'noga']
              : [];
      for (const candidate of wanted) {
        if (system !== undefined && system !== candidate) continue;
        if (digits.length !== 6) continue;
        const code =
          candidate === 'ateco' ? `${digits.slice(0, 2)}.${digits.slice(2, 4)}.${digits.slice(4)}` : digits;
        if (found.some((entry) => entry.system === candidate && entry.compact === compactOf(code))) continue;
        const derived =
          byKey.get(`${candidate}:${compactOf(code)}`) ?? derivedEntry(candidate, code, naceClass);
        if (derived) found.push(derived);
      }
    }
  }
  return found;
}

export interface FiliereView {
  readonly filiere: FiliereId;
  readonly label: string;
  readonly weight: 'core' | 'partial';
  readonly rationale: string;
  /** Where the membership comes from: the class, or a national sub-class (`entry`), and what that means. */
  readonly entry: string;
  readonly note: string | null;
}

/** The filières of a class (or national sub-class), in a language, with a note on partial and national entries. */
function filieresOf(entry: Pick<Entry, 'system' | 'code' | 'naceClass'>, locale: Locale): FiliereView[] {
  if (entry.naceClass === null) return [];
  const scheme = entry.system === 'noga' ? 'noga' : entry.system;
  const result = classify(entry.code, scheme);
  const t = createTranslator(locale);
  const matches: readonly FiliereMatch[] = result.ok ? result.value.filieres : [];
  const refinements = FILIERE_MAP.filter(
    (candidate) => candidate.scheme !== 'nace' && candidate.naceClass === entry.naceClass,
  );
  return matches.map((match) => {
    const notes: string[] = [];
    if (match.entry !== entry.naceClass) notes.push(t('nomenclature.note.national', { entry: match.entry }));
    else if (
      entry.system === 'nace' &&
      refinements.some((candidate) => candidate.filiere === match.filiere)
    ) {
      const codes = refinements.filter((candidate) => candidate.filiere === match.filiere).map((r) => r.code);
      notes.push(t('nomenclature.note.refined', { codes: codes.join(', ') }));
    }
    if (match.weight === 'partial') notes.push(t('nomenclature.note.partial'));
    return {
      filiere: match.filiere,
      label: getLabels(locale).filiere[match.filiere],
      weight: match.weight,
      rationale: match.rationales[locale],
      entry: match.entry,
      note: notes.length === 0 ? null : notes.join(' '),
    };
  });
}

export interface HitView {
  readonly system: NomenclatureSystem;
  readonly code: string;
  readonly level: NomenclatureLevel;
  readonly title: string;
  /** The language of `title`: the reader's, or `fr` for NAF sub-classes (INSEE titles are French only). */
  readonly titleLanguage: Locale;
  /** `title` is the class's: the catalog has no title of this national code. */
  readonly titleOfClass: boolean;
  readonly naceClass: string | null;
  readonly naceClassTitle: string | null;
  readonly filieres: readonly FiliereView[];
}

function hitView(entry: Entry, locale: Locale): HitView {
  return {
    system: entry.system,
    code: entry.code,
    level: entry.level,
    title: entry.titles[locale],
    titleLanguage: entry.titleLanguage ?? locale,
    titleOfClass: entry.titleOfClass,
    naceClass: entry.naceClass,
    naceClassTitle: entry.naceClass === null ? null : (getNaceCode(entry.naceClass)?.labels[locale] ?? null),
    filieres: filieresOf(entry, locale),
  };
}

export interface SearchRequest {
  readonly q: string;
  readonly system?: NomenclatureSystem | undefined;
  readonly limit: number;
  readonly offset: number;
}

const LEVEL_ORDER: Readonly<Record<NomenclatureLevel, number>> = {
  section: 0,
  division: 1,
  group: 2,
  class: 3,
  subclass: 4,
};

/**
 * Searches codes and titles: a code in any notation first (exact, then the codes it starts), then titles in
 * the reader's language holding every word of the query (accents and case ignored): titles that start with it,
 * then those with a word starting with each query word, then the rest. An empty query lists every code.
 */
export function searchNomenclature(
  request: SearchRequest,
  locale: Locale,
): { items: HitView[]; total: number } {
  const { entries: all } = entries();
  const ranked = new Map<Entry, number>();
  const rank = (entry: Entry, value: number) => {
    const known = ranked.get(entry);
    if (known === undefined || value < known) ranked.set(entry, value);
  };
  const inSystem = (entry: Entry) => request.system === undefined || entry.system === request.system;
  const query = request.q.trim();
  const folded = fold(query);
  if (folded === '') {
    for (const entry of all) if (inSystem(entry)) rank(entry, 5);
  } else {
    for (const entry of exactCodeEntries(query, request.system)) rank(entry, 0);
    const compact = compactOf(query);
    if (/^[A-Z0-9]+$/.test(compact)) {
      for (const entry of all) if (inSystem(entry) && entry.compact.startsWith(compact)) rank(entry, 1);
    }
    const words = folded.split(' ');
    for (const entry of all) {
      if (!inSystem(entry) || entry.titleOfClass) continue;
      const title = entry.folded[entry.titleLanguage ?? locale];
      if (!words.every((word) => title.includes(word))) continue;
      const titleWords = title.split(' ');
      const value = title.startsWith(folded)
        ? 2
        : words.every((word) => titleWords.some((titleWord) => titleWord.startsWith(word)))
          ? 3
          : 4;
      rank(entry, value);
    }
  }
  const sorted = [...ranked.entries()].sort(
    ([a, rankA], [b, rankB]) =>
      rankA - rankB ||
      LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] ||
      a.naceCode.localeCompare(b.naceCode) ||
      SYSTEMS.indexOf(a.system) - SYSTEMS.indexOf(b.system) ||
      a.code.localeCompare(b.code),
  );
  return {
    items: sorted
      .slice(request.offset, request.offset + request.limit)
      .map(([entry]) => hitView(entry, locale)),
    total: sorted.length,
  };
}

export interface NodeView {
  readonly system: NomenclatureSystem;
  readonly code: string;
  readonly level: NomenclatureLevel;
  readonly title: string;
  readonly titleLanguage: Locale;
}

export interface CorrespondenceView {
  /** The 2008 code (NACE Rev.2 class or national sub-class) of the row. */
  readonly rev2: string;
  readonly change: string;
  readonly confidence: 'checked' | 'inferred';
  readonly source: string;
  /** The NACE Rev.2.1 classes that receive part of it; titles in English only (no other is at hand). */
  readonly rev21: readonly {
    readonly code: string;
    readonly title: string | null;
    readonly titleLanguage: 'en';
    readonly filieres: readonly { readonly filiere: FiliereId; readonly weight: 'core' | 'partial' }[];
  }[];
}

export interface EntryView extends HitView {
  readonly parents: readonly NodeView[];
  readonly children: readonly NodeView[];
  /** NACE Rev.2 → Rev.2.1 rows of this code and its class (the filière map's codes only; empty otherwise). */
  readonly correspondence: readonly CorrespondenceView[];
}

function nodeView(entry: Entry, locale: Locale): NodeView {
  return {
    system: entry.system,
    code: entry.code,
    level: entry.level,
    title: entry.titles[locale],
    titleLanguage: entry.titleLanguage ?? locale,
  };
}

/** One code of a system, with its parents, children, filières and its 2025 correspondence; `null` if unknown. */
export function nomenclatureEntry(
  system: NomenclatureSystem,
  code: string,
  locale: Locale,
): EntryView | null {
  const { entries: all, byKey } = entries();
  const entry =
    byKey.get(`${system}:${compactOf(code)}`) ??
    exactCodeEntries(code, system).find((candidate) => candidate.system === system) ??
    // NAF, ATECO and NOGA share NACE's codes down to the class: `naf/43.29` is the NACE class.
    (system !== 'nace' ? exactCodeEntries(code, 'nace')[0] : undefined);
  if (entry === undefined) return null;
  const nace = (naceCode: string) => byKey.get(`nace:${compactOf(naceCode)}`);
  const parents: Entry[] = [];
  const node = getNaceCode(entry.naceCode);
  if (node !== undefined) {
    const chain =
      node.level === 'class'
        ? [node.section, node.division, node.group]
        : node.level === 'group'
          ? [node.section, node.division]
          : node.level === 'division'
            ? [node.section]
            : [];
    for (const ancestor of chain) {
      const found = nace(ancestor);
      if (found) parents.push(found);
    }
    if (entry.level === 'subclass') {
      const klass = nace(entry.naceCode);
      if (klass) parents.push(klass);
    }
  }
  const children =
    entry.level === 'subclass'
      ? []
      : entry.level === 'class'
        ? all.filter((candidate) => candidate.level === 'subclass' && candidate.naceClass === entry.naceCode)
        : all.filter((candidate) => {
            if (candidate.system !== 'nace') return false;
            const candidateNode = getNaceCode(candidate.code);
            return candidateNode !== undefined && candidateNode.parent === entry.naceCode;
          });
  const rows = NACE_REV21_CORRESPONDENCE.filter(
    (row) => row.rev2 === entry.code || (entry.naceClass !== null && row.rev2 === entry.naceClass),
  );
  return {
    ...hitView(entry, locale),
    parents: parents.map((parent) => nodeView(parent, locale)),
    children: children.map((child) => nodeView(child, locale)),
    correspondence: rows.map((row) => ({
      rev2: row.rev2,
      change: row.change,
      confidence: row.confidence,
      source: row.source,
      rev21: row.rev21.map((rev21) => ({
        code: rev21,
        title: NACE_REV21_TITLES[rev21] ?? null,
        titleLanguage: 'en' as const,
        filieres: FILIERE_MAP_2025.filter((mapped) => mapped.code === rev21).map((mapped) => ({
          filiere: mapped.filiere,
          weight: mapped.weight,
        })),
      })),
    })),
  };
}
