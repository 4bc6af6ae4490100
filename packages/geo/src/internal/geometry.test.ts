import { describe, expect, test } from 'vitest';
import {
  getTerritoryBoundaries,
  type Position,
  TERRITORY_TOPOLOGY,
  type TerritoryBoundary,
} from '../index.ts';

const all = getTerritoryBoundaries({ includeContext: true }).features;

function polygonsOf(item: TerritoryBoundary): Position[][][] {
  return item.geometry.type === 'Polygon' ? [item.geometry.coordinates] : item.geometry.coordinates;
}

/** Twice the signed planar area of a ring (shoelace formula): positive when it turns counter-clockwise. */
function signedArea(ring: Position[]): number {
  let sum = 0;
  for (let index = 0; index + 1 < ring.length; index += 1) {
    const [x0, y0] = ring[index] ?? [0, 0];
    const [x1, y1] = ring[index + 1] ?? [0, 0];
    sum += x0 * y1 - x1 * y0;
  }
  return sum;
}

/** Even-odd ray casting over every ring of every polygon (holes included). */
function contains(item: TerritoryBoundary, [x, y]: Position): boolean {
  let inside = false;
  for (const polygon of polygonsOf(item)) {
    for (const ring of polygon) {
      for (let index = 0, previous = ring.length - 1; index < ring.length; previous = index, index += 1) {
        const [xi, yi] = ring[index] ?? [0, 0];
        const [xj, yj] = ring[previous] ?? [0, 0];
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
      }
    }
  }
  return inside;
}

describe('geometry', () => {
  test('is Polygon or MultiPolygon only, with closed rings of at least four positions', () => {
    for (const item of all) {
      expect(['Polygon', 'MultiPolygon']).toContain(item.geometry.type);
      for (const polygon of polygonsOf(item)) {
        expect(polygon.length).toBeGreaterThan(0);
        for (const ring of polygon) {
          expect(ring.length).toBeGreaterThanOrEqual(4);
          expect(ring.at(-1)).toEqual(ring[0]);
        }
      }
    }
  });

  test('lies within the Mont-Blanc region (lon 5.7–8.5, lat 45.4–46.7), in WGS 84 longitude/latitude order', () => {
    const outside: string[] = [];
    for (const item of all) {
      for (const polygon of polygonsOf(item)) {
        for (const ring of polygon) {
          for (const [lon, lat] of ring) {
            if (!(lon >= 5.7 && lon <= 8.5 && lat >= 45.4 && lat <= 46.7))
              outside.push(`${item.properties.code} ${lon} ${lat}`);
          }
        }
      }
    }
    expect(outside).toEqual([]);
  });

  test('follows RFC 7946 winding: exterior rings counter-clockwise, holes clockwise', () => {
    const wrong: string[] = [];
    for (const item of all) {
      for (const polygon of polygonsOf(item)) {
        polygon.forEach((ring, index) => {
          const area = signedArea(ring);
          if (index === 0 ? area <= 0 : area >= 0) wrong.push(`${item.properties.code} ring ${index}`);
        });
      }
    }
    expect(wrong).toEqual([]);
  });

  test('puts known town centres in their unit, and in no other', () => {
    // Town centres (OpenStreetMap): Chamonix 6.8694 E 45.9237 N (given by the mission's task), Aosta, Piazza
    // Chanoux 7.3204 E 45.7372 N; Sion, Place de la Planta 7.3590 E 46.2336 N; Zermatt 7.7491 E 46.0207 N.
    const centres: Array<[Position, string]> = [
      [[6.8694, 45.9237], '74056'],
      [[7.3204, 45.7372], '007003'],
      [[7.359, 46.2336], '6266'],
      [[7.7491, 46.0207], '6300'],
    ];
    for (const [point, code] of centres) {
      expect(all.filter((item) => contains(item, point)).map((item) => item.properties.code)).toEqual([code]);
    }
  });

  test('keeps topology: neighbours share the arcs of their common border', () => {
    const arcsOf = (code: string) => {
      const geometry = TERRITORY_TOPOLOGY.objects.territories.geometries.find(
        (item) => item.properties.code === code,
      );
      const rings = geometry?.type === 'Polygon' ? geometry.arcs : (geometry?.arcs.flat() ?? []);
      return new Set(rings.flat().map((arc) => (arc < 0 ? ~arc : arc)));
    };
    const shared = (a: string, b: string) => [...arcsOf(a)].filter((arc) => arcsOf(b).has(arc));
    // Chamonix-Mont-Blanc (74056) borders Les Houches (74143) and Vallorcine (74290); Aosta (ISTAT 007003)
    // borders Gressan (007031); Sion (BFS 6266) borders Savièse (6265).
    expect(shared('74056', '74143').length).toBeGreaterThan(0);
    expect(shared('74056', '74290').length).toBeGreaterThan(0);
    expect(shared('007003', '007031').length).toBeGreaterThan(0);
    expect(shared('6266', '6265').length).toBeGreaterThan(0);
  });
});
