import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { CH_TERRITORY_UNITS, FR_TERRITORY_UNITS, IT_TERRITORY_UNITS } from './territory-units';

/**
 * The boundary files kept beside the repository (../shared/data/geo, see its SOURCES.md): IGN ADMIN
 * EXPRESS communes of Haute-Savoie and ISTAT comuni of Valle d'Aosta. They are read here, never copied.
 */
function readGeojson(file: string): Array<Record<string, string>> {
  // `MBI_SHARED_DIR` names the shared folder when it is not beside the repository (.ci/run sets it).
  const shared = process.env.MBI_SHARED_DIR;
  const url = shared
    ? new URL(`data/geo/${file}`, `file://${shared.endsWith('/') ? shared : `${shared}/`}`)
    : new URL(`../../../../../shared/data/geo/${file}`, import.meta.url);
  const collection = JSON.parse(readFileSync(url, 'utf8')) as {
    features: Array<{ properties: Record<string, string> }>;
  };
  return collection.features.map((feature) => feature.properties);
}

describe('French communes', () => {
  test('are the 14 INSEE codes of BRIEF.md, each a commune of Haute-Savoie with the same name', () => {
    const names = new Map(readGeojson('fr-communes-74-haute-savoie.geojson').map((p) => [p.code, p.nom]));
    expect(FR_TERRITORY_UNITS).toHaveLength(14);
    for (const unit of FR_TERRITORY_UNITS) {
      // The simplified IGN file drops leading articles ("Houches" for Les Houches).
      expect(unit.name.replace(/^Les /, '')).toBe(names.get(unit.code));
    }
  });
});

describe('Italian comuni', () => {
  test('are exactly the 74 comuni of the ISTAT boundary file, codes and names', () => {
    const expected = readGeojson('it-comuni-valle-d-aosta.geojson')
      .map((p) => [p.com_istat_code, p.name])
      .sort(([a = ''], [b = '']) => a.localeCompare(b));
    expect(IT_TERRITORY_UNITS.map((unit) => [unit.code, unit.name])).toEqual(expected);
  });

  test('all lie in the province of Aosta (ISTAT 007) and include Aosta and Courmayeur', () => {
    expect(IT_TERRITORY_UNITS.every((unit) => unit.code.startsWith('007'))).toBe(true);
    // ISTAT codes: Aosta 007003, Courmayeur 007022.
    expect(IT_TERRITORY_UNITS.find((unit) => unit.code === '007003')?.name).toBe('Aosta');
    expect(IT_TERRITORY_UNITS.find((unit) => unit.code === '007022')?.name).toBe('Courmayeur');
  });
});

describe('Swiss municipalities', () => {
  test('are the 122 municipalities of Valais (BRIEF.md), unique BFS numbers in the 6000 range', () => {
    expect(CH_TERRITORY_UNITS).toHaveLength(122);
    const codes = CH_TERRITORY_UNITS.map((unit) => Number(unit.code));
    expect(new Set(codes).size).toBe(122);
    expect(codes.every((code) => code >= 6000 && code < 6400)).toBe(true);
  });

  test('include well-known municipalities with their BFS numbers', () => {
    // BFS official register of Swiss municipalities: Brig-Glis 6002, Martigny 6136, Sion 6266, Zermatt 6300,
    // Val de Bagnes 6037 (merger of Bagnes and Vollèges, 2021).
    const name = (code: string) => CH_TERRITORY_UNITS.find((unit) => unit.code === code)?.name;
    expect(name('6002')).toBe('Brig-Glis');
    expect(name('6136')).toBe('Martigny');
    expect(name('6266')).toBe('Sion');
    expect(name('6300')).toBe('Zermatt');
    expect(name('6037')).toBe('Val de Bagnes');
  });
});
