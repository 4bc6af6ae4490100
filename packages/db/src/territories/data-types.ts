import type { CountryCode } from '@mbi/domain';

/** The official list a country's territory units come from. */
export interface TerritoryListSource {
  readonly country: CountryCode;
  /** The year of the list (the state of the units on 1 January). */
  readonly year: number;
  readonly source: string;
}

/** A former code of a territory unit and the unit that took it over (merger or absorption). */
export interface TerritorySuccessionRow {
  readonly country: CountryCode;
  readonly oldCode: string;
  /** Empty when the source gives no name. */
  readonly oldName: string;
  readonly newCode: string;
  readonly newName: string;
  /** The first year of the new code; `null` when the source does not state it. */
  readonly effectiveYear: number | null;
  readonly source: string;
}

/** [country, code, reference year, population, source]. */
export type TerritoryPopulationRow = readonly [
  country: CountryCode,
  code: string,
  year: number,
  population: number,
  source: string,
];
