import { FILIERE_IDS, type FiliereId } from '@mbi/domain';
import {
  FILIERE_MAP,
  FILIERE_MAP_VERSION,
  type FiliereMapEntry,
  type FiliereRationale,
  type FiliereWeight,
} from './filiere-map.ts';
import { FILIERE_MAP_2025, type FiliereMapEntry2025 } from './nace-2025.ts';
import {
  type AnyActivityScheme,
  type ParsedActivityCode,
  type ParsedScheme,
  type ParseErrorCode,
  parseActivityCode,
} from './parse.ts';
import { fail, ok, type Result } from './result.ts';

/** One filière a code belongs to. */
export interface FiliereMatch {
  readonly filiere: FiliereId;
  readonly weight: FiliereWeight;
  /** English, as `rationales.en`: kept for callers written before `rationales`. */
  readonly rationale: string;
  /** Why the code belongs to the filière, in `fr`, `it`, `de` and `en`: `match.rationales[locale]`. */
  readonly rationales: FiliereRationale;
  /** The map entry that matched: a NACE class, a national sub-class (`49.39C`) or a Rev.2.1 class. */
  readonly entry: string;
}

export interface Classification {
  readonly scheme: ParsedScheme;
  readonly revision: '2' | '2.1';
  readonly nationalCode: string;
  /** NACE class: Rev.2 for the 2008 schemes, Rev.2.1 for the 2025 schemes. */
  readonly naceClass: string;
  readonly mapVersion: typeof FILIERE_MAP_VERSION;
  /** In `FILIERE_IDS` order; empty when the code belongs to no filière. */
  readonly filieres: readonly FiliereMatch[];
}

export type ClassifyErrorCode = ParseErrorCode | 'not-a-class';

export type ClassifyResult = Result<Classification, { readonly code: ClassifyErrorCode }>;

function byFiliere(a: { readonly filiere: FiliereId }, b: { readonly filiere: FiliereId }): number {
  return FILIERE_IDS.indexOf(a.filiere) - FILIERE_IDS.indexOf(b.filiere);
}

function toMatch(entry: FiliereMapEntry | FiliereMapEntry2025): FiliereMatch {
  return {
    filiere: entry.filiere,
    weight: entry.weight,
    rationale: entry.rationale,
    rationales: entry.rationales,
    entry: entry.code,
  };
}

/** The map scheme whose national entries a parsed code may use; the ambiguous six-digit form uses none. */
function nationalMapScheme(scheme: ParsedScheme): 'naf' | 'ateco' | undefined {
  if (scheme === 'naf' || scheme === 'ateco') return scheme;
  return undefined;
}

function matchRev2(parsed: ParsedActivityCode, naceClass: string): readonly FiliereMapEntry[] {
  const classEntries = FILIERE_MAP.filter((e) => e.scheme === 'nace' && e.code === naceClass);
  const mapScheme = nationalMapScheme(parsed.scheme);
  const subclass = parsed.nationalSubclass;
  if (mapScheme === undefined || subclass === undefined) return classEntries;
  const nationalEntries = FILIERE_MAP.filter((e) => e.scheme === mapScheme && e.naceClass === naceClass);
  if (nationalEntries.length === 0) return classEntries;
  const exact = nationalEntries.filter((e) => e.code === subclass);
  if (exact.length > 0) return exact;
  // A coarser national code (ATECO category 43.29.0 above 43.29.02) cannot tell the parts apart: class level.
  if (nationalEntries.some((e) => e.code.startsWith(subclass))) return classEntries;
  // The national level says which part of the class this is, and it is not the filière's part.
  return [];
}

/**
 * Says which filières an activity code belongs to, with weight and rationale, from the versioned filière map.
 * Reads the code as `parseActivityCode` does (same schemes, same inference, same errors), and needs a class or
 * finer: a section, division or group is `not-a-class`.
 *
 * National sub-classes matter where the map has entries for them: NAF `49.39C` (ski lifts) is outdoor `core`
 * while `49.39A`/`49.39B` (coaches) belong to no filière; a bare `49.39`, ATECO `49.39.xx` or NOGA `4939xx`
 * takes the class entry (outdoor `partial`). Six plain digits without a scheme (`ateco-or-noga`) always take the
 * class entry. Codes of the 2025 schemes (`nace2025`, `naf2025`, `ateco2025`, `noga2025`) are classified by
 * their NACE Rev.2.1 class through `FILIERE_MAP_2025`.
 *
 * @example
 * const result = classify('49.39C');
 * if (result.ok) result.value.filieres; // [{ filiere: 'outdoor', weight: 'core', ... }]
 * classify('47.63', 'nace2025'); // outdoor, partial: Rev.2 47.64 retail of sporting equipment
 */
export function classify(code: string, scheme?: AnyActivityScheme): ClassifyResult {
  const parsed = parseActivityCode(code, scheme);
  if (!parsed.ok) return parsed;
  const { value } = parsed;
  const naceClass = value.naceClass;
  if (naceClass === undefined) {
    return fail(
      'not-a-class',
      `${JSON.stringify(code)} is a ${value.level}; filières are mapped to classes.`,
    );
  }
  const entries =
    value.revision === '2.1'
      ? FILIERE_MAP_2025.filter((e) => e.code === naceClass)
      : matchRev2(value, naceClass);
  return ok({
    scheme: value.scheme,
    revision: value.revision,
    nationalCode: value.nationalCode,
    naceClass,
    mapVersion: FILIERE_MAP_VERSION,
    filieres: entries.map(toMatch).sort(byFiliere),
  });
}

/**
 * The NACE Rev.2 map entries of one filière (classes and national sub-classes), in map order.
 *
 * @example
 * listFiliereCodes('outdoor').find((e) => e.code === '49.39C')?.weight; // 'core'
 */
export function listFiliereCodes(filiere: FiliereId): readonly FiliereMapEntry[] {
  return FILIERE_MAP.filter((e) => e.filiere === filiere);
}

/**
 * The NACE Rev.2.1 map entries of one filière.
 *
 * @example
 * listFiliereCodes2025('phyto').find((e) => e.code === '20.59')?.weight; // 'partial'
 */
export function listFiliereCodes2025(filiere: FiliereId): readonly FiliereMapEntry2025[] {
  return FILIERE_MAP_2025.filter((e) => e.filiere === filiere);
}
