import { LOCALES } from '@mbi/domain';
import { describe, expect, it } from 'vitest';
import readme from '../../README.md?raw';
import { classify } from './classify.ts';
import { FILIERE_MAP } from './filiere-map.ts';
import { FILIERE_MAP_2025, NACE_REV21_CORRESPONDENCE, NACE_REV21_TITLES } from './nace-2025.ts';

const rows = new Map(NACE_REV21_CORRESPONDENCE.map((row) => [row.rev2, row]));

function weight2025(code: string, filiere: string, scheme: Parameters<typeof classify>[1] = 'nace2025') {
  const result = classify(code, scheme);
  if (!result.ok) throw new Error(`${code}: ${result.error.code}`);
  return result.value.filieres.find((f) => f.filiere === filiere)?.weight;
}

describe('NACE_REV21_CORRESPONDENCE', () => {
  it('has exactly one row for every code of the filière map, and no other', () => {
    const mapCodes = new Set(FILIERE_MAP.map((e) => e.code));
    expect(rows.size).toBe(NACE_REV21_CORRESPONDENCE.length);
    expect(new Set(rows.keys())).toEqual(mapCodes);
  });

  it('names a source and an English Rev.2.1 title for every target', () => {
    for (const row of NACE_REV21_CORRESPONDENCE) {
      expect(row.source.length, row.rev2).toBeGreaterThan(20);
      for (const code of row.rev21) expect(NACE_REV21_TITLES[code], `${row.rev2} → ${code}`).toBeTruthy();
      for (const carry of Object.values(row.carry ?? {})) {
        for (const code of carry.to) expect(row.rev21, row.rev2).toContain(code);
        expect(carry.why).toMatch(/\.$/);
        expect(carry.rationales.en).toBe(carry.why);
        for (const locale of LOCALES)
          expect(carry.rationales[locale], row.rev2).toMatch(/^\p{Lu}[^\n]{20,160}\.$/u);
        expect(new Set(Object.values(carry.rationales)).size, row.rev2).toBe(4);
      }
      if (row.change === 'unchanged') expect(row.rev21).toEqual([row.rev2]);
    }
  });

  it('has English titles only, and the README lists exactly the classes missing fr, it and de', () => {
    const listed = /<!-- rev21-missing-fr-it-de -->([^<]*)<!-- \/rev21-missing-fr-it-de -->/.exec(
      readme,
    )?.[1];
    expect(listed?.match(/\d{2}\.\d{2}/g)).toEqual(Object.keys(NACE_REV21_TITLES));
    // SN2025 / NACE Rev.2.1 EN: 49.34 "Passenger transport by cableways and ski lifts".
    expect(NACE_REV21_TITLES['49.34']).toBe('Passenger transport by cableways and ski lifts');
  });

  it('records the moves named in the brief', () => {
    // Brief: 47.64 sports goods retail becomes 47.63; 20.53 essential oils merges into 20.59.
    expect(rows.get('47.64')?.rev21).toEqual(['47.63']);
    expect(rows.get('20.53')).toMatchObject({ rev21: ['20.59'], change: 'merged' });
  });
});

describe('classify with 2025 schemes', () => {
  it('gives, for every row, the filières of the Rev.2 code to its Rev.2.1 classes', () => {
    for (const entry of FILIERE_MAP) {
      const row = rows.get(entry.code);
      if (row === undefined) throw new Error(`no row for ${entry.code}`);
      const carry = row.carry?.[entry.filiere];
      const expected = carry?.weight ?? entry.weight;
      for (const target of carry?.to ?? row.rev21) {
        const actual = weight2025(target, entry.filiere);
        // Several Rev.2 codes can reach one Rev.2.1 class; the strongest weight wins.
        const strongerSource = FILIERE_MAP_2025.find(
          (e) => e.code === target && e.filiere === entry.filiere && e.weight === 'core',
        );
        expect(
          actual === expected || (actual === 'core' && strongerSource !== undefined),
          `${entry.code}→${target}`,
        ).toBe(true);
        expect(weight2025(target.replace('.', ''), entry.filiere, 'noga2025')).toBe(actual);
        expect(weight2025(`${target}.00`, entry.filiere, 'ateco2025')).toBe(actual);
      }
    }
  });

  it('changes a weight only where the row says so', () => {
    for (const entry of FILIERE_MAP) {
      const row = rows.get(entry.code);
      const carry = row?.carry?.[entry.filiere];
      if (carry?.weight !== undefined) expect(carry.weight, entry.code).not.toBe(entry.weight);
    }
  });

  it('invents no filière: each Rev.2.1 entry comes from Rev.2 entries of the same filière', () => {
    for (const entry of FILIERE_MAP_2025) {
      for (const from of entry.from) {
        expect(
          FILIERE_MAP.some((e) => e.code === from && e.filiere === entry.filiere),
          `${entry.code} ${entry.filiere} from ${from}`,
        ).toBe(true);
      }
    }
  });

  it('demotes essential oils merged into 20.59 to partial', () => {
    expect(weight2025('20.59', 'phyto')).toBe('partial');
  });

  it('follows codes whose meaning changed (NACE Rev.2.1: 43.91 is masonry, 43.41 roofing)', () => {
    expect(weight2025('43.41', 'renovation')).toBe('core');
    expect(weight2025('43.91', 'renovation')).toBe('partial');
  });

  it('promotes ski lifts, which Rev.2.1 separates in 49.34', () => {
    expect(weight2025('49.34', 'outdoor')).toBe('core');
    expect(weight2025('49.39', 'outdoor')).toBeUndefined();
    expect(weight2025('49.34Z', 'outdoor', 'naf2025')).toBe('core');
  });

  it('gives every Rev.2.1 entry its rationale in four languages', () => {
    for (const entry of FILIERE_MAP_2025) {
      expect(entry.rationales.en, entry.code).toBe(entry.rationale);
      for (const locale of LOCALES) expect(entry.rationales[locale], entry.code).toBeTruthy();
    }
    // NACE Rev.2.1 49.34 "Passenger transport by cableways and ski lifts": the carry's reason, in Italian.
    const lifts = classify('49.34', 'nace2025');
    expect(lifts.ok && lifts.value.filieres[0]?.rationales.it).toMatch(/funivie e impianti di risalita/);
  });

  it('keeps insulation core in its new class 43.23, and drops lift installation (43.24)', () => {
    expect(weight2025('43.23', 'renovation')).toBe('core');
    expect(weight2025('43.24', 'renovation')).toBeUndefined();
  });
});
