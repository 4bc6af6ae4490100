import type { Locale } from '@mbi/domain';
import { NAF_CLASSES, NAF_DIVISIONS, NAF_GROUPS, NAF_SUBCLASSES } from './generated/naf-rev2.ts';
import { CLASS_TITLES, DIVISION_TITLES, SECTION_TITLES, type TitleTriple } from './nace-titles.ts';

/** The four levels of NACE Rev.2, shared by NAF rév. 2, ATECO 2007 and NOGA 2008. */
export type NaceLevel = 'section' | 'division' | 'group' | 'class';

/** Titles of a code. French is always present; other languages only where the package has the official title. */
export interface NaceLabels {
  readonly fr: string;
  readonly en?: string;
  readonly it?: string;
  readonly de?: string;
}

interface NaceNodeBase {
  /** The code in NACE notation: `F`, `43`, `43.3`, `43.31`. */
  readonly code: string;
  readonly labels: NaceLabels;
}

/** A section (A–U), with the divisions it covers. */
export interface NaceSection extends NaceNodeBase {
  readonly level: 'section';
  readonly parent: null;
  /** First and last division of the section, inclusive (`['41', '43']` for F). */
  readonly divisionRange: readonly [string, string];
}

export interface NaceDivision extends NaceNodeBase {
  readonly level: 'division';
  /** The section letter. */
  readonly parent: string;
  readonly section: string;
}

export interface NaceGroup extends NaceNodeBase {
  readonly level: 'group';
  /** The division. */
  readonly parent: string;
  readonly section: string;
  readonly division: string;
}

export interface NaceClass extends NaceNodeBase {
  readonly level: 'class';
  /** The group. */
  readonly parent: string;
  readonly section: string;
  readonly division: string;
  readonly group: string;
}

/** Any NACE Rev.2 code, discriminated by `level`. */
export type NaceNode = NaceSection | NaceDivision | NaceGroup | NaceClass;

/** A French NAF rév. 2 sub-class (`49.39C`): the NACE class plus a letter. */
export interface NafSubclass {
  readonly code: string;
  readonly naceClass: string;
  /** INSEE title; NAF sub-classes have French titles only. */
  readonly label: string;
}

function withTitles(fr: string, titles: TitleTriple | undefined): NaceLabels {
  if (titles === undefined) return { fr };
  const [en, it, de] = titles;
  return { fr, en, it, de };
}

function sectionOfDivision(division: string): string {
  const row = SECTION_TITLES.find((s) => s.from <= division && division <= s.to);
  // The generated list and the hand-written ranges come from two sources; a gap is a data bug.
  if (row === undefined) throw new Error(`NACE: division ${division} falls in no section`);
  return row.code;
}

function buildIndex(): ReadonlyMap<string, NaceNode> {
  const index = new Map<string, NaceNode>();
  for (const s of SECTION_TITLES) {
    index.set(s.code, {
      code: s.code,
      level: 'section',
      parent: null,
      divisionRange: [s.from, s.to],
      labels: { fr: s.fr, en: s.en, it: s.it, de: s.de },
    });
  }
  for (const [code, fr] of NAF_DIVISIONS) {
    const section = sectionOfDivision(code);
    index.set(code, {
      code,
      level: 'division',
      parent: section,
      section,
      labels: withTitles(fr, DIVISION_TITLES[code]),
    });
  }
  for (const [code, fr] of NAF_GROUPS) {
    const division = code.slice(0, 2);
    index.set(code, {
      code,
      level: 'group',
      parent: division,
      section: sectionOfDivision(division),
      division,
      labels: { fr },
    });
  }
  for (const [code, fr] of NAF_CLASSES) {
    const division = code.slice(0, 2);
    const group = code.slice(0, 4);
    index.set(code, {
      code,
      level: 'class',
      parent: group,
      section: sectionOfDivision(division),
      division,
      group,
      labels: withTitles(fr, CLASS_TITLES[code]),
    });
  }
  return index;
}

let naceIndex: ReadonlyMap<string, NaceNode> | undefined;
let nafIndex: ReadonlyMap<string, NafSubclass> | undefined;

// Built on first use, so importing the package costs nothing until a code is looked up.
function nace(): ReadonlyMap<string, NaceNode> {
  naceIndex ??= buildIndex();
  return naceIndex;
}

function naf(): ReadonlyMap<string, NafSubclass> {
  nafIndex ??= new Map(
    NAF_SUBCLASSES.map(([code, label]) => [code, { code, naceClass: code.slice(0, 5), label }] as const),
  );
  return nafIndex;
}

/**
 * Looks up a NACE Rev.2 code in canonical notation (`F`, `43`, `43.3`, `43.31`). Returns `undefined` for any
 * other string; use `parseActivityCode` to read free or national input first.
 *
 * @example
 * getNaceCode('43.31')?.labels.fr; // 'Travaux de plâtrerie'
 * getNaceCode('43.31')?.parent; // '43.3'
 */
export function getNaceCode(code: string): NaceNode | undefined {
  return nace().get(code);
}

/**
 * Lists NACE Rev.2 codes in code order: one level, or all 996 codes (21 + 88 + 272 + 615) without a level.
 *
 * @example
 * listNace('section').length; // 21
 * listNace('class').length; // 615
 */
export function listNace(level?: NaceLevel): readonly NaceNode[] {
  const all = [...nace().values()];
  return level === undefined ? all : all.filter((node) => node.level === level);
}

/**
 * The French NAF rév. 2 sub-class with this code (`49.39C`), or `undefined`.
 *
 * @example
 * getNafSubclass('49.39C')?.label; // 'Téléphériques et remontées mécaniques'
 */
export function getNafSubclass(code: string): NafSubclass | undefined {
  return naf().get(code);
}

/**
 * The 732 NAF rév. 2 sub-classes, or those of one NACE class.
 *
 * @example
 * listNafSubclasses('49.39').map((s) => s.code); // ['49.39A', '49.39B', '49.39C']
 */
export function listNafSubclasses(naceClass?: string): readonly NafSubclass[] {
  const all = [...naf().values()];
  return naceClass === undefined ? all : all.filter((s) => s.naceClass === naceClass);
}

/**
 * Title of a NACE code (any level) or NAF sub-class in a locale. **Falls back to French** when the package has
 * no title in that locale (groups, classes outside the filière map, NAF sub-classes); `getNaceCode(code).labels`
 * tells which languages exist. Returns `undefined` for an unknown code.
 *
 * @example
 * getLabel('F', 'it'); // 'Costruzioni'
 * getLabel('43.3', 'de'); // 'Travaux de finition' (no German group title: French)
 */
export function getLabel(code: string, locale: Locale): string | undefined {
  const node = nace().get(code);
  if (node !== undefined) return node.labels[locale] ?? node.labels.fr;
  return naf().get(code)?.label;
}
