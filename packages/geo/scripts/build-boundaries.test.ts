import type { TerritoryUnit } from '@mbi/domain';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, test } from 'vitest';
import { buildBoundaries, ringArea, type SourceFeature } from './build-boundaries.ts';

/** A square of side 0.1° with its south-west corner at (lon, lat), written clockwise as the source files are. */
function clockwiseSquare(lon: number, lat: number): SourceFeature['geometry'] {
  return {
    type: 'Polygon',
    coordinates: [
      [
        [lon, lat],
        [lon, lat + 0.1],
        [lon + 0.1, lat + 0.1],
        [lon + 0.1, lat],
        [lon, lat],
      ],
    ],
  };
}

const commune = (code: string, name: string): TerritoryUnit => ({
  kind: 'commune',
  country: 'FR',
  code,
  name,
  nuts3: 'FRK28',
});

// Two neighbouring squares: 74056 is a partner's unit, 74999 is not; 74143 is a unit without a boundary.
const features: SourceFeature[] = [
  { country: 'FR', code: '74999', name: 'Elsewhere', geometry: clockwiseSquare(6.9, 45.9) },
  { country: 'FR', code: '74056', name: 'Chamonix-Mont-Blanc', geometry: clockwiseSquare(6.8, 45.9) },
  { country: 'FR', code: '74056', name: 'Chamonix again', geometry: clockwiseSquare(6.8, 45.8) },
];
const units = [commune('74056', 'Chamonix-Mont-Blanc'), commune('74143', 'Les Houches')];
const partners = [
  { id: 'cc-vallee-chamonix' as const, country: 'FR' as const, territoryUnitCodes: ['74056', '74143'] },
];
const options = { keep: 1, quantization: 1e4, context: true };

function decode(topology: ReturnType<typeof buildBoundaries>['topology']) {
  return feature(
    topology as unknown as Topology,
    topology.objects.territories as unknown as GeometryCollection,
  ).features;
}

describe('buildBoundaries', () => {
  test('reports units without a boundary, features in no list, and codes found twice', () => {
    const { report } = buildBoundaries(features, units, partners, options);
    expect(report.missing).toEqual([{ country: 'FR', code: '74143', name: 'Les Houches' }]);
    expect(report.unlisted).toEqual([{ country: 'FR', code: '74999', name: 'Elsewhere' }]);
    expect(report.duplicates).toEqual([{ country: 'FR', code: '74056' }]);
    expect(report.renamed).toEqual([]);
  });

  test('keeps unlisted features as context (partner null), sorted by code, or leaves them out', () => {
    const kept = buildBoundaries(features, units, partners, options).topology.objects.territories.geometries;
    expect(kept.map((geometry) => geometry.properties)).toEqual([
      { code: '74056', name: 'Chamonix-Mont-Blanc', country: 'FR', partner: 'cc-vallee-chamonix' },
      { code: '74999', name: 'Elsewhere', country: 'FR', partner: null },
    ]);
    const without = buildBoundaries(features, units, partners, { ...options, context: false });
    expect(
      without.topology.objects.territories.geometries.map((geometry) => geometry.properties.code),
    ).toEqual(['74056']);
  });

  test('writes the domain’s name when the file drops the leading article, and reports other differences', () => {
    const source: SourceFeature[] = [
      { country: 'FR', code: '74143', name: 'Houches', geometry: clockwiseSquare(6.7, 45.9) },
      { country: 'FR', code: '74056', name: 'Chamonix', geometry: clockwiseSquare(6.8, 45.9) },
    ];
    const { topology, report } = buildBoundaries(source, units, partners, options);
    expect(topology.objects.territories.geometries.map((geometry) => geometry.properties.name)).toEqual([
      'Chamonix-Mont-Blanc',
      'Les Houches',
    ]);
    expect(report.renamed).toEqual([
      { country: 'FR', code: '74056', source: 'Chamonix', official: 'Chamonix-Mont-Blanc' },
    ]);
  });

  test('writes the domain’s name for a unit the file gives no name, and reports it', () => {
    const source: SourceFeature[] = [
      { country: 'FR', code: '74056', name: '', geometry: clockwiseSquare(6.8, 45.9) },
    ];
    const { topology, report } = buildBoundaries(source, units, partners, options);
    expect(topology.objects.territories.geometries[0]?.properties.name).toBe('Chamonix-Mont-Blanc');
    expect(report.unnamed).toEqual([{ country: 'FR', code: '74056', partner: true }]);
    expect(report.renamed).toEqual([]);
  });

  test('turns clockwise exterior rings counter-clockwise (RFC 7946) and shares the common border', () => {
    const { topology } = buildBoundaries(features, units, partners, options);
    for (const item of decode(topology)) {
      const geometry = item.geometry as { type: 'Polygon'; coordinates: number[][][] };
      expect(ringArea(geometry.coordinates[0] as Array<[number, number]>)).toBeGreaterThan(0);
    }
    const [west, east] = topology.objects.territories.geometries.map(
      (geometry) => new Set((geometry.arcs as number[][]).flat().map((arc) => (arc < 0 ? ~arc : arc))),
    );
    expect([...(west ?? [])].filter((arc) => east?.has(arc))).toHaveLength(1);
    // The squares' corners survive quantisation to a 1e4 grid within 0.00002°.
    const chamonix = decode(topology)[0]?.geometry as { coordinates: number[][][] };
    for (const [lon = 0, lat = 0] of chamonix.coordinates[0] ?? []) {
      expect([6.8, 6.9].some((corner) => Math.abs(lon - corner) < 2e-5)).toBe(true);
      expect([45.9, 46].some((corner) => Math.abs(lat - corner) < 2e-5)).toBe(true);
    }
  });
});
