import type { CountryCode, TerritoryKind } from '@mbi/domain';
import { sql } from 'drizzle-orm';
import { currentChangeSeq } from '../audit/audit';
import { changeClock } from '../audit/table';
import { type Db, queryRows } from '../connection';
import { TERRITORY_DATA_VERSION } from './seed';

/** A former code of a unit. */
export interface FormerTerritoryCode {
  readonly code: string;
  /** Empty when the source gives no name. */
  readonly name: string;
  /** First year of the current code; `null` when the source does not state it. */
  readonly effectiveYear: number | null;
}

/** The latest population known for a unit. */
export interface TerritoryPopulation {
  readonly year: number;
  readonly value: number;
  readonly source: string;
}

/** A territory unit of a partner, as the observatory uses it. */
export interface TerritoryRecord {
  readonly country: CountryCode;
  readonly code: string;
  readonly kind: TerritoryKind;
  readonly name: string;
  readonly nuts3: string;
  readonly partnerId: string | null;
  /** The year of the official list its code and name come from. */
  readonly listYear: number | null;
  readonly population: TerritoryPopulation | null;
  /** Codes that were merged into it (chains followed), oldest first. */
  readonly formerCodes: FormerTerritoryCode[];
}

export interface TerritoryFilters {
  readonly country?: CountryCode | undefined;
  readonly partnerId?: string | undefined;
}

export interface TerritoryList {
  readonly items: TerritoryRecord[];
  /** The committed territory data's version and the change clock (imports of populations move it). */
  readonly dataVersion: string;
}

export interface SuccessionRow {
  country: string;
  old_code: string;
  old_name: string;
  new_code: string;
  effective_year: number | null;
}

/**
 * The current code of every known code of a country, former codes included: a former code maps to the unit
 * that took it over, following chains (A → B in 2013, B → C in 2021 gives A → C).
 */
export function currentCodes(successions: readonly SuccessionRow[]): Map<string, string> {
  const next = new Map<string, string>();
  for (const row of successions) next.set(`${row.country}:${row.old_code}`, row.new_code);
  const resolved = new Map<string, string>();
  for (const row of successions) {
    let code = row.new_code;
    for (let hops = 0; hops < 20; hops += 1) {
      const further = next.get(`${row.country}:${code}`);
      if (further === undefined) break;
      code = further;
    }
    resolved.set(`${row.country}:${row.old_code}`, code);
  }
  return resolved;
}

async function readSuccessions(db: Pick<Db, 'execute'>): Promise<SuccessionRow[]> {
  return queryRows<SuccessionRow>(
    db,
    sql`select country, old_code, old_name, new_code, effective_year from territory_code_successions
        order by country, effective_year nulls first, old_code`,
  );
}

/**
 * The partners' territory units with their list year, latest population and former codes, in the order
 * FR, IT, CH, then by code; `dataVersion` for the ETag.
 *
 * @example
 * const { items } = await listTerritories(database.db, { partnerId: 'cc-vallee-chamonix' });
 * items.map((unit) => unit.code); // ['74056', '74143', '74266', '74290']
 */
export async function listTerritories(db: Db, filters: TerritoryFilters = {}): Promise<TerritoryList> {
  const rows = await queryRows<{
    country: CountryCode;
    code: string;
    kind: TerritoryKind;
    name: string;
    nuts3: string;
    partner_id: string | null;
    list_year: number | null;
    population_year: number | null;
    population: number | null;
    population_source: string | null;
    data_version: string | number;
  }>(
    db,
    sql`select u.country, u.code, u.kind, u.name, u.nuts3, u.partner_id, u.list_year,
          p.year as population_year, p.population, p.source as population_source,
          (select seq from ${changeClock} where id = 1) as data_version
        from territory_units u
        left join lateral (
          select year, population, source from territory_populations tp
          where tp.country = u.country and tp.code = u.code order by year desc limit 1
        ) p on true
        where u.partner_id is not null
          and (${filters.country ?? null}::text is null or u.country = ${filters.country ?? null})
          and (${filters.partnerId ?? null}::text is null or u.partner_id = ${filters.partnerId ?? null})
        order by case u.country when 'FR' then 0 when 'IT' then 1 else 2 end, u.code`,
  );
  const successions = await readSuccessions(db);
  const current = currentCodes(successions);
  const former = new Map<string, FormerTerritoryCode[]>();
  for (const row of successions) {
    const key = `${row.country}:${current.get(`${row.country}:${row.old_code}`) ?? row.new_code}`;
    const list = former.get(key) ?? [];
    list.push({ code: row.old_code, name: row.old_name, effectiveYear: row.effective_year });
    former.set(key, list);
  }
  const seq = rows[0]?.data_version ?? (await currentChangeSeq(db));
  return {
    dataVersion: `${TERRITORY_DATA_VERSION}.${Number(seq)}`,
    items: rows.map((row) => ({
      country: row.country,
      code: row.code,
      kind: row.kind,
      name: row.name,
      nuts3: row.nuts3,
      partnerId: row.partner_id,
      listYear: row.list_year,
      population:
        row.population === null || row.population_year === null
          ? null
          : { year: row.population_year, value: row.population, source: row.population_source ?? '' },
      formerCodes: former.get(`${row.country}:${row.code}`) ?? [],
    })),
  };
}

/** Where a code found in a file leads: the current unit and its partner. */
export interface TerritoryMatch {
  readonly code: string;
  readonly partnerId: string;
}

/**
 * The codes an import accepts for a country, former codes included, mapped to the current unit and its
 * partner: only the units of `partnerId` when given (an editor's import), else every partner's.
 *
 * @example
 * const match = await territoryMatcher(database.db, 'CH');
 * match.get('6031'); // { code: '6037', partnerId: 'cimark' } — Bagnes, merged into Val de Bagnes in 2021
 */
export async function territoryMatcher(
  db: Db,
  country: CountryCode,
  partnerId?: string | null,
): Promise<Map<string, TerritoryMatch>> {
  const units = await queryRows<{ code: string; partner_id: string }>(
    db,
    sql`select code, partner_id from territory_units
        where country = ${country} and partner_id is not null
          and (${partnerId ?? null}::text is null or partner_id = ${partnerId ?? null})`,
  );
  const byCode = new Map(units.map((unit) => [unit.code, { code: unit.code, partnerId: unit.partner_id }]));
  const matcher = new Map(byCode);
  const successions = await readSuccessions(db);
  for (const [key, code] of currentCodes(successions)) {
    const [keyCountry, oldCode] = key.split(':') as [string, string];
    const unit = byCode.get(code);
    if (keyCountry === country && unit !== undefined && !matcher.has(oldCode)) matcher.set(oldCode, unit);
  }
  return matcher;
}
