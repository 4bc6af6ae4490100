import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CellState,
  type ConfidentialCell,
  INSEE_RULE,
  isSuppressed,
  primaryState,
  protectTable,
  type Relation,
  recoverableRelations,
} from './confidentiality';

/** A cell of `n` establishments of `each` employees each, none dominant. */
const even = (n: number, each = 10): ConfidentialCell => ({
  establishments: n,
  employees: n * each,
  largest: n === 0 ? null : each,
});

describe('primary rule — INSEE, "Le secret statistique" (insee.fr, règles de diffusion des statistiques d’entreprises)', () => {
  // INSEE publishes a cell only if it counts at least 3 units and no unit holds more than 85 % of its total.
  it('suppresses a cell of 1 or 2 establishments (frequency rule)', () => {
    expect(primaryState(even(1))).toBe('suppressed-frequency');
    expect(primaryState(even(2))).toBe('suppressed-frequency');
    expect(primaryState(even(3))).toBe('value');
  });

  it('suppresses a cell where one establishment holds more than 85 % of the employees (dominance rule)', () => {
    expect(primaryState({ establishments: 3, employees: 100, largest: 86 })).toBe('suppressed-dominance');
    expect(primaryState({ establishments: 3, employees: 100, largest: 85 })).toBe('value');
    expect(primaryState({ establishments: 12, employees: 200, largest: 171 })).toBe('suppressed-dominance');
  });

  it('publishes an empty cell, keeps the source’s suppression, and checks no dominance without employees', () => {
    expect(primaryState(even(0))).toBe('value');
    expect(primaryState({ ...even(9), atSource: true })).toBe('suppressed-at-source');
    expect(primaryState({ establishments: 4, employees: 0, largest: 0 })).toBe('value');
    expect(primaryState({ establishments: 4, employees: 30, largest: null })).toBe('value');
    expect(INSEE_RULE).toEqual({ minEstablishments: 3, dominanceShare: 0.85 });
  });
});

/** A two-way table with margins: cells `r<i>c<j>`, row totals `r<i>T`, column totals `Tc<j>`, grand total `TT`. */
function twoWay(values: number[][]): { cells: Map<string, ConfidentialCell>; relations: Relation[] } {
  const cells = new Map<string, ConfidentialCell>();
  const relations: Relation[] = [];
  const rows = values.length;
  const columns = values[0]?.length ?? 0;
  const sum = (list: number[]) => list.reduce((a, b) => a + b, 0);
  values.forEach((row, i) => {
    row.forEach((value, j) => {
      cells.set(`r${i + 1}c${j + 1}`, even(value));
    });
    cells.set(`r${i + 1}T`, even(sum(row)));
    relations.push({ total: `r${i + 1}T`, parts: row.map((_, j) => `r${i + 1}c${j + 1}`) });
  });
  for (let j = 0; j < columns; j += 1) {
    cells.set(`Tc${j + 1}`, even(sum(values.map((row) => row[j] ?? 0))));
    relations.push({ total: `Tc${j + 1}`, parts: values.map((_, i) => `r${i + 1}c${j + 1}`) });
  }
  cells.set('TT', even(sum(values.flat())));
  relations.push({ total: 'TT', parts: values.map((_, i) => `r${i + 1}T`) });
  relations.push({ total: 'TT', parts: Array.from({ length: columns }, (_, j) => `Tc${j + 1}`) });
  void rows;
  return { cells, relations };
}

const suppressedOf = (states: Map<string, CellState>) =>
  [...states]
    .filter(([, state]) => isSuppressed(state))
    .map(([key]) => key)
    .sort();

describe('secondary suppression — Hundepool et al., Handbook on Statistical Disclosure Control (ESSnet SDC, 2010), §4.4', () => {
  // The handbook's principle for a two-way table with margins: one primary suppression needs at least three
  // complementary ones, which with it form a rectangle, so that neither its row nor its column gives it away.
  // Expected cells worked by hand: the cheapest rectangle through r1c1 takes the smallest cells of its row (10),
  // its column (8) and, at their crossing, r2c2 (5).
  const values = [
    [2, 10, 12],
    [8, 5, 20],
    [15, 9, 7],
  ];

  it('protects one primary cell with the rectangle of the smallest complements', () => {
    const { cells, relations } = twoWay(values);
    const states = protectTable({ cells, relations });
    expect(states.get('r1c1')).toBe('suppressed-frequency');
    expect(suppressedOf(states)).toEqual(['r1c1', 'r1c2', 'r2c1', 'r2c2']);
    expect(states.get('r2c2')).toBe('suppressed-secondary');
    expect(recoverableRelations(relations, states, cells)).toEqual([]);
  });

  it('keeps last year’s pattern when it protects this year’s primary cell', () => {
    const { cells, relations } = twoWay(values);
    const previous = new Set(['r1c1', 'r1c3', 'r3c1', 'r3c3']);
    const states = protectTable({ cells, relations, previous });
    expect(suppressedOf(states)).toEqual(['r1c1', 'r1c3', 'r3c1', 'r3c3']);
  });

  it('suppresses nothing when no cell is sensitive', () => {
    const { cells, relations } = twoWay([
      [3, 4],
      [5, 6],
    ]);
    expect(suppressedOf(protectTable({ cells, relations }))).toEqual([]);
  });
});

/**
 * A random hierarchical table: units grouped in partners, partners in one country, NACE classes as columns,
 * every total of a row, a column and a roll-up, as the observatory lays them out.
 */
const tableArbitrary = fc
  .record({
    partners: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 3 }),
    classes: fc.integer({ min: 1, max: 5 }),
    seed: fc.array(
      fc.record({
        n: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 15 })),
        sizes: fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 15, maxLength: 15 }),
        atSource: fc.integer({ min: 0, max: 9 }).map((x) => x === 0),
      }),
      { minLength: 60, maxLength: 60 },
    ),
    previous: fc.array(fc.boolean(), { minLength: 200, maxLength: 200 }),
  })
  .map(({ partners, classes, seed, previous }) => {
    const base = new Map<string, { establishments: number; sizes: number[]; atSource: boolean }>();
    const units: { unit: string; partner: string }[] = [];
    partners.forEach((count, p) => {
      for (let u = 0; u < count; u += 1) units.push({ unit: `u${p}.${u}`, partner: `p${p}` });
    });
    let at = 0;
    for (const { unit } of units) {
      for (let k = 0; k < classes; k += 1) {
        const s = seed[at % seed.length] ?? { n: 0, sizes: [], atSource: false };
        at += 1;
        base.set(`${unit}|c${k}`, {
          establishments: s.n,
          sizes: s.sizes.slice(0, s.n),
          atSource: s.atSource && s.n > 0,
        });
      }
    }
    const cells = new Map<string, ConfidentialCell>();
    const put = (key: string, parts: { establishments: number; sizes: number[]; atSource: boolean }[]) => {
      const sizes = parts.flatMap((part) => part.sizes);
      const establishments = parts.reduce((a, part) => a + part.establishments, 0);
      const atSource = parts.some((part) => part.atSource);
      if (establishments === 0 && !atSource) return;
      cells.set(key, {
        establishments,
        employees: sizes.reduce((a, b) => a + b, 0),
        largest: sizes.length === 0 ? null : Math.max(...sizes),
        atSource,
      });
    };
    const columns = [...Array.from({ length: classes }, (_, k) => `c${k}`), 'T'];
    const leaf = (unit: string, column: string) =>
      column === 'T'
        ? Array.from({ length: classes }, (_, k) => base.get(`${unit}|c${k}`)).filter((x) => x !== undefined)
        : [base.get(`${unit}|${column}`)].filter((x) => x !== undefined);
    const nodes = [
      ...units.map(({ unit }) => ({ node: unit, units: [unit] })),
      ...partners.map((_, p) => ({
        node: `p${p}`,
        units: units.filter((u) => u.partner === `p${p}`).map((u) => u.unit),
      })),
      { node: 'FR', units: units.map((u) => u.unit) },
    ];
    for (const { node, units: members } of nodes) {
      for (const column of columns)
        put(
          `${node}|${column}`,
          members.flatMap((unit) => leaf(unit, column)),
        );
    }
    const relations: Relation[] = [];
    const relate = (total: string, parts: string[]) => {
      const kept = parts.filter((key) => cells.has(key));
      if (cells.has(total) || kept.length > 0) relations.push({ total, parts: kept });
    };
    for (const { node } of nodes) {
      relate(
        `${node}|T`,
        columns.filter((c) => c !== 'T').map((c) => `${node}|${c}`),
      );
    }
    for (const column of columns) {
      partners.forEach((_, p) => {
        relate(
          `p${p}|${column}`,
          units.filter((u) => u.partner === `p${p}`).map((u) => `${u.unit}|${column}`),
        );
      });
      relate(
        `FR|${column}`,
        partners.map((_, p) => `p${p}|${column}`),
      );
    }
    const keys = [...cells.keys()];
    const last = new Set(keys.filter((_, i) => previous[i % previous.length] === true));
    return { cells, relations, previous: last };
  });

describe('properties of the protected tables', () => {
  it('leaves no suppressed cell recoverable from a published total in any row, column or roll-up', () => {
    fc.assert(
      fc.property(tableArbitrary, ({ cells, relations, previous }) => {
        const states = protectTable({ cells, relations, previous });
        expect(recoverableRelations(relations, states, cells)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('suppresses every cell the primary rule finds sensitive, for the rule’s own reason', () => {
    fc.assert(
      fc.property(tableArbitrary, ({ cells, relations, previous }) => {
        const states = protectTable({ cells, relations, previous });
        for (const [key, cell] of cells) {
          const primary = primaryState(cell);
          if (primary !== 'value') expect(states.get(key)).toBe(primary);
          expect(states.has(key)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('adds complements only where a relation needs one (a table with no sensitive cell stays whole)', () => {
    fc.assert(
      fc.property(tableArbitrary, ({ cells, relations }) => {
        const states = protectTable({ cells, relations });
        const anyPrimary = [...cells.values()].some((cell) => primaryState(cell) !== 'value');
        if (!anyPrimary) expect([...states.values()].every((state) => state === 'value')).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
