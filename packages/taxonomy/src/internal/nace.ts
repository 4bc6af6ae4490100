import type { Locale } from '@mbi/domain';
import { NAF_CLASSES, NAF_DIVISIONS, NAF_GROUPS, NAF_SUBCLASSES } from './generated/naf-rev2.ts';
import { NOGA_TITLES } from './generated/noga2008-titles.ts';
import { NACE_SECTIONS } from './nace-sections.ts';

/** The four levels of NACE Rev.2, shared by NAF rév. 2, ATECO 2007 and NOGA 2008. */
export type NaceLevel = 'section' | 'division' | 'group' | 'class';

/**
 * Titles of a NACE Rev.2 code in the four languages of the project. French: INSEE NAF rév. 2. Italian, German and
 * English: BFS NOGA 2008 (the Swiss version of NACE Rev.2, same codes down to the class).
 */
export interface NaceLabels {
  readonly fr: string;
  readonly it: string;
  readonly de: string;
  readonly en: string;
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

type OtherTitles = Omit<NaceLabels, 'fr'>;

function sectionOfDivision(division: string): string {
  const row = NACE_SECTIONS.find((s) => s.from <= division && division <= s.to);
  // The generated list and the hand-written ranges come from two sources; a gap is a data bug.
  if (row === undefined) throw new Error(`NACE: division ${division} falls in no section`);
  return row.code;
}

function buildIndex(): ReadonlyMap<string, NaceNode> {
  const titles = new Map<string, OtherTitles>(
    NOGA_TITLES.map(([code, it, de, en]) => [code, { it, de, en }]),
  );
  const labels = (code: string, fr: string): NaceLabels => {
    const other = titles.get(code);
    // INSEE and the BFS list the same 996 codes (a test checks it); a code missing from one is a data bug.
    if (other === undefined) throw new Error(`NACE: no NOGA 2008 titles for ${code}`);
    return { fr, ...other };
  };
  const index = new Map<string, NaceNode>();
  for (const s of NACE_SECTIONS) {
    index.set(s.code, {
      code: s.code,
      level: 'section',
      parent: null,
      divisionRange: [s.from, s.to],
      labels: labels(s.code, s.fr),
    });
  }
  for (const [code, fr] of NAF_DIVISIONS) {
    const section = sectionOfDivision(code);
    index.set(code, { code, level: 'division', parent: section, section, labels: labels(code, fr) });
  }
  for (const [code, fr] of NAF_GROUPS) {
    const division = code.slice(0, 2);
    index.set(code, {
      code,
      level: 'group',
      parent: division,
      section: sectionOfDivision(division),
      division,
      labels: labels(code, fr),
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
      labels: labels(code, fr),
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
 * Title of a NACE code (any level: section, division, group, class) or NAF sub-class in a locale. Every NACE
 * code has a title in `fr`, `it`, `de` and `en`; NAF sub-classes have INSEE's French title only, which is
 * returned in every locale. Returns `undefined` for an unknown code.
 *
 * @example
 * getLabel('F', 'it'); // 'Costruzioni'
 * getLabel('43.3', 'de'); // 'Sonstiger Ausbau'
 * getLabel('49.39C', 'en'); // 'Téléphériques et remontées mécaniques' (NAF sub-class: French only)
 */
export function getLabel(code: string, locale: Locale): string | undefined {
  const node = nace().get(code);
  if (node !== undefined) return node.labels[locale];
  return naf().get(code)?.label;
}
