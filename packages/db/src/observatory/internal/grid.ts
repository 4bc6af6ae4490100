import {
  type CellState,
  type ConfidentialCell,
  isSuppressed,
  protectTable,
  type Relation,
} from './confidentiality';

/**
 * The observatory's table of one country and one year, built from "atoms" (a unit × NACE class × set of
 * filières, as the sources give them) — a pure module. It lays out every cell that the answers publish or
 * that can be derived from them, with the additive relations between them, and protects the whole with
 * {@link protectTable}:
 *
 * - columns: each atom's class and filière set (`a:<class>:<filières>`), each filière's class (`f:<filière>:<class>`,
 *   the same cell as the atom column when only one atom column of that class belongs to the filière), each
 *   filière's total (`t:<filière>`), the rest of the economy (`rest`) and the whole local economy (`all`, the
 *   denominator of the shares);
 * - rows: the units, their partner territories and the country;
 * - relations: every total of a row (a filière's class = its atoms, a filière = its classes, the economy = its
 *   atoms and the rest) and of a column (partner = its units, country = its partners).
 *
 * A class shared by two filières (71.12) is one cell in both, so it has one state in both answers.
 */

export interface Atom {
  readonly unit: string;
  /** NACE class; `null` for the establishments outside every filière (the rest of the economy). */
  readonly naceClass: string | null;
  readonly filieres: readonly string[];
  readonly partialFilieres: readonly string[];
  readonly establishments: number;
  readonly employeesLow: number;
  readonly employeesCentral: number;
  /** `null` when a band is open-ended (10,000 employees or more) or the source gives no range. */
  readonly employeesHigh: number | null;
  /** Employees (central estimate) of the largest establishment; `null` for published counts. */
  readonly largest: number | null;
  /** `null` when the source does not say (published counts). */
  readonly creations: number | null;
  readonly closures: number | null;
  readonly atSource: boolean;
}

export interface GridUnit {
  readonly code: string;
  readonly partner: string;
}

export type Level = 'unit' | 'partner' | 'country';

/** The aggregated figures of a cell, before confidentiality. */
export interface CellFigures extends ConfidentialCell {
  readonly employeesLow: number;
  readonly employeesHigh: number | null;
  readonly creations: number | null;
  readonly closures: number | null;
  readonly atSource: boolean;
}

/** One published row: a filière's total (`naceClass` null) or one of its classes, at one territory node. */
export interface GridRow {
  readonly level: Level;
  readonly territory: string;
  readonly filiere: string;
  readonly naceClass: string | null;
  /** The key of the cell, stable from one year to the next (the previous year's pattern is read by it). */
  readonly key: string;
  /** `core`, `partial` (a class the filière map weighs `partial`) or `mixed` (a total with partial classes). */
  readonly weight: 'core' | 'partial' | 'mixed';
  readonly figures: CellFigures;
  readonly state: CellState;
  /** The whole local economy of the territory node: the denominator of the shares. */
  readonly local: CellFigures;
  readonly localState: CellState;
}

const EMPTY: CellFigures = {
  establishments: 0,
  employees: 0,
  employeesLow: 0,
  employeesHigh: 0,
  largest: null,
  creations: 0,
  closures: 0,
  atSource: false,
};

function add(a: CellFigures, b: CellFigures): CellFigures {
  return {
    establishments: a.establishments + b.establishments,
    employees: a.employees + b.employees,
    employeesLow: a.employeesLow + b.employeesLow,
    employeesHigh:
      a.employeesHigh === null || b.employeesHigh === null ? null : a.employeesHigh + b.employeesHigh,
    largest: a.largest === null ? b.largest : b.largest === null ? a.largest : Math.max(a.largest, b.largest),
    creations: a.creations === null || b.creations === null ? null : a.creations + b.creations,
    closures: a.closures === null || b.closures === null ? null : a.closures + b.closures,
    atSource: a.atSource || b.atSource,
  };
}

const figuresOf = (atom: Atom): CellFigures => ({
  establishments: atom.establishments,
  employees: atom.employeesCentral,
  employeesLow: atom.employeesLow,
  employeesHigh: atom.employeesHigh,
  largest: atom.largest,
  creations: atom.creations,
  closures: atom.closures,
  atSource: atom.atSource,
});

const atomColumn = (atom: Atom) =>
  atom.naceClass === null ? 'rest' : `a:${atom.naceClass}:${[...atom.filieres].sort().join('+')}`;

export interface BuildGridInput {
  readonly country: string;
  readonly units: readonly GridUnit[];
  readonly atoms: readonly Atom[];
  /** The filières to lay out (all of them, even those without an establishment). */
  readonly filieres: readonly string[];
  /** Keys suppressed in the previous year's table. */
  readonly previous?: ReadonlySet<string> | undefined;
}

export interface Grid {
  readonly rows: GridRow[];
  readonly cells: ReadonlyMap<string, CellFigures>;
  readonly relations: readonly Relation[];
  readonly states: ReadonlyMap<string, CellState>;
}

/**
 * Lays out and protects the table of one country × year.
 *
 * @example
 * const grid = buildGrid({ country: 'FR', units, atoms, filieres: ['outdoor', 'phyto', 'renovation'] });
 * grid.rows.filter((row) => row.level === 'unit' && row.naceClass === null); // one per unit × filière
 */
export function buildGrid(input: BuildGridInput): Grid {
  const partnerOf = new Map(input.units.map((unit) => [unit.code, unit.partner]));
  const partners = [...new Set(input.units.map((unit) => unit.partner))].sort();
  const nodes: { level: Level; territory: string }[] = [
    ...input.units.map((unit) => ({ level: 'unit' as const, territory: unit.code })),
    ...partners.map((partner) => ({ level: 'partner' as const, territory: partner })),
    { level: 'country', territory: input.country },
  ];
  const cellKey = (level: Level, territory: string, column: string) => `${level}:${territory}|${column}`;

  // Atom figures per unit and atom column; which atom columns make each filière's class, and their weights.
  const unitAtoms = new Map<string, Map<string, CellFigures>>();
  const filiereClassAtoms = new Map<string, Set<string>>(); // `${filiere}:${class}` → atom columns
  const partialClass = new Set<string>(); // `${filiere}:${class}` weighed partial
  const atomColumns = new Set<string>();
  for (const atom of input.atoms) {
    if (!partnerOf.has(atom.unit)) continue;
    const column = atomColumn(atom);
    atomColumns.add(column);
    let columns = unitAtoms.get(atom.unit);
    if (columns === undefined) {
      columns = new Map();
      unitAtoms.set(atom.unit, columns);
    }
    columns.set(column, add(columns.get(column) ?? EMPTY, figuresOf(atom)));
    if (atom.naceClass === null) continue;
    for (const filiere of atom.filieres) {
      const id = `${filiere}:${atom.naceClass}`;
      let set = filiereClassAtoms.get(id);
      if (set === undefined) {
        set = new Set();
        filiereClassAtoms.set(id, set);
      }
      set.add(column);
      if (atom.partialFilieres.includes(filiere)) partialClass.add(id);
    }
  }
  const classColumn = (id: string, atoms: Set<string>) =>
    atoms.size === 1 ? ([...atoms][0] as string) : `f:${id}`;
  const filiereClasses = new Map<string, { naceClass: string; column: string; atoms: Set<string> }[]>();
  for (const filiere of input.filieres) filiereClasses.set(filiere, []);
  for (const [id, atoms] of [...filiereClassAtoms].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const [filiere = '', naceClass = ''] = id.split(':');
    filiereClasses.get(filiere)?.push({ naceClass, column: classColumn(id, atoms), atoms });
  }

  // Figures of every cell: atoms per unit, then the derived columns, then the roll-ups.
  const cells = new Map<string, CellFigures>();
  const relations: Relation[] = [];
  const put = (key: string, figures: CellFigures) => {
    if (figures.establishments > 0 || figures.atSource) cells.set(key, figures);
  };
  const present = (keys: string[]) => keys.filter((key) => cells.has(key));
  const relate = (total: string, parts: string[]) => {
    const kept = present(parts);
    if (cells.has(total) || kept.length > 0) relations.push({ total, parts: kept });
  };
  const derivedColumns = (atomFigures: (column: string) => CellFigures) => {
    const derived = new Map<string, { figures: CellFigures; parts: string[] }>();
    for (const classes of filiereClasses.values()) {
      for (const entry of classes) {
        if (entry.column.startsWith('a:') || derived.has(entry.column)) continue;
        let figures = EMPTY;
        for (const column of entry.atoms) figures = add(figures, atomFigures(column));
        derived.set(entry.column, { figures, parts: [...entry.atoms] });
      }
    }
    return derived;
  };
  const columnFigures = new Map<string, Map<string, CellFigures>>(); // node key → column → figures
  const allColumns: string[] = [...atomColumns].sort();
  for (const unit of input.units) {
    const atoms = unitAtoms.get(unit.code) ?? new Map<string, CellFigures>();
    const figures = new Map<string, CellFigures>(atoms);
    for (const [column, entry] of derivedColumns((c) => atoms.get(c) ?? EMPTY))
      figures.set(column, entry.figures);
    for (const [filiere, classes] of filiereClasses) {
      let total = EMPTY;
      for (const entry of classes) total = add(total, figures.get(entry.column) ?? EMPTY);
      figures.set(`t:${filiere}`, total);
    }
    let all = EMPTY;
    for (const column of atoms.values()) all = add(all, column);
    figures.set('all', all);
    columnFigures.set(`unit:${unit.code}`, figures);
  }
  const columns = new Set<string>();
  for (const figures of columnFigures.values()) for (const column of figures.keys()) columns.add(column);
  for (const filiere of input.filieres) columns.add(`t:${filiere}`);
  columns.add('all');
  const rollUp = (node: string, children: string[]) => {
    const figures = new Map<string, CellFigures>();
    for (const column of columns) {
      let total = EMPTY;
      for (const child of children) total = add(total, columnFigures.get(child)?.get(column) ?? EMPTY);
      figures.set(column, total);
    }
    columnFigures.set(node, figures);
  };
  for (const partner of partners) {
    rollUp(
      `partner:${partner}`,
      input.units.filter((unit) => unit.partner === partner).map((unit) => `unit:${unit.code}`),
    );
  }
  rollUp(
    `country:${input.country}`,
    partners.map((partner) => `partner:${partner}`),
  );
  for (const [node, figures] of columnFigures) {
    for (const [column, value] of figures) put(`${node}|${column}`, value);
  }

  // Relations: rows of every node, then the roll-ups of every column.
  const derived = derivedColumns(() => EMPTY);
  for (const node of nodes) {
    const key = (column: string) => cellKey(node.level, node.territory, column);
    for (const [column, entry] of derived) relate(key(column), entry.parts.map(key));
    for (const [filiere, classes] of filiereClasses) {
      relate(
        key(`t:${filiere}`),
        classes.map((entry) => key(entry.column)),
      );
    }
    relate(key('all'), allColumns.map(key));
  }
  for (const column of columns) {
    for (const partner of partners) {
      relate(
        cellKey('partner', partner, column),
        input.units
          .filter((unit) => unit.partner === partner)
          .map((unit) => cellKey('unit', unit.code, column)),
      );
    }
    relate(
      cellKey('country', input.country, column),
      partners.map((partner) => cellKey('partner', partner, column)),
    );
  }

  const states = protectTable({ cells, relations, previous: input.previous });
  const stateOf = (key: string): CellState => states.get(key) ?? 'value';

  const rows: GridRow[] = [];
  for (const node of nodes) {
    const figures = columnFigures.get(`${node.level}:${node.territory}`);
    const localKey = cellKey(node.level, node.territory, 'all');
    const local = figures?.get('all') ?? EMPTY;
    for (const filiere of input.filieres) {
      const classes = filiereClasses.get(filiere) ?? [];
      const totalKey = cellKey(node.level, node.territory, `t:${filiere}`);
      rows.push({
        level: node.level,
        territory: node.territory,
        filiere,
        naceClass: null,
        key: totalKey,
        // `mixed` when a class the map weighs partial has something in this territory's total.
        weight: classes.some((entry) => {
          const part = figures?.get(entry.column);
          return (
            partialClass.has(`${filiere}:${entry.naceClass}`) &&
            part !== undefined &&
            (part.establishments > 0 || part.atSource)
          );
        })
          ? 'mixed'
          : 'core',
        figures: figures?.get(`t:${filiere}`) ?? EMPTY,
        state: stateOf(totalKey),
        local,
        localState: stateOf(localKey),
      });
      for (const entry of classes) {
        const classFigures = figures?.get(entry.column) ?? EMPTY;
        if (classFigures.establishments <= 0 && !classFigures.atSource && (classFigures.closures ?? 0) <= 0)
          continue;
        const key = cellKey(node.level, node.territory, entry.column);
        rows.push({
          level: node.level,
          territory: node.territory,
          filiere,
          naceClass: entry.naceClass,
          key,
          weight: partialClass.has(`${filiere}:${entry.naceClass}`) ? 'partial' : 'core',
          figures: classFigures,
          state: stateOf(key),
          local,
          localState: stateOf(localKey),
        });
      }
    }
  }
  return { rows, cells, relations, states };
}

/** The keys of a grid's suppressed cells (published or derivable): the next year's preferred complements. */
export function suppressedKeys(states: ReadonlyMap<string, CellState>): Set<string> {
  const keys = new Set<string>();
  for (const [key, state] of states) if (isSuppressed(state)) keys.add(key);
  return keys;
}
