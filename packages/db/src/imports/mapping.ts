import {
  type ActivityCodeScheme,
  type CountryCode,
  type EstablishmentStatus,
  type FiliereId,
  type IdentifierScheme,
  type SizeBand,
  validateNationalIdentifier,
} from '@mbi/domain';
import { classify, parseActivityCode } from '@mbi/taxonomy';
import type { TerritoryMatch } from '../territories/queries';
import type { CountFormat, EstablishmentFormat, ImportFormat, Measure, PopulationFormat } from './formats';

/**
 * The pure part of an import: one record of a file (its cells, as strings) becomes a row to load, a skip
 * (outside the territories) or a reject naming the row, the column and the reason. Never throws, whatever the
 * cells hold (property-tested).
 */

/** Why a row was refused: stable codes, stored with the import. */
export type RejectReason =
  | 'column-count'
  | 'invalid-identifier'
  | 'missing-value'
  | 'hidden-value'
  | 'invalid-activity-code'
  | 'unsupported-nomenclature'
  | 'unknown-value'
  | 'invalid-date'
  | 'closed-before-opened'
  | 'invalid-number'
  | 'invalid-year'
  | 'invalid-text'
  | 'duplicate-row'
  | 'forbidden'
  | 'malformed-csv';

export interface RejectIssue {
  /** The row in the file, the header being row 1. */
  readonly row: number;
  /** The column at fault, as the file names it; empty for the whole row. */
  readonly column: string;
  readonly reason: RejectReason;
  readonly message: string;
  readonly value: string | null;
}

export type Mapped<T> =
  | { readonly kind: 'row'; readonly value: T }
  | { readonly kind: 'skip' }
  | { readonly kind: 'reject'; readonly issues: readonly RejectIssue[] };

/** How an activity code was read and classified. */
export interface ActivityClass {
  readonly code: string;
  readonly scheme: ActivityCodeScheme;
  readonly revision: '2' | '2.1';
  /** The NACE code at the code's level, and the level. */
  readonly naceCode: string;
  readonly level: string;
  /** Every filière of a class-level code, and those whose weight is `partial`. */
  readonly filieres: readonly FiliereId[];
  readonly partialFilieres: readonly FiliereId[];
}

export interface EstablishmentRow {
  readonly row: number;
  readonly identifier: string;
  readonly name: string;
  readonly activity: ActivityClass;
  readonly unitCode: string;
  readonly partnerId: string;
  readonly sizeBand: SizeBand;
  readonly status: EstablishmentStatus;
  readonly openedOn: string;
  readonly closedOn: string | null;
}

export interface CountRow {
  readonly row: number;
  readonly unitCode: string;
  readonly partnerId: string;
  readonly year: number;
  readonly activity: ActivityClass;
  readonly measure: Measure;
  /** A decimal string, or `null` when suppressed at source. */
  readonly value: string | null;
}

export interface PopulationRow {
  readonly row: number;
  readonly unitCode: string;
  readonly year: number;
  readonly population: number;
}

export interface MapperContext {
  /** Codes of the file's country accepted by this import (former codes included) → current unit, partner. */
  readonly territories: ReadonlyMap<string, TerritoryMatch>;
}

export interface RowMapper<T> {
  /** Maps one record; `row` is its row number in the file (header = 1). */
  map(cells: readonly string[], row: number): Mapped<T>;
}

export type HeaderProblem = { readonly code: 'missing-columns'; readonly columns: readonly string[] };

/** The establishments' identifier schemes, by country (a site, not a whole company). */
const SITE_SCHEMES: Readonly<Record<CountryCode, readonly IdentifierScheme[]>> = {
  FR: ['siret'],
  IT: ['partita-iva', 'codice-fiscale'],
  CH: ['che-uid'],
};

// biome-ignore lint/suspicious/noControlCharactersInRegex: PostgreSQL cannot store NUL; other controls are refused too
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const cut = (value: string) => (value.length > 200 ? `${value.slice(0, 199)}…` : value);

/**
 * INSEE's size bands of a head count (SIRENE `trancheEffectifsEtablissement`): 0 → 00, 1–2 → 01, 3–5 → 02,
 * 6–9 → 03, 10–19 → 11, 20–49 → 12, 50–99 → 21, 100–199 → 22, 200–249 → 31, 250–499 → 32, 500–999 → 41,
 * 1,000–1,999 → 42, 2,000–4,999 → 51, 5,000–9,999 → 52, 10,000 or more → 53.
 */
export function sizeBandOfHeadcount(count: number): SizeBand {
  const bands: ReadonlyArray<readonly [number, SizeBand]> = [
    [10_000, '53'],
    [5_000, '52'],
    [2_000, '51'],
    [1_000, '42'],
    [500, '41'],
    [250, '32'],
    [200, '31'],
    [100, '22'],
    [50, '21'],
    [20, '12'],
    [10, '11'],
    [6, '03'],
    [3, '02'],
    [1, '01'],
  ];
  for (const [floor, band] of bands) if (count >= floor) return band;
  return '00';
}

/** A date in one of the declared formats as ISO `YYYY-MM-DD`, or `null` when it is not a real date. */
export function readDate(text: string, format: 'iso' | 'dmy' | 'ymd'): string | null {
  const match =
    format === 'iso'
      ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
      : format === 'ymd'
        ? /^(\d{4})(\d{2})(\d{2})$/.exec(text)
        : /^(\d{2})[/.-](\d{2})[/.-](\d{4})$/.exec(text);
  if (match === null) return null;
  const [year, month, day] =
    format === 'dmy'
      ? [Number(match[3]), Number(match[2]), Number(match[1])]
      : [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Classifies activity codes once per (scheme, code): a file holds a few hundred distinct codes. */
export class ActivityClassifier {
  readonly #cache = new Map<string, ActivityClass | string>();

  /** The class of a code, or the message of why it cannot be read. */
  read(code: string, scheme: ActivityCodeScheme, needClass: boolean): ActivityClass | string {
    const key = `${needClass ? 'c' : 'a'}|${scheme}|${code}`;
    const cached = this.#cache.get(key);
    if (cached !== undefined) return cached;
    const result = this.#compute(code, scheme, needClass);
    if (this.#cache.size < 100_000) this.#cache.set(key, result);
    return result;
  }

  #compute(code: string, scheme: ActivityCodeScheme, needClass: boolean): ActivityClass | string {
    const parsed = parseActivityCode(code, scheme);
    if (!parsed.ok) return parsed.error.message;
    const base = {
      code: parsed.value.nationalCode,
      scheme,
      revision: parsed.value.revision,
      naceCode: parsed.value.naceClass ?? parsed.value.naceCode,
      level: parsed.value.naceClass === undefined ? parsed.value.level : 'class',
    };
    if (parsed.value.naceClass === undefined) {
      return needClass
        ? `${JSON.stringify(code)} is a ${parsed.value.level}, not a class or sub-class`
        : { ...base, filieres: [], partialFilieres: [] };
    }
    const classified = classify(code, scheme);
    if (!classified.ok) return classified.error.message;
    const filieres = [...new Set(classified.value.filieres.map((match) => match.filiere))];
    const core = new Set(
      classified.value.filieres.filter((match) => match.weight === 'core').map((match) => match.filiere),
    );
    return { ...base, filieres, partialFilieres: filieres.filter((filiere) => !core.has(filiere)) };
  }
}

/** Column positions of a header, or the columns it lacks. */
function locate(
  header: readonly string[],
  wanted: readonly string[],
): { ok: true; at: Map<string, number> } | { ok: false; error: HeaderProblem } {
  const at = new Map<string, number>();
  header.forEach((name, index) => {
    const key = name.trim();
    if (!at.has(key)) at.set(key, index);
  });
  const missing = [...new Set(wanted)].filter((name) => !at.has(name));
  return missing.length > 0
    ? { ok: false, error: { code: 'missing-columns', columns: missing } }
    : { ok: true, at };
}

class RowReader {
  readonly issues: RejectIssue[] = [];
  constructor(
    readonly cells: readonly string[],
    readonly row: number,
    readonly at: ReadonlyMap<string, number>,
    readonly hidden: ReadonlySet<string>,
  ) {}

  /** The trimmed cell of a column ('' when the row is short). */
  raw(column: string): string {
    const index = this.at.get(column);
    return index === undefined ? '' : (this.cells[index] ?? '').trim();
  }

  /** The cell, `null` when empty or hidden (`[ND]`). */
  value(column: string): string | null {
    const text = this.raw(column);
    return text === '' || this.hidden.has(text) ? null : text;
  }

  reject(
    column: string,
    reason: RejectReason,
    message: string,
    value: string | null = this.raw(column),
  ): void {
    this.issues.push({ row: this.row, column, reason, message, value: value === null ? null : cut(value) });
  }

  required(column: string, what: string): string | null {
    const text = this.raw(column);
    if (text === '') {
      this.reject(column, 'missing-value', `${what} is empty`, null);
      return null;
    }
    if (this.hidden.has(text)) {
      this.reject(column, 'hidden-value', `${what} is not disclosed in this file`);
      return null;
    }
    return text;
  }
}

function territoryOf(
  reader: RowReader,
  spec: { column: string; padTo?: number | undefined },
  context: MapperContext,
): TerritoryMatch | undefined {
  const text = reader.value(spec.column);
  if (text === null) return undefined;
  const code = spec.padTo !== undefined && /^\d+$/.test(text) ? text.padStart(spec.padTo, '0') : text;
  return context.territories.get(code);
}

function schemeOf(
  reader: RowReader,
  spec: { value: ActivityCodeScheme } | { column: string; map: Record<string, ActivityCodeScheme | null> },
): ActivityCodeScheme | null {
  if ('value' in spec) return spec.value;
  const text = reader.raw(spec.column);
  if (!Object.hasOwn(spec.map, text)) {
    reader.reject(
      spec.column,
      'unknown-value',
      `${JSON.stringify(cut(text))} is not a declared nomenclature`,
    );
    return null;
  }
  const scheme = spec.map[text] ?? null;
  if (scheme === null) {
    reader.reject(
      spec.column,
      'unsupported-nomenclature',
      `the nomenclature ${text} is not supported (NACE Rev.2 and 2025 only)`,
    );
  }
  return scheme;
}

function checkText(reader: RowReader, column: string, text: string): boolean {
  if (CONTROL.test(text) || LONE_SURROGATE.test(text)) {
    reader.reject(column, 'invalid-text', 'the text holds control characters or is not valid Unicode', null);
    return false;
  }
  return true;
}

function establishmentMapper(
  format: EstablishmentFormat,
  at: ReadonlyMap<string, number>,
  width: number,
  context: MapperContext,
): RowMapper<EstablishmentRow> {
  const columns = format.columns;
  const hidden = new Set(format.hiddenValues);
  const classifier = new ActivityClassifier();
  return {
    map(cells, row) {
      const reader = new RowReader(cells, row, at, hidden);
      const unit = territoryOf(reader, columns.territory, context);
      if (unit === undefined) return { kind: 'skip' };
      if (cells.length !== width) {
        reader.reject('', 'column-count', `the row has ${cells.length} columns, the header ${width}`, null);
        return { kind: 'reject', issues: reader.issues };
      }
      let identifier: string | null = null;
      const rawIdentifier = reader.required(columns.identifier, 'the identifier');
      if (rawIdentifier !== null) {
        const checked = validateNationalIdentifier(format.country, rawIdentifier);
        if (!checked.ok) {
          reader.reject(columns.identifier, 'invalid-identifier', checked.error.message);
        } else if (!SITE_SCHEMES[format.country].includes(checked.scheme)) {
          reader.reject(
            columns.identifier,
            'invalid-identifier',
            `a ${checked.scheme} does not name an establishment`,
          );
        } else {
          identifier = checked.value;
        }
      }
      let name = identifier ?? '';
      for (const column of columns.name) {
        const text = reader.value(column);
        if (text !== null) {
          if (checkText(reader, column, text)) name = text.length > 200 ? `${text.slice(0, 199)}…` : text;
          break;
        }
      }
      const scheme = schemeOf(reader, columns.activityScheme);
      const code = reader.required(columns.activityCode, 'the activity code');
      let activity: ActivityClass | null = null;
      if (scheme !== null && code !== null) {
        const read = classifier.read(code, scheme, true);
        if (typeof read === 'string') reader.reject(columns.activityCode, 'invalid-activity-code', read);
        else activity = read;
      }
      let sizeBand: SizeBand | null = null;
      if ('headcount' in columns.sizeBand) {
        const text = reader.value(columns.sizeBand.column);
        if (text === null) sizeBand = 'NN';
        else if (/^\d{1,7}$/.test(text)) sizeBand = sizeBandOfHeadcount(Number(text));
        else reader.reject(columns.sizeBand.column, 'invalid-number', 'the head count is not a whole number');
      } else {
        const text = reader.raw(columns.sizeBand.column);
        const band = Object.hasOwn(columns.sizeBand.map, text) ? columns.sizeBand.map[text] : undefined;
        if (band !== undefined && band !== null) sizeBand = band;
        else if (columns.sizeBand.default !== undefined) sizeBand = columns.sizeBand.default;
        else
          reader.reject(
            columns.sizeBand.column,
            'unknown-value',
            `${JSON.stringify(cut(text))} is not a size band`,
          );
      }
      const statusText = reader.raw(columns.status.column);
      const status = Object.hasOwn(columns.status.map, statusText)
        ? (columns.status.map[statusText] ?? null)
        : null;
      if (status === null) {
        reader.reject(
          columns.status.column,
          'unknown-value',
          `${JSON.stringify(cut(statusText))} is not a declared status`,
        );
      }
      let openedOn: string | null = null;
      const openedText = reader.required(columns.openedOn.column, 'the creation date');
      if (openedText !== null) {
        openedOn = readDate(openedText, columns.openedOn.format);
        if (openedOn === null)
          reader.reject(columns.openedOn.column, 'invalid-date', 'not a date in the declared format');
      }
      let closedOn: string | null = null;
      if (status === 'closed' && columns.closedOn !== undefined) {
        const text = reader.value(columns.closedOn.column);
        if (text !== null) {
          closedOn = readDate(text, columns.closedOn.format);
          if (closedOn === null) {
            reader.reject(columns.closedOn.column, 'invalid-date', 'not a date in the declared format');
          } else if (openedOn !== null && closedOn < openedOn) {
            reader.reject(
              columns.closedOn.column,
              'closed-before-opened',
              `closed on ${closedOn}, before its creation on ${openedOn}`,
            );
          }
        }
      }
      if (
        reader.issues.length > 0 ||
        identifier === null ||
        activity === null ||
        sizeBand === null ||
        status === null ||
        openedOn === null
      ) {
        return { kind: 'reject', issues: reader.issues };
      }
      return {
        kind: 'row',
        value: {
          row,
          identifier,
          name,
          activity,
          unitCode: unit.code,
          partnerId: unit.partnerId,
          sizeBand,
          status,
          openedOn,
          closedOn,
        },
      };
    },
  };
}

function readYear(reader: RowReader, column: string): number | null {
  const text = reader.required(column, 'the year');
  if (text === null) return null;
  const year = /^\d{4}$/.test(text) ? Number(text) : Number.NaN;
  if (!(year >= 1900 && year <= 2100)) {
    reader.reject(column, 'invalid-year', 'the year is not a year between 1900 and 2100');
    return null;
  }
  return year;
}

/** A count as a decimal string: thousands separators dropped, the declared decimal mark read. */
export function readCount(text: string, decimalMark: '.' | ','): string | null {
  const compact = text.replace(/[\s'’\u00a0\u202f]/g, '');
  const normal =
    decimalMark === ',' ? compact.replace(/\./g, '').replace(',', '.') : compact.replace(/,/g, '');
  if (!/^\d{1,12}(\.\d{1,2})?$/.test(normal)) return null;
  return normal.replace(/^0+(?=\d)/, '');
}

function countMapper(
  format: CountFormat,
  at: ReadonlyMap<string, number>,
  width: number,
  context: MapperContext,
): RowMapper<CountRow[]> {
  const columns = format.columns;
  const hidden = new Set(format.hiddenValues);
  const suppressed = new Set(format.suppressedValues);
  const classifier = new ActivityClassifier();
  return {
    map(cells, row) {
      const reader = new RowReader(cells, row, at, hidden);
      const unit = territoryOf(reader, columns.territory, context);
      if (unit === undefined) return { kind: 'skip' };
      if (cells.length !== width) {
        reader.reject('', 'column-count', `the row has ${cells.length} columns, the header ${width}`, null);
        return { kind: 'reject', issues: reader.issues };
      }
      const year = readYear(reader, columns.year);
      const scheme = schemeOf(reader, columns.activityScheme);
      const code = reader.required(columns.activityCode, 'the activity code');
      let activity: ActivityClass | null = null;
      if (scheme !== null && code !== null) {
        const read = classifier.read(code, scheme, false);
        if (typeof read === 'string') reader.reject(columns.activityCode, 'invalid-activity-code', read);
        else activity = read;
      }
      const values: Array<{ measure: Measure; value: string | null }> = [];
      for (const { measure, column } of columns.measures) {
        const text = reader.raw(column);
        if (text === '') continue;
        if (suppressed.has(text)) {
          values.push({ measure, value: null });
          continue;
        }
        const value = readCount(text, format.decimalMark);
        if (value === null)
          reader.reject(column, 'invalid-number', 'not a count (digits, at most two decimals)');
        else values.push({ measure, value });
      }
      if (reader.issues.length > 0 || year === null || activity === null) {
        return { kind: 'reject', issues: reader.issues };
      }
      const found = activity;
      return {
        kind: 'row',
        value: values.map(({ measure, value }) => ({
          row,
          unitCode: unit.code,
          partnerId: unit.partnerId,
          year,
          activity: found,
          measure,
          value,
        })),
      };
    },
  };
}

function populationMapper(
  format: PopulationFormat,
  at: ReadonlyMap<string, number>,
  width: number,
  context: MapperContext,
): RowMapper<PopulationRow> {
  const columns = format.columns;
  const hidden = new Set(format.hiddenValues);
  return {
    map(cells, row) {
      const reader = new RowReader(cells, row, at, hidden);
      const unit = territoryOf(reader, columns.territory, context);
      if (unit === undefined) return { kind: 'skip' };
      if (cells.length !== width) {
        reader.reject('', 'column-count', `the row has ${cells.length} columns, the header ${width}`, null);
        return { kind: 'reject', issues: reader.issues };
      }
      const year = readYear(reader, columns.year);
      const text = reader.required(columns.population, 'the population');
      const value = text === null ? null : readCount(text, '.');
      if (text !== null && (value === null || value.includes('.') || Number(value) > 2_000_000_000)) {
        reader.reject(columns.population, 'invalid-number', 'the population is not a whole number');
      }
      if (reader.issues.length > 0 || year === null || value === null) {
        return { kind: 'reject', issues: reader.issues };
      }
      return { kind: 'row', value: { row, unitCode: unit.code, year, population: Number(value) } };
    },
  };
}

/** The columns a format reads. */
export function formatColumns(format: ImportFormat): string[] {
  const c = format.columns;
  switch (format.kind) {
    case 'establishments': {
      const e = format.columns;
      return [
        e.identifier,
        ...e.name,
        e.territory.column,
        e.activityCode,
        ...('column' in e.activityScheme ? [e.activityScheme.column] : []),
        e.sizeBand.column,
        e.status.column,
        e.openedOn.column,
        ...(e.closedOn === undefined ? [] : [e.closedOn.column]),
      ];
    }
    case 'counts': {
      const k = format.columns;
      return [
        k.territory.column,
        k.activityCode,
        ...('column' in k.activityScheme ? [k.activityScheme.column] : []),
        k.year,
        ...k.measures.map((m) => m.column),
      ];
    }
    case 'population':
      return [format.columns.territory.column, format.columns.year, format.columns.population];
    default:
      return Object.keys(c);
  }
}

export type AnyRow = EstablishmentRow | CountRow[] | PopulationRow;

/**
 * The mapper of a format for a file with this header, or the columns the header lacks.
 *
 * @example
 * const mapper = compileMapper(importFormat('sirene-establishments')!, header, { territories });
 * if (mapper.ok) mapper.value.map(cells, 2); // { kind: 'row', value: { identifier: '356000000…', … } }
 */
export function compileMapper(
  format: ImportFormat,
  header: readonly string[],
  context: MapperContext,
):
  | { ok: true; value: RowMapper<EstablishmentRow> | RowMapper<CountRow[]> | RowMapper<PopulationRow> }
  | { ok: false; error: HeaderProblem } {
  const located = locate(header, formatColumns(format));
  if (!located.ok) return located;
  switch (format.kind) {
    case 'establishments':
      return { ok: true, value: establishmentMapper(format, located.at, header.length, context) };
    case 'counts':
      return { ok: true, value: countMapper(format, located.at, header.length, context) };
    case 'population':
      return { ok: true, value: populationMapper(format, located.at, header.length, context) };
  }
}
