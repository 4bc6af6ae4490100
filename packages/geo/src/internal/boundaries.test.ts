import { getPartner, MONT_BLANC_INNOVATION, type PartnerId } from '@mbi/domain';
import { feature } from 'topojson-client';
import { describe, expect, test } from 'vitest';
import { getTerritoryBoundaries, getTerritoryBoundary, TERRITORY_TOPOLOGY } from '../index.ts';

const all = getTerritoryBoundaries({ includeContext: true }).features;
const units = MONT_BLANC_INNOVATION.territoryUnits;

/** The boundaries (context included) carrying a code of a country. */
function boundariesOf(country: string, code: string) {
  return all.filter((item) => item.properties.country === country && item.properties.code === code);
}

describe('every territory unit of @mbi/domain', () => {
  test('has exactly one boundary, with the same code and the same name', () => {
    expect(units).toHaveLength(210);
    const problems = units.flatMap((unit) => {
      const found = boundariesOf(unit.country, unit.code);
      if (found.length !== 1) return [`${unit.country} ${unit.code}: ${found.length} boundaries`];
      const name = found[0]?.properties.name;
      return name === unit.name ? [] : [`${unit.country} ${unit.code}: "${name}" ≠ "${unit.name}"`];
    });
    expect(problems).toEqual([]);
  });

  test('belongs to the partner that lists it, and only partner units are returned by default', () => {
    const partnerOf = new Map<string, PartnerId>();
    for (const partner of MONT_BLANC_INNOVATION.partners) {
      for (const code of partner.territoryUnitCodes) partnerOf.set(`${partner.country}:${code}`, partner.id);
    }
    const defaults = getTerritoryBoundaries().features;
    expect(defaults).toHaveLength(210);
    for (const item of defaults) {
      expect(item.properties.partner).toBe(
        partnerOf.get(`${item.properties.country}:${item.properties.code}`),
      );
    }
  });
});

describe('French communes', () => {
  test('are the 14 INSEE codes of BRIEF.md (partners table), with their official names', () => {
    // BRIEF.md, partners table: CC Vallée de Chamonix Mont-Blanc, then CC Pays du Mont-Blanc.
    const brief = [
      ['74056', 'Chamonix-Mont-Blanc', 'cc-vallee-chamonix'],
      ['74143', 'Les Houches', 'cc-vallee-chamonix'],
      ['74266', 'Servoz', 'cc-vallee-chamonix'],
      ['74290', 'Vallorcine', 'cc-vallee-chamonix'],
      ['74256', 'Sallanches', 'cc-pays-mont-blanc'],
      ['74208', 'Passy', 'cc-pays-mont-blanc'],
      ['74236', 'Saint-Gervais-les-Bains', 'cc-pays-mont-blanc'],
      ['74173', 'Megève', 'cc-pays-mont-blanc'],
      ['74103', 'Domancy', 'cc-pays-mont-blanc'],
      ['74083', 'Combloux', 'cc-pays-mont-blanc'],
      ['74215', 'Praz-sur-Arly', 'cc-pays-mont-blanc'],
      ['74085', 'Les Contamines-Montjoie', 'cc-pays-mont-blanc'],
      ['74089', 'Cordon', 'cc-pays-mont-blanc'],
      ['74099', 'Demi-Quartier', 'cc-pays-mont-blanc'],
    ].sort(([a = ''], [b = '']) => a.localeCompare(b));
    const french = getTerritoryBoundaries({ country: 'FR' }).features;
    expect(
      french.map((item) => [item.properties.code, item.properties.name, item.properties.partner]),
    ).toEqual(brief);
  });

  test('the other communes of Haute-Savoie are context only: department 74, no partner, not in the domain', () => {
    const context = all.filter((item) => item.properties.partner === null);
    expect(context.length).toBeGreaterThan(0);
    for (const item of context) {
      expect(item.properties.country).toBe('FR');
      expect(item.properties.code).toMatch(/^74\d{3}$/);
      expect(units.some((unit) => unit.country === 'FR' && unit.code === item.properties.code)).toBe(false);
    }
    // Annecy (INSEE 74010), préfecture of Haute-Savoie, lies outside the two communities.
    expect(getTerritoryBoundary('FR', '74010')?.properties).toEqual({
      code: '74010',
      name: 'Annecy',
      country: 'FR',
      partner: null,
    });
  });
});

describe('Italian comuni', () => {
  test('are the 74 comuni of Valle d’Aosta, all in the province of Aosta (ISTAT 007), for the Chambre valdôtaine', () => {
    const italian = getTerritoryBoundaries({ country: 'IT' }).features;
    expect(italian).toHaveLength(74);
    expect(new Set(italian.map((item) => item.properties.code)).size).toBe(74);
    expect(italian.every((item) => /^007\d{3}$/.test(item.properties.code))).toBe(true);
    expect(getTerritoryBoundaries({ partner: 'chambre-valdotaine' }).features).toHaveLength(74);
  });

  test('include Aosta and Courmayeur with their ISTAT codes', () => {
    // ISTAT codes: Aosta 007003, Courmayeur 007022.
    expect(getTerritoryBoundary('IT', '007003')?.properties.name).toBe('Aosta');
    expect(getTerritoryBoundary('IT', '007022')?.properties.name).toBe('Courmayeur');
  });
});

describe('Swiss municipalities', () => {
  test('are the 122 municipalities of Valais (BRIEF.md), unique BFS numbers in the 6000 range, for CimArk', () => {
    const swiss = getTerritoryBoundaries({ country: 'CH' }).features;
    expect(swiss).toHaveLength(122);
    const codes = swiss.map((item) => Number(item.properties.code));
    expect(new Set(codes).size).toBe(122);
    expect(codes.every((code) => code >= 6000 && code < 6400)).toBe(true);
    expect(getTerritoryBoundaries({ partner: 'cimark' }).features).toHaveLength(122);
    expect(getPartner('cimark').country).toBe('CH');
  });

  test('include well-known municipalities with their BFS numbers', () => {
    // BFS official register of Swiss municipalities: Brig-Glis 6002, Martigny 6136, Sion 6266, Zermatt 6300,
    // Val de Bagnes 6037 (merger of Bagnes and Vollèges, 2021).
    const name = (code: string) => getTerritoryBoundary('CH', code)?.properties.name;
    expect(name('6002')).toBe('Brig-Glis');
    expect(name('6136')).toBe('Martigny');
    expect(name('6266')).toBe('Sion');
    expect(name('6300')).toBe('Zermatt');
    expect(name('6037')).toBe('Val de Bagnes');
  });
});

describe('TERRITORY_TOPOLOGY', () => {
  test('is a topology topojson-client reads as it is: 210 units plus the 267 other communes of Haute-Savoie', () => {
    // SOURCES.md of the boundary files: the IGN file holds 281 communes of Haute-Savoie, 14 of them partners'.
    const decoded = feature(TERRITORY_TOPOLOGY, TERRITORY_TOPOLOGY.objects.territories);
    expect(decoded.features).toHaveLength(210 + 281 - 14);
    expect(all).toHaveLength(210 + 281 - 14);
  });
});

describe('getTerritoryBoundaries', () => {
  test('filters by partner and by country together', () => {
    const chamonix = getTerritoryBoundaries({ partner: 'cc-vallee-chamonix' }).features;
    expect(chamonix.map((item) => item.properties.name)).toEqual([
      'Chamonix-Mont-Blanc',
      'Les Houches',
      'Servoz',
      'Vallorcine',
    ]);
    expect(getTerritoryBoundaries({ partner: 'cc-vallee-chamonix', country: 'IT' }).features).toEqual([]);
    // A partner's units are never context: asking for context adds nothing.
    expect(getTerritoryBoundaries({ partner: 'cimark', includeContext: true }).features).toHaveLength(122);
  });

  test('returns new objects: changing a result changes neither the topology nor the next result', () => {
    const first = getTerritoryBoundary('FR', '74056');
    if (first === undefined) throw new Error('no boundary for Chamonix');
    first.properties.name = 'changed';
    first.geometry.coordinates.length = 0;
    expect(getTerritoryBoundary('FR', '74056')?.properties.name).toBe('Chamonix-Mont-Blanc');
    expect(getTerritoryBoundary('FR', '74056')?.geometry.coordinates.length).toBeGreaterThan(0);
    expect(
      TERRITORY_TOPOLOGY.objects.territories.geometries.find(
        (geometry) => geometry.properties.code === '74056',
      )?.properties.name,
    ).toBe('Chamonix-Mont-Blanc');
  });

  test('getTerritoryBoundary answers undefined for a code it does not hold', () => {
    expect(getTerritoryBoundary('IT', '999999')).toBeUndefined();
    expect(getTerritoryBoundary('CH', '74056')).toBeUndefined();
  });
});
