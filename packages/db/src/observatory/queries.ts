import { FILIERE_MAP_VERSION } from '@mbi/taxonomy';
import { type SQL, sql } from 'drizzle-orm';
import { currentChangeSeq } from '../audit/audit';
import { type Db, queryRows } from '../connection';
import type { CellState } from './internal/confidentiality';

/**
 * The indicators of the observatory, read from the precomputed `observatory_cells` and laid out in tidy long
 * form: one row per year × territory node × filière (× NACE class) × measure, each with its state.
 */

/** Every measure an answer can hold. */
export const INDICATOR_MEASURES = [
  'establishments',
  'employees',
  'creations',
  'closures',
  'establishments-share',
  'employees-share',
  'establishments-per-1000',
  'employees-per-1000',
  'establishments-change',
  'employees-change',
  'establishments-lq',
  'employees-lq',
] as const;
export type IndicatorMeasure = (typeof INDICATOR_MEASURES)[number];

export const INDICATOR_LEVELS = ['unit', 'partner', 'country'] as const;

/** `core`; `partial`: a class the filière map weighs partial, counted in full; `mixed`: a total holding such classes. */
export const INDICATOR_WEIGHTS = ['core', 'partial', 'mixed'] as const;
export type IndicatorWeight = (typeof INDICATOR_WEIGHTS)[number];
export type IndicatorLevel = (typeof INDICATOR_LEVELS)[number];

export interface IndicatorFilters {
  readonly filiere?: string | undefined;
  readonly measures?: readonly IndicatorMeasure[] | undefined;
  readonly years?: readonly number[] | undefined;
  /** Default `unit`. */
  readonly level?: IndicatorLevel | undefined;
  readonly country?: string | undefined;
  /** A unit code, partner id or country code, at the chosen level. */
  readonly territory?: string | undefined;
  /** `filiere` (default): the filières' totals; `class`: one row per NACE class of each filière. */
  readonly breakdown?: 'filiere' | 'class' | undefined;
}

export interface IndicatorRow {
  readonly year: number;
  readonly level: IndicatorLevel;
  readonly country: string;
  /** Unit code, partner id or country code. */
  readonly territory: string;
  readonly name: string;
  readonly filiere: string;
  /** The NACE class (class breakdown), `null` for a filière's total. */
  readonly naceClass: string | null;
  readonly measure: IndicatorMeasure;
  /** `null` unless `status` is `value`. */
  readonly value: number | null;
  /** Employees from size bands: the range's bounds (`high` null when a band is open-ended). */
  readonly low: number | null;
  readonly high: number | null;
  readonly status: CellState;
  /** `core`, `partial` (a class the filière map weighs partial, counted in full) or `mixed` (a total with such classes). */
  readonly weight: IndicatorWeight | null;
  /** The source format the figures come from; `null` without data. */
  readonly source: string | null;
  /** How employees were obtained: `size-bands`, `persons-employed` (ISTAT addetti) or `employees` (BFS). */
  readonly employeesBasis: string | null;
}

export interface IndicatorList {
  readonly items: IndicatorRow[];
  /** Every year the observatory has data for (any country). */
  readonly years: number[];
  /** The change clock and the filière map's version: the answers' ETag. */
  readonly dataVersion: string;
}

interface CellRow {
  year: number;
  country: string;
  level: IndicatorLevel;
  territory: string;
  filiere: string;
  nace_class: string;
  weight: IndicatorWeight;
  source: string;
  employees_basis: string;
  status: CellState;
  establishments: string | null;
  employees_low: string | null;
  employees_central: string | null;
  employees_high: string | null;
  creations: number | null;
  closures: number | null;
  local_status: CellState;
  local_establishments: string | null;
  local_employees: string | null;
}

/**
 * The whole Espace Mont-Blanc's figures for one year × filière (× NACE class), the location quotients'
 * reference: every country's country-level cell and local economy added, `status` the state of the first that
 * is not published (`no-data` when a country has no data that year).
 */
interface Reference {
  readonly status: CellState;
  readonly establishments: number;
  readonly employees: number;
  readonly localEstablishments: number;
  readonly localEmployees: number;
}

const n = (value: string | number | null): number | null => (value === null ? null : Number(value));
const round2 = (value: number) => Math.round(value * 100) / 100;
const COUNTRY_ORDER: Record<string, number> = { FR: 0, IT: 1, CH: 2 };
const LEVEL_ORDER: Record<string, number> = { unit: 0, partner: 1, country: 2 };

/**
 * The version of the indicators: the change clock (every import that changes data moves it, and refreshes the
 * indicators in the same transaction) and the filière map's version.
 *
 * @example
 * const version = await indicatorsVersion(database.db); // '2026.2.42'
 */
export async function indicatorsVersion(db: Db): Promise<string> {
  return `${FILIERE_MAP_VERSION}.${await currentChangeSeq(db)}`;
}

/**
 * Reads the indicators in long form. Shares are percentages of the territory's whole local economy
 * (establishments or employees of every activity); rates per 1,000 inhabitants use the unit's population of the
 * year (else the latest before it, else the first after it; partner and country rates need every unit's);
 * changes compare with the previous year; location quotients (`*-lq`) divide the territory's share by the whole
 * Espace Mont-Blanc's share (every country's country-level figures added, for the same year, filière and class),
 * and need every country to have data that year. A derived figure is published only when every figure it is made of
 * is: otherwise it takes the state of the one that is not.
 *
 * @example
 * const { items } = await listIndicators(db, { filiere: 'outdoor', measures: ['establishments'], level: 'unit' });
 * items[0]; // { year: 2024, territory: '74056', measure: 'establishments', value: 41, status: 'value', … }
 */
export async function listIndicators(db: Db, filters: IndicatorFilters): Promise<IndicatorList> {
  const level = filters.level ?? 'unit';
  const breakdown = filters.breakdown ?? 'filiere';
  const measures = filters.measures ?? INDICATOR_MEASURES;
  const dataVersion = await indicatorsVersion(db);
  const knownYears = (
    await queryRows<{ year: number }>(db, sql`select distinct year from observatory_cells order by year`)
  ).map((row) => Number(row.year));
  const years = filters.years === undefined ? knownYears : [...new Set(filters.years)].sort((a, b) => a - b);
  if (years.length === 0) return { items: [], years: knownYears, dataVersion };
  const wanted = [...new Set(years.flatMap((year) => [year, year - 1]))];
  const conditions: SQL[] = [
    sql`level = ${level}`,
    sql`year in (${sql.join(
      wanted.map((year) => sql`${year}`),
      sql`, `,
    )})`,
    breakdown === 'filiere' ? sql`nace_class = ''` : sql`nace_class <> ''`,
  ];
  if (filters.filiere !== undefined) conditions.push(sql`filiere = ${filters.filiere}`);
  if (filters.country !== undefined) conditions.push(sql`country = ${filters.country}`);
  if (filters.territory !== undefined) conditions.push(sql`territory = ${filters.territory}`);
  const cells = await queryRows<CellRow>(
    db,
    sql`select year, country, level, territory, filiere, nace_class, weight, source, employees_basis, status,
      establishments, employees_low, employees_central, employees_high, creations, closures, local_status,
      local_establishments, local_employees
    from observatory_cells where ${sql.join(conditions, sql` and `)}`,
  );
  const nodes = await territoryNodes(db, level, filters);
  const populations = await populationsOf(db, level, nodes);
  const referenceOf = measures.some((measure) => measure.endsWith('-lq'))
    ? await wholeRegion(db, years, breakdown, filters.filiere)
    : () => undefined;

  const byKey = new Map<string, CellRow>();
  const key = (year: number, country: string, territory: string, filiere: string, naceClass: string) =>
    `${year}|${country}|${territory}|${filiere}|${naceClass}`;
  const countryYears = new Set<string>();
  for (const cell of cells) {
    byKey.set(key(cell.year, cell.country, cell.territory, cell.filiere, cell.nace_class), cell);
    countryYears.add(`${cell.country}|${cell.year}`);
  }
  // Country-years with rows at another level or filière still have data: only a country-year without any is `no-data`.
  const withData = new Set(
    (
      await queryRows<{ country: string; year: number }>(
        db,
        sql`select distinct country, year from observatory_cells`,
      )
    ).map((row) => `${row.country}|${row.year}`),
  );

  const items: IndicatorRow[] = [];
  const filieres = filters.filiere === undefined ? null : [filters.filiere];
  for (const year of years) {
    for (const cell of cells) {
      if (cell.year !== year) continue;
      const previous = byKey.get(key(year - 1, cell.country, cell.territory, cell.filiere, cell.nace_class));
      const node = nodes.get(`${cell.country}|${cell.territory}`);
      const population = populations.get(`${cell.country}|${cell.territory}`)?.(year) ?? null;
      for (const measure of measures) {
        items.push(
          measureRow(cell, measure, {
            name: node?.name ?? cell.territory,
            previous,
            previousKnown: withData.has(`${cell.country}|${year - 1}`),
            population,
            reference: referenceOf(year, cell.filiere, cell.nace_class),
          }),
        );
      }
    }
    if (breakdown !== 'filiere') continue;
    for (const node of nodes.values()) {
      if (withData.has(`${node.country}|${year}`)) continue;
      for (const filiere of filieres ?? ['outdoor', 'phyto', 'renovation']) {
        for (const measure of measures) items.push(noData(year, level, node, filiere, measure));
      }
    }
  }
  items.sort(
    (a, b) =>
      a.year - b.year ||
      (COUNTRY_ORDER[a.country] ?? 9) - (COUNTRY_ORDER[b.country] ?? 9) ||
      (LEVEL_ORDER[a.level] ?? 9) - (LEVEL_ORDER[b.level] ?? 9) ||
      (a.territory < b.territory ? -1 : a.territory > b.territory ? 1 : 0) ||
      (a.filiere < b.filiere ? -1 : a.filiere > b.filiere ? 1 : 0) ||
      ((a.naceClass ?? '') < (b.naceClass ?? '') ? -1 : (a.naceClass ?? '') > (b.naceClass ?? '') ? 1 : 0) ||
      INDICATOR_MEASURES.indexOf(a.measure) - INDICATOR_MEASURES.indexOf(b.measure),
  );
  return { items, years: knownYears, dataVersion };
}

interface TerritoryNode {
  readonly country: string;
  readonly territory: string;
  readonly name: string;
  /** The units it holds (itself for a unit). */
  readonly units: readonly string[];
}

async function territoryNodes(
  db: Db,
  level: IndicatorLevel,
  filters: IndicatorFilters,
): Promise<Map<string, TerritoryNode>> {
  const units = await queryRows<{
    country: string;
    code: string;
    name: string;
    partner_id: string;
    partner_name: string;
  }>(
    db,
    sql`select u.country, u.code, u.name, u.partner_id, p.name as partner_name
      from territory_units u join partners p on p.id = u.partner_id order by u.country, u.code`,
  );
  const nodes = new Map<string, TerritoryNode>();
  for (const unit of units) {
    if (filters.country !== undefined && unit.country !== filters.country) continue;
    const [territory, name] =
      level === 'unit'
        ? [unit.code, unit.name]
        : level === 'partner'
          ? [unit.partner_id, unit.partner_name]
          : [unit.country, unit.country];
    if (filters.territory !== undefined && territory !== filters.territory) continue;
    const id = `${unit.country}|${territory}`;
    const node = nodes.get(id);
    nodes.set(id, {
      country: unit.country,
      territory,
      name,
      units: [...(node?.units ?? []), unit.code],
    });
  }
  return nodes;
}

/** For each node, the population of a year: the units' populations added, `null` if one is unknown. */
async function populationsOf(
  db: Db,
  _level: IndicatorLevel,
  nodes: Map<string, TerritoryNode>,
): Promise<Map<string, (year: number) => number | null>> {
  const rows = await queryRows<{ country: string; code: string; year: number; population: number }>(
    db,
    sql`select country, code, year, population from territory_populations order by country, code, year`,
  );
  const byUnit = new Map<string, { year: number; population: number }[]>();
  for (const row of rows) {
    const id = `${row.country}|${row.code}`;
    const list = byUnit.get(id) ?? [];
    list.push({ year: Number(row.year), population: Number(row.population) });
    byUnit.set(id, list);
  }
  const unitPopulation = (id: string, year: number): number | null => {
    const list = byUnit.get(id);
    if (list === undefined || list.length === 0) return null;
    let chosen: { year: number; population: number } | undefined;
    for (const entry of list) if (entry.year <= year) chosen = entry;
    return (chosen ?? list[0])?.population ?? null;
  };
  const result = new Map<string, (year: number) => number | null>();
  for (const [id, node] of nodes) {
    result.set(id, (year) => {
      let total = 0;
      for (const unit of node.units) {
        const population = unitPopulation(`${node.country}|${unit}`, year);
        if (population === null) return null;
        total += population;
      }
      return total;
    });
  }
  return result;
}

/**
 * The reference of the location quotients: for a year × filière × NACE class (`''` for the filière's total), the
 * whole Espace Mont-Blanc — the country-level cells of every country with partner units, added. A country without
 * a cell for a class that year (no establishment of it) adds zero; a country without any data that year makes the
 * reference `no-data`; a suppressed country cell or local economy makes it take that cell's state, since a
 * quotient against it would reveal it.
 */
async function wholeRegion(
  db: Db,
  years: readonly number[],
  breakdown: 'filiere' | 'class',
  filiere: string | undefined,
): Promise<(year: number, filiere: string, naceClass: string) => Reference | undefined> {
  const inYears = sql`year in (${sql.join(
    years.map((year) => sql`${year}`),
    sql`, `,
  )})`;
  const countries = (
    await queryRows<{ country: string }>(
      db,
      sql`select distinct country from territory_units where partner_id is not null`,
    )
  )
    .map((row) => row.country)
    .sort((a, b) => (COUNTRY_ORDER[a] ?? 9) - (COUNTRY_ORDER[b] ?? 9) || (a < b ? -1 : a > b ? 1 : 0));
  const locals = new Map<
    string,
    Pick<CellRow, 'local_status' | 'local_establishments' | 'local_employees'>
  >();
  for (const row of await queryRows<CellRow>(
    db,
    sql`select distinct on (year, country) year, country, local_status, local_establishments, local_employees
      from observatory_cells where level = 'country' and nace_class = '' and ${inYears}
      order by year, country, filiere`,
  )) {
    locals.set(`${row.year}|${row.country}`, row);
  }
  const conditions: SQL[] = [
    sql`level = 'country'`,
    inYears,
    breakdown === 'filiere' ? sql`nace_class = ''` : sql`nace_class <> ''`,
  ];
  if (filiere !== undefined) conditions.push(sql`filiere = ${filiere}`);
  const cells = new Map<string, CellRow>();
  for (const row of await queryRows<CellRow>(
    db,
    sql`select year, country, filiere, nace_class, status, establishments, employees_central
      from observatory_cells where ${sql.join(conditions, sql` and `)}`,
  )) {
    cells.set(`${row.year}|${row.country}|${row.filiere}|${row.nace_class}`, row);
  }
  const known = new Map<string, Reference>();
  return (year, filiere, naceClass) => {
    const id = `${year}|${filiere}|${naceClass}`;
    const cached = known.get(id);
    if (cached !== undefined) return cached;
    let status: CellState = 'value';
    let establishments = 0;
    let employees = 0;
    let localEstablishments = 0;
    let localEmployees = 0;
    for (const country of countries) {
      const local = locals.get(`${year}|${country}`);
      if (local === undefined) {
        status = 'no-data';
        break;
      }
      const cell = cells.get(`${year}|${country}|${filiere}|${naceClass}`);
      if (cell !== undefined && cell.status !== 'value') {
        status = cell.status;
        break;
      }
      if (local.local_status !== 'value') {
        status = local.local_status;
        break;
      }
      establishments += n(cell?.establishments ?? null) ?? 0;
      employees += n(cell?.employees_central ?? null) ?? 0;
      localEstablishments += n(local.local_establishments) ?? 0;
      localEmployees += n(local.local_employees) ?? 0;
    }
    const reference = { status, establishments, employees, localEstablishments, localEmployees };
    known.set(id, reference);
    return reference;
  };
}

function noData(
  year: number,
  level: IndicatorLevel,
  node: TerritoryNode,
  filiere: string,
  measure: IndicatorMeasure,
): IndicatorRow {
  return {
    year,
    level,
    country: node.country,
    territory: node.territory,
    name: node.name,
    filiere,
    naceClass: null,
    measure,
    value: null,
    low: null,
    high: null,
    status: 'no-data',
    weight: null,
    source: null,
    employeesBasis: null,
  };
}

function measureRow(
  cell: CellRow,
  measure: IndicatorMeasure,
  context: {
    name: string;
    previous: CellRow | undefined;
    previousKnown: boolean;
    population: number | null;
    reference: Reference | undefined;
  },
): IndicatorRow {
  const base = {
    year: cell.year,
    level: cell.level,
    country: cell.country,
    territory: cell.territory,
    name: context.name,
    filiere: cell.filiere,
    naceClass: cell.nace_class === '' ? null : cell.nace_class,
    measure,
    weight: cell.weight,
    source: cell.source,
    employeesBasis: cell.employees_basis,
    low: null,
    high: null,
  };
  const hidden = (status: CellState): IndicatorRow => ({ ...base, value: null, status });
  if (cell.status !== 'value') return hidden(cell.status);
  const establishments = n(cell.establishments) ?? 0;
  const employees = n(cell.employees_central) ?? 0;
  const figure = measure.startsWith('employees') ? employees : establishments;
  const local = measure.startsWith('employees') ? n(cell.local_employees) : n(cell.local_establishments);
  switch (measure) {
    case 'establishments':
      return { ...base, value: establishments, status: 'value' };
    case 'employees':
      return {
        ...base,
        value: employees,
        low: n(cell.employees_low),
        high: n(cell.employees_high),
        status: 'value',
      };
    case 'creations':
    case 'closures': {
      const value = measure === 'creations' ? cell.creations : cell.closures;
      return value === null ? hidden('no-data') : { ...base, value, status: 'value' };
    }
    case 'establishments-share':
    case 'employees-share':
      if (cell.local_status !== 'value') return hidden(cell.local_status);
      if (local === null || local === 0) return hidden('no-data');
      return { ...base, value: round2((100 * figure) / local), status: 'value' };
    case 'establishments-per-1000':
    case 'employees-per-1000':
      if (context.population === null || context.population === 0) return hidden('no-data');
      return { ...base, value: round2((1000 * figure) / context.population), status: 'value' };
    case 'establishments-change':
    case 'employees-change': {
      const previous = context.previous;
      if (previous === undefined) {
        // A class absent the year before had no establishment in it, when that year has data at all.
        if (!context.previousKnown || base.naceClass === null) return hidden('no-data');
        return { ...base, value: round2(figure), status: 'value' };
      }
      if (previous.status !== 'value') return hidden(previous.status);
      const before =
        measure === 'employees-change' ? n(previous.employees_central) : n(previous.establishments);
      return { ...base, value: round2(figure - (before ?? 0)), status: 'value' };
    }
    case 'establishments-lq':
    case 'employees-lq': {
      // (the territory's share of the filière) ÷ (the whole Espace Mont-Blanc's share of it): as the share, then
      // the reference's own state, since the quotient would reveal the reference too.
      if (cell.local_status !== 'value') return hidden(cell.local_status);
      if (local === null || local === 0) return hidden('no-data');
      const reference = context.reference;
      if (reference === undefined) return hidden('no-data');
      if (reference.status !== 'value') return hidden(reference.status);
      const [whole, wholeLocal] =
        measure === 'employees-lq'
          ? [reference.employees, reference.localEmployees]
          : [reference.establishments, reference.localEstablishments];
      if (whole === 0 || wholeLocal === 0) return hidden('no-data');
      return { ...base, value: round2((figure * wholeLocal) / (local * whole)), status: 'value' };
    }
  }
}
