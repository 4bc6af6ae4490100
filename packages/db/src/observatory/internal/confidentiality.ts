/**
 * Statistical confidentiality of the observatory's tables, as statistics offices practise it — a pure module:
 * no I/O, no clock, the same answer for the same input.
 *
 * Primary rule (INSEE's, the strictest of the three sources'): a cell describing fewer than 3 establishments, or
 * in which one establishment holds more than 85 % of the employees, is suppressed. Secondary suppression then
 * makes sure that no suppressed cell can be recovered from the published ones: in every additive relation
 * (a total and the parts it is the sum of — rows, columns and the roll-ups unit → partner territory → country),
 * the number of suppressed cells is never exactly one. Complements are chosen among the published, non-empty
 * cells of the relation: first the cells that were suppressed the year before (so that the pattern stays stable
 * from one year to the next and a suppressed cell is not recovered by comparing two years), then the smallest.
 *
 * Limits (documented in the package README): the guarantee is against recovery by one subtraction in one
 * relation, as the INSEE/Eurostat practice of "no single suppressed cell in a line" describes; it is not an
 * interval (linear-programming) audit over all relations at once.
 */

/** The state of a cell: a published value, or why there is none. */
export type CellState =
  | 'value'
  | 'suppressed-frequency'
  | 'suppressed-dominance'
  | 'suppressed-secondary'
  | 'suppressed-at-source'
  | 'no-data';

/** Every state, in the order documents list them. */
export const CELL_STATES = [
  'value',
  'suppressed-frequency',
  'suppressed-dominance',
  'suppressed-secondary',
  'suppressed-at-source',
  'no-data',
] as const satisfies readonly CellState[];

/** Whether a state hides the cell's value. */
export function isSuppressed(state: CellState): boolean {
  return state !== 'value' && state !== 'no-data';
}

/** What the rules read of a cell. */
export interface ConfidentialCell {
  /** Number of establishments the cell describes. */
  readonly establishments: number;
  /** Employees of those establishments (0 when unknown). */
  readonly employees: number;
  /** Employees of the largest of them; `null` when the source gives no establishment-level figure. */
  readonly largest: number | null;
  /** The source itself suppressed the cell (or a part of it). */
  readonly atSource?: boolean | undefined;
}

/** An additive relation between published cells: `total` is the sum of `parts` (cell keys). */
export interface Relation {
  readonly total: string;
  readonly parts: readonly string[];
}

/** The thresholds of a primary rule. */
export interface PrimaryRule {
  /** Cells with fewer establishments than this (and more than none) are suppressed. */
  readonly minEstablishments: number;
  /** A cell whose largest establishment holds more than this share of the employees is suppressed. */
  readonly dominanceShare: number;
}

/**
 * INSEE's rule of statistical confidentiality for business statistics (secret statistique, loi n° 51-711 du
 * 7 juin 1951, art. 6): at least 3 establishments, and none holding more than 85 % of the cell's total.
 */
export const INSEE_RULE: PrimaryRule = { minEstablishments: 3, dominanceShare: 0.85 };

/**
 * The primary state of one cell under a rule.
 *
 * @example
 * primaryState({ establishments: 2, employees: 10, largest: 8 }); // 'suppressed-frequency'
 * primaryState({ establishments: 3, employees: 100, largest: 86 }); // 'suppressed-dominance'
 * primaryState({ establishments: 3, employees: 100, largest: 85 }); // 'value'
 */
export function primaryState(cell: ConfidentialCell, rule: PrimaryRule = INSEE_RULE): CellState {
  if (cell.atSource === true) return 'suppressed-at-source';
  // An empty cell describes no establishment: publishing its zero reveals nothing about anyone.
  if (cell.establishments <= 0) return 'value';
  if (cell.establishments < rule.minEstablishments) return 'suppressed-frequency';
  if (cell.largest !== null && cell.employees > 0 && cell.largest > rule.dominanceShare * cell.employees) {
    return 'suppressed-dominance';
  }
  return 'value';
}

export interface ProtectInput {
  readonly cells: ReadonlyMap<string, ConfidentialCell>;
  readonly relations: readonly Relation[];
  /** Keys of the cells suppressed (for any reason) in the previous year's table: preferred complements. */
  readonly previous?: ReadonlySet<string> | undefined;
  readonly rule?: PrimaryRule | undefined;
}

/**
 * Applies the primary rule to every cell, then secondary suppression until no relation has exactly one
 * suppressed member. Keys of relations that name no cell are treated as empty (published zero) cells.
 *
 * @example
 * const cells = new Map([
 *   ['a', { establishments: 1, employees: 2, largest: 2 }],
 *   ['b', { establishments: 5, employees: 9, largest: 3 }],
 *   ['c', { establishments: 7, employees: 9, largest: 3 }],
 *   ['t', { establishments: 13, employees: 20, largest: 3 }],
 * ]);
 * protectTable({ cells, relations: [{ total: 't', parts: ['a', 'b', 'c'] }] });
 * // Map { a → 'suppressed-frequency', b → 'suppressed-secondary', c → 'value', t → 'value' }
 */
export function protectTable(input: ProtectInput): Map<string, CellState> {
  const rule = input.rule ?? INSEE_RULE;
  const previous = input.previous ?? new Set<string>();
  const states = new Map<string, CellState>();
  for (const [key, cell] of input.cells) states.set(key, primaryState(cell, rule));

  const byCell = new Map<string, number[]>();
  input.relations.forEach((relation, index) => {
    for (const key of [relation.total, ...relation.parts]) {
      let list = byCell.get(key);
      if (list === undefined) {
        list = [];
        byCell.set(key, list);
      }
      list.push(index);
    }
  });

  const suppressed = (key: string) => {
    const state = states.get(key);
    return state !== undefined && isSuppressed(state);
  };
  // A complement must be a published cell with something in it (an empty cell hides nothing).
  const candidate = (key: string) => {
    const cell = input.cells.get(key);
    return cell !== undefined && states.get(key) === 'value' && cell.establishments > 0;
  };
  const better = (a: string, b: string): boolean => {
    const pa = previous.has(a);
    const pb = previous.has(b);
    if (pa !== pb) return pa;
    const ca = input.cells.get(a);
    const cb = input.cells.get(b);
    if (ca === undefined || cb === undefined) return ca !== undefined;
    if (ca.establishments !== cb.establishments) return ca.establishments < cb.establishments;
    if (ca.employees !== cb.employees) return ca.employees < cb.employees;
    return a < b;
  };

  const queue: number[] = input.relations.map((_, index) => index);
  const queued = new Uint8Array(input.relations.length).fill(1);
  for (let head = 0; head < queue.length; head += 1) {
    const index = queue[head] as number;
    queued[index] = 0;
    const relation = input.relations[index];
    if (relation === undefined) continue;
    const members = [relation.total, ...relation.parts];
    let count = 0;
    for (const key of members) if (suppressed(key)) count += 1;
    if (count !== 1) continue;
    let chosen: string | undefined;
    for (const key of members) {
      if (!candidate(key)) continue;
      if (chosen === undefined || better(key, chosen)) chosen = key;
    }
    // No published, non-empty member left: the relation reveals nothing more than that its parts are empty.
    if (chosen === undefined) continue;
    states.set(chosen, 'suppressed-secondary');
    for (const other of byCell.get(chosen) ?? []) {
      if (queued[other] === 0) {
        queued[other] = 1;
        queue.push(other);
      }
    }
  }
  return states;
}

/**
 * Whether a protected table lets a suppressed cell be recovered by one subtraction: the relations in which
 * exactly one member is suppressed while the others are published (the property the tests check).
 *
 * @example
 * recoverableRelations(relations, states).length; // 0 after protectTable
 */
export function recoverableRelations(
  relations: readonly Relation[],
  states: ReadonlyMap<string, CellState>,
  cells: ReadonlyMap<string, ConfidentialCell>,
): Relation[] {
  return relations.filter((relation) => {
    const members = [relation.total, ...relation.parts];
    const hidden = members.filter((key) => {
      const state = states.get(key);
      return state !== undefined && isSuppressed(state);
    });
    if (hidden.length !== 1) return false;
    // The one hidden member is recoverable only when it holds something: an empty cell needs no protection
    // beyond what its emptiness already says.
    const cell = cells.get(hidden[0] as string);
    return cell !== undefined && (cell.establishments > 0 || cell.atSource === true);
  });
}
