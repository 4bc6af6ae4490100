import type { SizeBand } from '@mbi/domain';

/**
 * Employees of an establishment from its size band, for the sources that give a band rather than a head count
 * (INSEE SIRENE's `trancheEffectifsEtablissement`; Registro Imprese head counts are put in the same bands on
 * import). The bands are INSEE's "tranches d'effectifs salariés" (the code list of the SIRENE stock file's
 * documentation, "Description du fichier StockEtablissement", variable `trancheEffectifsEtablissement`):
 * `NN` non-employing unit, `00` no employee at 31 December (but some during the year), `01` 1 or 2, `02` 3 to 5,
 * `03` 6 to 9, `11` 10 to 19, `12` 20 to 49, `21` 50 to 99, `22` 100 to 199, `31` 200 to 249, `32` 250 to 499,
 * `41` 500 to 999, `42` 1,000 to 1,999, `51` 2,000 to 4,999, `52` 5,000 to 9,999, `53` 10,000 or more.
 *
 * A cell's range adds the bounds of its establishments' bands; its central estimate adds their midpoints
 * ((low + high) ÷ 2; the lower bound for the open-ended band `53`, whose upper bound is unknown: `null`).
 */
export interface EmployeeRange {
  readonly low: number;
  readonly high: number | null;
  readonly central: number;
}

function range(low: number, high: number | null): EmployeeRange {
  return { low, high, central: high === null ? low : (low + high) / 2 };
}

/**
 * @example
 * SIZE_BAND_EMPLOYEES['02']; // { low: 3, high: 5, central: 4 }
 */
export const SIZE_BAND_EMPLOYEES: Readonly<Record<SizeBand, EmployeeRange>> = {
  NN: range(0, 0),
  '00': range(0, 0),
  '01': range(1, 2),
  '02': range(3, 5),
  '03': range(6, 9),
  '11': range(10, 19),
  '12': range(20, 49),
  '21': range(50, 99),
  '22': range(100, 199),
  '31': range(200, 249),
  '32': range(250, 499),
  '41': range(500, 999),
  '42': range(1000, 1999),
  '51': range(2000, 4999),
  '52': range(5000, 9999),
  '53': range(10000, null),
};
