import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSuppressed, primaryState, recoverableRelations } from './confidentiality';
import { type Atom, buildGrid } from './grid';

const FILIERES = ['outdoor', 'phyto', 'renovation'];
// Classes as the filière map gives them (32.30 outdoor, 71.12 outdoor and renovation, 43.31 renovation partial,
// 20.53 phyto), and the rest of the economy (null).
const CLASSES: { naceClass: string | null; filieres: string[]; partial: string[] }[] = [
  { naceClass: '32.30', filieres: ['outdoor'], partial: [] },
  { naceClass: '71.12', filieres: ['outdoor', 'renovation'], partial: ['outdoor', 'renovation'] },
  { naceClass: '43.31', filieres: ['renovation'], partial: ['renovation'] },
  { naceClass: '20.53', filieres: ['phyto'], partial: [] },
  { naceClass: null, filieres: [], partial: [] },
];

const gridArbitrary = fc
  .record({
    units: fc.array(fc.constantFrom('p1', 'p2', 'p3'), { minLength: 1, maxLength: 7 }),
    atoms: fc.array(
      fc.record({
        unit: fc.nat(6),
        kind: fc.nat(CLASSES.length - 1),
        establishments: fc.oneof(fc.integer({ min: 1, max: 2 }), fc.integer({ min: 1, max: 20 })),
        each: fc.integer({ min: 0, max: 30 }),
        largest: fc.integer({ min: 0, max: 400 }),
        atSource: fc.integer({ min: 0, max: 19 }).map((x) => x === 0),
      }),
      { maxLength: 30 },
    ),
  })
  .map(({ units, atoms }) => {
    const gridUnits = units.map((partner, index) => ({ code: `u${index}`, partner }));
    const list: Atom[] = atoms
      .filter((atom) => atom.unit < gridUnits.length)
      .map((atom) => {
        const kind = CLASSES[atom.kind] ?? CLASSES[0];
        const employees = atom.establishments * atom.each + atom.largest;
        return {
          unit: `u${atom.unit}`,
          naceClass: kind?.naceClass ?? null,
          filieres: kind?.filieres ?? [],
          partialFilieres: kind?.partial ?? [],
          establishments: atom.establishments,
          employeesLow: employees,
          employeesCentral: employees,
          employeesHigh: employees,
          largest: Math.max(atom.each, atom.largest),
          creations: 0,
          closures: 0,
          atSource: atom.atSource,
        };
      });
    return { units: gridUnits, atoms: list };
  });

describe('the observatory table of a country and a year', () => {
  it('protects every relation of rows, filière classes, the local economy and the roll-ups', () => {
    fc.assert(
      fc.property(gridArbitrary, ({ units, atoms }) => {
        const grid = buildGrid({ country: 'FR', units, atoms, filieres: FILIERES });
        expect(recoverableRelations(grid.relations, grid.states, grid.cells)).toEqual([]);
        for (const [key, cell] of grid.cells) {
          const primary = primaryState(cell);
          if (primary !== 'value') expect(grid.states.get(key)).toBe(primary);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('publishes a total for every unit, partner and the country in every filière, and totals add up', () => {
    fc.assert(
      fc.property(gridArbitrary, ({ units, atoms }) => {
        const grid = buildGrid({ country: 'FR', units, atoms, filieres: FILIERES });
        const totals = grid.rows.filter((row) => row.naceClass === null);
        const partners = new Set(units.map((unit) => unit.partner));
        expect(totals).toHaveLength((units.length + partners.size + 1) * FILIERES.length);
        for (const filiere of FILIERES) {
          const country = totals.find((row) => row.level === 'country' && row.filiere === filiere);
          const sum = totals
            .filter((row) => row.level === 'unit' && row.filiere === filiere)
            .reduce((total, row) => total + row.figures.establishments, 0);
          expect(country?.figures.establishments).toBe(sum);
        }
        // A class shared by two filières has one state in both.
        for (const row of grid.rows.filter((r) => r.naceClass === '71.12' && r.filiere === 'outdoor')) {
          const twin = grid.rows.find(
            (r) => r.naceClass === '71.12' && r.filiere === 'renovation' && r.territory === row.territory,
          );
          expect(twin?.state).toBe(row.state);
        }
        for (const row of grid.rows) {
          if (row.weight === 'partial') expect(['71.12', '43.31']).toContain(row.naceClass);
          if (isSuppressed(row.state)) expect(row.state).not.toBe('value');
        }
      }),
      { numRuns: 200 },
    );
  });
});
