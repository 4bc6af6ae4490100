import { getNaceCode, getNafSubclass } from './nace.ts';
import { fail, ok, type Result } from './result.ts';

/**
 * Code systems of NACE Rev.2 (2008): the EU classification and the French, Italian and Swiss versions.
 *
 * @example
 * ACTIVITY_SCHEMES.includes('naf'); // true
 */
export const ACTIVITY_SCHEMES = ['nace', 'naf', 'ateco', 'noga'] as const;
export type ActivityScheme = (typeof ACTIVITY_SCHEMES)[number];

/**
 * Code systems of NACE Rev.2.1 (2025): NACE Rev.2.1 and NAF 2025, ATECO 2025, NOGA 2025. They share their
 * notation with the 2008 systems, so they are never inferred: pass the scheme.
 *
 * @example
 * parseActivityCode('43.35', ACTIVITY_SCHEMES_2025[0]).ok; // true: 43.35 is a NACE Rev.2.1 class
 */
export const ACTIVITY_SCHEMES_2025 = ['nace2025', 'naf2025', 'ateco2025', 'noga2025'] as const;
export type ActivityScheme2025 = (typeof ACTIVITY_SCHEMES_2025)[number];

/** Every scheme `parseActivityCode` and `classify` accept. */
export type AnyActivityScheme = ActivityScheme | ActivityScheme2025;

/**
 * Scheme of a parsed code. `ateco-or-noga` is a six-digit code without dots read without a scheme: ATECO and
 * NOGA share that notation, and both map to NACE by their first four digits.
 */
export type ParsedScheme = AnyActivityScheme | 'ateco-or-noga';

/** `subclass` is a national level below the NACE class (NAF `43.31Z`, ATECO `43.31.00`, NOGA `433100`). */
export type ActivityCodeLevel = 'section' | 'division' | 'group' | 'class' | 'subclass';

export interface ParsedActivityCode {
  readonly scheme: ParsedScheme;
  /** NACE revision the code belongs to: `2` (2008 systems) or `2.1` (2025 systems). */
  readonly revision: '2' | '2.1';
  /** The input as given. */
  readonly input: string;
  /** The code in its scheme's own notation: `43.31Z`, `43.31.00`, `433100`, `4331` (NOGA class), `43.31`. */
  readonly nationalCode: string;
  readonly level: ActivityCodeLevel;
  /** The NACE code at the input's level (or the class above a national sub-class): `F`, `43`, `43.3`, `43.31`. */
  readonly naceCode: string;
  /** The NACE class, when the input is at class level or finer. */
  readonly naceClass?: string;
  /** The national code below the class, when given: `43.31Z`, `43.31.00`, `43.31.0`, `433100`. */
  readonly nationalSubclass?: string;
}

export type ParseErrorCode =
  | 'not-a-code'
  | 'malformed'
  | 'unknown-code'
  | 'unknown-subclass'
  | 'scheme-mismatch'
  | 'unknown-scheme';

export type ParseActivityCodeResult = Result<ParsedActivityCode, { readonly code: ParseErrorCode }>;

type Shape =
  | { readonly kind: 'section'; readonly letter: string }
  | { readonly kind: 'division'; readonly division: string }
  | { readonly kind: 'group'; readonly group: string }
  | { readonly kind: 'class'; readonly cls: string }
  | { readonly kind: 'naf'; readonly cls: string; readonly letter: string }
  | { readonly kind: 'dotted'; readonly cls: string; readonly tail: string }
  | { readonly kind: 'six'; readonly cls: string; readonly tail: string };

const CLASS_RE = /^(\d{2})\.?(\d{2})$/;
const NAF_RE = /^(\d{2})\.?(\d{2})([A-Z])$/;
const DOTTED_RE = /^(\d{2})\.(\d{2})\.(\d{1,2})$/;
const SIX_RE = /^(\d{2})(\d{2})(\d{2})$/;

function readShape(code: string): Shape | undefined {
  if (/^[A-Z]$/.test(code)) return { kind: 'section', letter: code };
  if (/^\d{2}$/.test(code)) return { kind: 'division', division: code };
  if (/^\d{2}\.\d$/.test(code)) return { kind: 'group', group: code };
  const cls = CLASS_RE.exec(code);
  if (cls) return { kind: 'class', cls: `${cls[1]}.${cls[2]}` };
  const naf = NAF_RE.exec(code);
  if (naf) return { kind: 'naf', cls: `${naf[1]}.${naf[2]}`, letter: naf[3] ?? '' };
  const dotted = DOTTED_RE.exec(code);
  if (dotted) return { kind: 'dotted', cls: `${dotted[1]}.${dotted[2]}`, tail: dotted[3] ?? '' };
  const six = SIX_RE.exec(code);
  if (six) return { kind: 'six', cls: `${six[1]}.${six[2]}`, tail: six[3] ?? '' };
  return undefined;
}

const SCHEME_NAMES: Readonly<Record<AnyActivityScheme, string>> = {
  nace: 'NACE Rev.2',
  naf: 'NAF rév. 2',
  ateco: 'ATECO 2007',
  noga: 'NOGA 2008',
  nace2025: 'NACE Rev.2.1',
  naf2025: 'NAF 2025',
  ateco2025: 'ATECO 2025',
  noga2025: 'NOGA 2025',
};

function isScheme(value: unknown): value is AnyActivityScheme {
  return typeof value === 'string' && Object.hasOwn(SCHEME_NAMES, value);
}

/** The 2008 scheme whose notation a 2025 scheme shares. */
function baseOf(scheme: AnyActivityScheme): ActivityScheme {
  switch (scheme) {
    case 'nace2025':
      return 'nace';
    case 'naf2025':
      return 'naf';
    case 'ateco2025':
      return 'ateco';
    case 'noga2025':
      return 'noga';
    default:
      return scheme;
  }
}

/** NOGA writes every level without dots (`43`, `433`, `4331`, `433100`); the others use NACE dots. */
function nationalNotation(scheme: ParsedScheme, naceCode: string): string {
  return scheme === 'noga' || scheme === 'noga2025' ? naceCode.replace('.', '') : naceCode;
}

function inferScheme(shape: Shape): ActivityScheme | 'ateco-or-noga' {
  switch (shape.kind) {
    case 'naf':
      return 'naf';
    case 'dotted':
      return 'ateco';
    case 'six':
      return 'ateco-or-noga';
    default:
      return 'nace';
  }
}

function accepts(base: ActivityScheme, shape: Shape): boolean {
  switch (shape.kind) {
    case 'section':
    case 'division':
    case 'group':
    case 'class':
      return true;
    case 'naf':
      return base === 'naf';
    case 'dotted':
      return base === 'ateco' || (base === 'noga' && shape.tail.length === 2);
    case 'six':
      return base === 'ateco' || base === 'noga';
  }
}

/**
 * Reads an activity code of NACE Rev.2 or one of its national versions and maps it to NACE, or says why it
 * cannot. Accepts, case-insensitively and with surrounding spaces trimmed:
 * - NACE: `43.31`, `4331`, and the upper levels `43.3`, `43`, `F`;
 * - NAF rév. 2: `43.31Z`, `4331Z` (the sub-class letter must exist in INSEE's list);
 * - ATECO 2007: `43.31.00`, `43.31.0`, `433100`;
 * - NOGA 2008: `433100` (and `43.31.00`).
 *
 * Without `scheme` the shape decides: a trailing letter is NAF, a dotted three-part code ATECO, six plain digits
 * `ateco-or-noga` (both notations; mapped by the first four digits), anything else NACE. The 2025 schemes
 * (`nace2025`, `naf2025`, `ateco2025`, `noga2025`) are never inferred.
 *
 * Limits: ATECO and NOGA digits 5–6 are not validated (no offline list of them exists), only that the first
 * four digits are a NACE class. Codes of a 2025 scheme are checked for shape only (sections A–V), as the package
 * holds no full NACE Rev.2.1 list.
 *
 * @example
 * parseActivityCode('4331z'); // ok: { scheme: 'naf', nationalCode: '43.31Z', naceClass: '43.31', ... }
 * parseActivityCode('43.35'); // error 'unknown-code': not a NACE Rev.2 class
 * parseActivityCode('43.31.00', 'naf'); // error 'scheme-mismatch'
 */
export function parseActivityCode(input: string, scheme?: AnyActivityScheme): ParseActivityCodeResult {
  if (scheme !== undefined && !isScheme(scheme)) {
    return fail('unknown-scheme', `Unknown code scheme ${JSON.stringify(scheme)}.`);
  }
  if (typeof input !== 'string') return fail('not-a-code', 'The activity code must be a string.');
  const code = input.trim().toUpperCase();
  if (!/\d/.test(code) && !/^[A-Z]$/.test(code)) {
    return fail('not-a-code', `${JSON.stringify(input)} is not an activity code.`);
  }
  const shape = readShape(code);
  if (shape === undefined) {
    return fail('malformed', `${JSON.stringify(input)} does not have the shape of an activity code.`);
  }
  const parsedScheme: ParsedScheme = scheme ?? inferScheme(shape);
  if (scheme !== undefined && !accepts(baseOf(scheme), shape)) {
    return fail(
      'scheme-mismatch',
      `${JSON.stringify(input)} is not written as a ${SCHEME_NAMES[scheme]} code.`,
    );
  }
  const revision = parsedScheme.endsWith('2025') ? '2.1' : '2';
  const base = { scheme: parsedScheme, revision, input } as const;

  if (revision === '2.1') return parse2025({ ...base, revision }, shape, input);

  switch (shape.kind) {
    case 'section':
    case 'division':
    case 'group':
    case 'class': {
      const naceCode = shapeCode(shape);
      const node = getNaceCode(naceCode);
      if (node === undefined)
        return fail('unknown-code', `${JSON.stringify(input)} is not a NACE Rev.2 code.`);
      const upper = { ...base, nationalCode: nationalNotation(parsedScheme, naceCode), naceCode };
      return node.level === 'class'
        ? ok({ ...upper, level: 'class', naceClass: naceCode })
        : ok({ ...upper, level: node.level });
    }
    case 'naf': {
      if (getNaceCode(shape.cls) === undefined) {
        return fail('unknown-code', `${JSON.stringify(input)}: ${shape.cls} is not a NACE Rev.2 class.`);
      }
      const subclass = `${shape.cls}${shape.letter}`;
      if (getNafSubclass(subclass) === undefined) {
        return fail(
          'unknown-subclass',
          `${JSON.stringify(input)}: ${subclass} is not a NAF rév. 2 sub-class.`,
        );
      }
      return ok({
        ...base,
        nationalCode: subclass,
        level: 'subclass',
        naceCode: shape.cls,
        naceClass: shape.cls,
        nationalSubclass: subclass,
      });
    }
    case 'dotted':
    case 'six': {
      if (getNaceCode(shape.cls) === undefined) {
        return fail('unknown-code', `${JSON.stringify(input)}: ${shape.cls} is not a NACE Rev.2 class.`);
      }
      const subclass = sixDigitNotation(parsedScheme, shape);
      return ok({
        ...base,
        nationalCode: subclass,
        level: 'subclass',
        naceCode: shape.cls,
        naceClass: shape.cls,
        nationalSubclass: subclass,
      });
    }
  }
}

function shapeCode(shape: Shape): string {
  switch (shape.kind) {
    case 'section':
      return shape.letter;
    case 'division':
      return shape.division;
    case 'group':
      return shape.group;
    default:
      return shape.cls;
  }
}

/** ATECO keeps its dots (`43.31.00`, or the five-digit category `43.31.0`); NOGA and the ambiguous form none. */
function sixDigitNotation(scheme: ParsedScheme, shape: Shape & { readonly kind: 'dotted' | 'six' }): string {
  if (scheme === 'ateco' || scheme === 'ateco2025') return `${shape.cls}.${shape.tail}`;
  return `${shape.cls.replace('.', '')}${shape.tail}`;
}

function parse2025(
  base: { readonly scheme: ParsedScheme; readonly revision: '2.1'; readonly input: string },
  shape: Shape,
  input: string,
): ParseActivityCodeResult {
  if (shape.kind === 'section') {
    if (shape.letter > 'V')
      return fail('unknown-code', `${JSON.stringify(input)} is not a NACE Rev.2.1 section.`);
    return ok({ ...base, nationalCode: shape.letter, level: 'section', naceCode: shape.letter });
  }
  if (shape.kind === 'division' || shape.kind === 'group') {
    const naceCode = shapeCode(shape);
    return ok({
      ...base,
      nationalCode: nationalNotation(base.scheme, naceCode),
      level: shape.kind,
      naceCode,
    });
  }
  if (shape.kind === 'class') {
    return ok({
      ...base,
      nationalCode: nationalNotation(base.scheme, shape.cls),
      level: 'class',
      naceCode: shape.cls,
      naceClass: shape.cls,
    });
  }
  const subclass =
    shape.kind === 'naf' ? `${shape.cls}${shape.letter}` : sixDigitNotation(base.scheme, shape);
  return ok({
    ...base,
    nationalCode: subclass,
    level: 'subclass',
    naceCode: shape.cls,
    naceClass: shape.cls,
    nationalSubclass: subclass,
  });
}
