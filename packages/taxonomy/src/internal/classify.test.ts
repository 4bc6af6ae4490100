import { FILIERE_IDS } from '@mbi/domain';
import { describe, expect, it } from 'vitest';
import { classify, listFiliereCodes, listFiliereCodes2025 } from './classify.ts';
import { FILIERE_MAP_VERSION } from './filiere-map.ts';

function filieres(code: string, scheme?: Parameters<typeof classify>[1]) {
  const result = classify(code, scheme);
  if (!result.ok) throw new Error(`${code}: ${result.error.code}`);
  return result.value.filieres.map((f) => `${f.filiere}:${f.weight}`);
}

describe('classify', () => {
  it('returns the class, the national code and the map version', () => {
    const result = classify('4764z');
    expect(result).toMatchObject({
      ok: true,
      value: { naceClass: '47.64', nationalCode: '47.64Z', scheme: 'naf', mapVersion: FILIERE_MAP_VERSION },
    });
  });

  it('gives rationale and the matched entry', () => {
    const result = classify('32.30');
    expect(result.ok && result.value.filieres[0]).toMatchObject({
      filiere: 'outdoor',
      weight: 'core',
      entry: '32.30',
    });
    expect(result.ok && result.value.filieres[0]?.rationale).toMatch(/sports goods/);
    // INSEE NAF rév. 2 32.30Z "Fabrication d'articles de sport"; BFS NOGA 2008 3230 "Herstellung von Sportgeräten".
    expect(result.ok && result.value.filieres[0]?.rationales.fr).toMatch(/articles de sport/);
    expect(result.ok && result.value.filieres[0]?.rationales.de).toMatch(/Sportgeräte/);
  });

  it('classifies ski boots (Eurostat NACE Rev.2 notes: 32.30 includes ski-boots) as outdoor core', () => {
    // INSEE NAF rév. 2 32.30Z "Fabrication d'articles de sport"; 15.20Z "Fabrication de chaussures".
    expect(filieres('32.30Z')).toEqual(['outdoor:core']);
    expect(filieres('15.20Z')).toEqual(['outdoor:partial']);
  });

  it('returns an empty list for a code of no filière', () => {
    // INSEE NAF rév. 2: 01.11Z = cereals; no filière.
    expect(filieres('01.11Z')).toEqual([]);
  });

  it('returns every filière of a two-filière code, in FILIERE_IDS order', () => {
    expect(filieres('71.12')).toEqual(['outdoor:partial', 'renovation:partial']);
    expect(filieres('72.19.09', 'ateco')).toEqual(['outdoor:partial', 'phyto:partial']);
  });

  it('uses NAF sub-classes where the map has them (INSEE: 49.39C ski lifts, 49.39A/B coaches)', () => {
    expect(filieres('49.39C')).toEqual(['outdoor:core']);
    expect(filieres('49.39A')).toEqual([]);
    expect(filieres('49.39B')).toEqual([]);
    expect(filieres('49.39')).toEqual(['outdoor:partial']);
    expect(filieres('49.39', 'naf')).toEqual(['outdoor:partial']);
  });

  it('uses the class entry for ATECO and NOGA codes of a class with only NAF entries', () => {
    expect(filieres('49.39.01')).toEqual(['outdoor:partial']);
    expect(filieres('493901', 'noga')).toEqual(['outdoor:partial']);
    expect(filieres('493901')).toEqual(['outdoor:partial']);
  });

  it('uses ATECO sub-categories where the map has them (ISTAT ATECO 2007: 43.29.02 insulation works)', () => {
    expect(filieres('43.29.02')).toEqual(['renovation:core']);
    // ATECO 2007 43.29.01 = lifts and escalators: not the filière's part of 43.29.
    expect(filieres('43.29.01')).toEqual([]);
    // The category 43.29.0 holds both: class level, which mixes insulation and lifts.
    expect(filieres('43.29.0')).toEqual(['renovation:partial']);
    // Six plain digits could be NOGA: class level, never an ATECO-only entry.
    expect(filieres('432901')).toEqual(['renovation:partial']);
    expect(filieres('432900', 'noga')).toEqual(['renovation:partial']);
    expect(filieres('43.29')).toEqual(['renovation:partial']);
    // INSEE NAF rév. 2: 43.29A = Travaux d'isolation, 43.29B = Autres travaux d'installation n.c.a.
    expect(filieres('43.29A')).toEqual(['renovation:core']);
    expect(filieres('43.29B')).toEqual([]);
  });

  it('passes parse errors through and rejects levels above the class', () => {
    expect(classify('hello')).toMatchObject({ ok: false, error: { code: 'not-a-code' } });
    expect(classify('43.35')).toMatchObject({ ok: false, error: { code: 'unknown-code' } });
    expect(classify('43.3')).toMatchObject({ ok: false, error: { code: 'not-a-class' } });
    expect(classify('F')).toMatchObject({ ok: false, error: { code: 'not-a-class' } });
  });

  it('classifies 2025 codes by their NACE Rev.2.1 class', () => {
    const result = classify('47.63', 'nace2025');
    expect(result).toMatchObject({ ok: true, value: { revision: '2.1', naceClass: '47.63' } });
    expect(filieres('47.63.00', 'ateco2025')).toEqual(['outdoor:partial']);
    // NACE Rev.2.1: 47.64 = Retail sale of games and toys, no longer sporting equipment.
    expect(filieres('47.64', 'nace2025')).toEqual([]);
  });
});

describe('listFiliereCodes', () => {
  it('lists the entries of one filière', () => {
    for (const filiere of FILIERE_IDS) {
      const entries = listFiliereCodes(filiere);
      expect(entries.length, filiere).toBeGreaterThan(10);
      expect(entries.every((e) => e.filiere === filiere)).toBe(true);
      expect(listFiliereCodes2025(filiere).every((e) => e.filiere === filiere)).toBe(true);
    }
    expect(listFiliereCodes('outdoor').map((e) => e.code)).toContain('49.39C');
  });
});
