import { describe, expect, test } from 'vitest';
import { CH_TERRITORY_UNITS, FR_TERRITORY_UNITS, IT_TERRITORY_UNITS } from './territory-units';

// The boundaries of these units, and the check of codes and names against them, are in @mbi/geo.

describe('French communes', () => {
  test('are the 14 INSEE codes of BRIEF.md (partners table), with their official names', () => {
    expect(FR_TERRITORY_UNITS.map((unit) => [unit.code, unit.name])).toEqual([
      ['74056', 'Chamonix-Mont-Blanc'],
      ['74143', 'Les Houches'],
      ['74266', 'Servoz'],
      ['74290', 'Vallorcine'],
      ['74256', 'Sallanches'],
      ['74208', 'Passy'],
      ['74236', 'Saint-Gervais-les-Bains'],
      ['74173', 'Megève'],
      ['74103', 'Domancy'],
      ['74083', 'Combloux'],
      ['74215', 'Praz-sur-Arly'],
      ['74085', 'Les Contamines-Montjoie'],
      ['74089', 'Cordon'],
      ['74099', 'Demi-Quartier'],
    ]);
  });
});

describe('Italian comuni', () => {
  test('are 74 unique codes, all in the province of Aosta (ISTAT 007), including Aosta and Courmayeur', () => {
    expect(IT_TERRITORY_UNITS).toHaveLength(74);
    expect(new Set(IT_TERRITORY_UNITS.map((unit) => unit.code)).size).toBe(74);
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
