import { FILIERE_IDS, SIZE_BANDS } from '@mbi/domain';
import { sql } from 'drizzle-orm';
import { type DbExecutor, queryRows } from '../connection';
import { type Atom, buildGrid, type GridRow, suppressedKeys } from './internal/grid';
import { SIZE_BAND_EMPLOYEES } from './internal/size-bands';
import { observatoryCells } from './table';

/** What a refresh wrote. */
export interface RefreshSummary {
  readonly years: number[];
  readonly rows: number;
}

interface AtomRow {
  unit: string;
  nace_class: string | null;
  filieres: string[] | string;
  partial_filieres: string[] | string;
  establishments: string | number;
  low: string | number | null;
  central: string | number | null;
  high: string | number | null;
  open_ended: boolean;
  largest: string | number | null;
  creations: string | number | null;
  closures: string | number | null;
  at_source: boolean;
}

const num = (value: string | number | null | undefined): number =>
  value === null || value === undefined ? 0 : Number(value);
/** PGlite returns arrays; postgres.js too, but a text[] may come back as its literal through some paths. */
const textArray = (value: string[] | string): string[] =>
  Array.isArray(value)
    ? value
    : value
        .replace(/^\{|\}$/g, '')
        .split(',')
        .filter((item) => item.length > 0);

/** The size-band table as SQL `values`, from {@link SIZE_BAND_EMPLOYEES}. */
const BANDS_SQL = sql.raw(
  `(values ${SIZE_BANDS.map((band) => {
    const range = SIZE_BAND_EMPLOYEES[band];
    return `('${band}', ${range.low}::numeric, ${range.high === null ? 'null' : range.high}::numeric, ${range.central}::numeric)`;
  }).join(', ')}) as b(band, low, high, central)`,
);

/** Atoms of a row source (establishment snapshots): active establishments, employees from bands, creations. */
function snapshotAtoms(tx: DbExecutor, country: string, year: number): Promise<AtomRow[]> {
  const from = `${year}-01-01`;
  const to = `${year + 1}-01-01`;
  return queryRows<AtomRow>(
    tx,
    sql`
    select s.territory_unit_code as unit,
      case when cardinality(s.filieres) = 0 then null else s.nace_class end as nace_class,
      s.filieres, s.partial_filieres,
      count(*) filter (where s.status = 'active') as establishments,
      coalesce(sum(b.low) filter (where s.status = 'active'), 0) as low,
      coalesce(sum(b.central) filter (where s.status = 'active'), 0) as central,
      coalesce(sum(b.high) filter (where s.status = 'active'), 0) as high,
      coalesce(bool_or(b.high is null) filter (where s.status = 'active'), false) as open_ended,
      max(b.central) filter (where s.status = 'active') as largest,
      count(*) filter (where s.opened_on >= ${from}::date and s.opened_on < ${to}::date) as creations,
      count(*) filter (where s.status = 'closed' and s.closed_on >= ${from}::date and s.closed_on < ${to}::date)
        as closures,
      false as at_source
    from establishment_snapshots s join ${BANDS_SQL} on b.band = s.size_band
    where s.country = ${country} and s.year = ${year}
    group by 1, 2, 3, 4`,
  );
}

/** Atoms of a published-counts source: class-level rows, employees as published, the source's suppressions. */
function countAtoms(tx: DbExecutor, country: string, year: number, source: string): Promise<AtomRow[]> {
  return queryRows<AtomRow>(
    tx,
    sql`
    select territory_unit_code as unit,
      case when cardinality(filieres) = 0 then null else nace_code end as nace_class,
      filieres, partial_filieres,
      coalesce(sum(value) filter (where measure = 'establishments'), 0) as establishments,
      coalesce(sum(value) filter (where measure in ('employees', 'persons-employed')), 0) as central,
      coalesce(sum(value) filter (where measure in ('employees', 'persons-employed')), 0) as low,
      coalesce(sum(value) filter (where measure in ('employees', 'persons-employed')), 0) as high,
      false as open_ended, null as largest, null as creations, null as closures,
      bool_or(status = 'suppressed-at-source' and measure in ('establishments', 'employees', 'persons-employed'))
        as at_source
    from published_counts
    where country = ${country} and year = ${year} and source = ${source} and nace_level = 'class'
    group by 1, 2, 3, 4`,
  );
}

function toAtom(row: AtomRow): Atom {
  const largest = row.largest === null ? null : Number(row.largest);
  return {
    unit: row.unit,
    naceClass: row.nace_class,
    filieres: textArray(row.filieres),
    partialFilieres: textArray(row.partial_filieres),
    establishments: num(row.establishments),
    employeesLow: num(row.low),
    employeesCentral: num(row.central),
    employeesHigh: row.open_ended ? null : num(row.high),
    largest,
    creations: row.creations === null ? null : num(row.creations),
    closures: row.closures === null ? null : num(row.closures),
    atSource: row.at_source === true,
  };
}

const decimal = (value: number | null) => (value === null ? null : value.toFixed(2));

/**
 * Recomputes the indicators of one country, every year it has data for, oldest first (each year prefers the
 * previous year's suppression pattern): reads the snapshots of row sources or the published counts of a year
 * (published counts win when a year has both), builds and protects the table with the confidentiality module,
 * and replaces the country's rows of `observatory_cells`. Imports call it in their transaction, so the
 * indicators change with the data they derive from, or not at all.
 *
 * @example
 * await database.db.transaction((tx) => refreshIndicators(tx, 'FR'));
 */
export async function refreshIndicators(tx: DbExecutor, country: string): Promise<RefreshSummary> {
  // The years of each kind of source. For the snapshots, a loose index scan (one index probe per year) rather
  // than a pass over every row: on a large stock that pass would cost as much as the indicators themselves.
  const sources = await queryRows<{ year: number; source: string; kind: string }>(
    tx,
    sql`
    with recursive years(year) as (
      (select year from establishment_snapshots where country = ${country} order by year limit 1)
      union all
      select (select s.year from establishment_snapshots s where s.country = ${country} and s.year > years.year
        order by s.year limit 1)
      from years where years.year is not null
    )
    select year, min(source) as source, 'counts' as kind from published_counts where country = ${country}
      group by year
    union all
    select year, (select s.source from establishment_snapshots s where s.country = ${country} and s.year = years.year
        limit 1) as source, 'rows' as kind
      from years where year is not null
    order by year, kind`,
  );
  const byYear = new Map<number, { source: string; kind: string }>();
  // `counts` sort before `rows`: a year with both is read from the published counts.
  for (const row of sources) if (!byYear.has(Number(row.year))) byYear.set(Number(row.year), row);
  const units = (
    await queryRows<{ code: string; partner_id: string }>(
      tx,
      sql`select code, partner_id from territory_units where country = ${country} and partner_id is not null
        order by code`,
    )
  ).map((unit) => ({ code: unit.code, partner: unit.partner_id }));

  await tx.delete(observatoryCells).where(sql`${observatoryCells.country} = ${country}`);
  let previous: { year: number; keys: Set<string> } | null = null;
  let written = 0;
  const years = [...byYear.keys()].sort((a, b) => a - b);
  for (const year of years) {
    const { source, kind } = byYear.get(year) as { source: string; kind: string };
    const atoms = (
      kind === 'counts' ? await countAtoms(tx, country, year, source) : await snapshotAtoms(tx, country, year)
    ).map(toAtom);
    const grid = buildGrid({
      country,
      units,
      atoms,
      filieres: FILIERE_IDS,
      previous: previous !== null && previous.year === year - 1 ? previous.keys : undefined,
    });
    const basis = kind === 'rows' ? 'size-bands' : country === 'IT' ? 'persons-employed' : 'employees';
    const values = grid.rows.map((row) => cellValues(row, { year, country, source, basis }));
    // One statement and one parameter per year: a multi-row INSERT with twenty parameters a row cost more than
    // the aggregation itself on a thousand cells.
    if (values.length > 0) {
      await tx.execute(sql`
        insert into observatory_cells (${sql.raw(CELL_COLUMNS.map(([name]) => name).join(', '))})
        select ${sql.raw(CELL_COLUMNS.map(([name]) => name).join(', '))}
        from jsonb_to_recordset(${JSON.stringify(values)}::jsonb)
          as t(${sql.raw(CELL_COLUMNS.map(([name, type]) => `${name} ${type}`).join(', '))})`);
    }
    written += values.length;
    previous = { year, keys: suppressedKeys(grid.states) };
  }
  return { years, rows: written };
}

/** The columns of `observatory_cells` and their SQL types, in the order of {@link cellValues}. */
const CELL_COLUMNS = [
  ['year', 'integer'],
  ['country', 'text'],
  ['level', 'text'],
  ['territory', 'text'],
  ['filiere', 'text'],
  ['nace_class', 'text'],
  ['cell_key', 'text'],
  ['weight', 'text'],
  ['source', 'text'],
  ['employees_basis', 'text'],
  ['status', 'text'],
  ['establishments', 'numeric'],
  ['employees_low', 'numeric'],
  ['employees_central', 'numeric'],
  ['employees_high', 'numeric'],
  ['creations', 'integer'],
  ['closures', 'integer'],
  ['local_status', 'text'],
  ['local_establishments', 'numeric'],
  ['local_employees', 'numeric'],
] as const;

type CellRecord = { [K in (typeof CELL_COLUMNS)[number][0]]: string | number | null };

function cellValues(
  row: GridRow,
  context: { year: number; country: string; source: string; basis: string },
): CellRecord {
  const published = row.state === 'value';
  const f = row.figures;
  const localPublished = row.localState === 'value';
  return {
    year: context.year,
    country: context.country,
    level: row.level,
    territory: row.territory,
    filiere: row.filiere,
    nace_class: row.naceClass ?? '',
    cell_key: row.key,
    weight: row.weight,
    source: context.source,
    employees_basis: context.basis,
    status: row.state,
    // A suppressed cell's figures are not stored: nothing downstream can leak them.
    establishments: published ? decimal(f.establishments) : null,
    employees_low: published ? decimal(f.employeesLow) : null,
    employees_central: published ? decimal(f.employees) : null,
    employees_high: published ? decimal(f.employeesHigh) : null,
    creations: published ? f.creations : null,
    closures: published ? f.closures : null,
    local_status: row.localState,
    local_establishments: localPublished ? decimal(row.local.establishments) : null,
    local_employees: localPublished ? decimal(row.local.employees) : null,
  };
}
