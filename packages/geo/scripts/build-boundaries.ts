/**
 * The pure part of the generator: matches official boundary features to the domain's territory units on
 * their official code, and turns them into one simplified, quantised TopoJSON topology whose exterior rings
 * turn counter-clockwise (RFC 7946). `generate-boundaries.ts` does the reading and writing around it.
 */
import type { CountryCode, Partner, PartnerId, TerritoryUnit } from '@mbi/domain';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { bbox, feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify, sphericalTriangleArea } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type {
  TerritoryBoundaryProperties,
  TerritoryTopology,
  TerritoryTopologyGeometry,
} from '../src/internal/boundary-types.ts';

/** A feature of an official boundary file, reduced to what the generator needs. */
export interface SourceFeature {
  country: CountryCode;
  code: string;
  name: string;
  geometry: Polygon | MultiPolygon;
}

export interface BuildOptions {
  /** Share of the boundary points kept by Visvalingam simplification (0–1]. */
  keep: number;
  /** Grid of the quantised coordinates: this many steps across the bounding box. */
  quantization: number;
  /** Whether features that are no partner's unit are kept, as context (`partner: null`). */
  context: boolean;
}

export interface BuildReport {
  /** Partner units that no boundary feature has: the generator fails on these. */
  missing: Array<{ country: CountryCode; code: string; name: string }>;
  /** Boundary features whose code is in no partner's list (kept as context when `context` is on). */
  unlisted: Array<{ country: CountryCode; code: string; name: string }>;
  /** Codes that several features of the same file carry (the first is kept). */
  duplicates: Array<{ country: CountryCode; code: string }>;
  /** Features the boundary file gives no name (swiss-maps 2025 and 2026 have none): partner units take the domain's. */
  unnamed: Array<{ country: CountryCode; code: string; partner: boolean }>;
  /** Partner units whose name in the boundary file differs from the domain's (the domain's name is written). */
  renamed: Array<{ country: CountryCode; code: string; source: string; official: string }>;
  /** Rings that simplification reduced to nothing and that were dropped; a unit left with none is missing. */
  collapsed: Array<{ country: CountryCode; code: string; rings: number }>;
}

export interface BuildResult {
  topology: TerritoryTopology;
  report: BuildReport;
}

/**
 * The simplified IGN file drops a French name's leading article ("Houches" for Les Houches): a source name
 * matches the official one when they are equal once the article is removed.
 */
function sameName(source: string, official: string): boolean {
  const bare = (name: string) => name.replace(/^(Les |Le |La |L')/, '');
  return source === official || source === bare(official);
}

/** Twice the signed planar area of a ring (shoelace): positive when it turns counter-clockwise. */
export function ringArea(ring: Position[]): number {
  let sum = 0;
  for (let index = 0; index + 1 < ring.length; index += 1) {
    const [x0 = 0, y0 = 0] = ring[index] ?? [];
    const [x1 = 0, y1 = 0] = ring[index + 1] ?? [];
    sum += x0 * y1 - x1 * y0;
  }
  return sum;
}

/** A ring's arcs walked the other way: arc `i` becomes `~i` and the order reverses. */
function reverseRing(arcs: number[]): number[] {
  return arcs.map((arc) => ~arc).reverse();
}

/**
 * Rewinds each ring of a quantised topology to RFC 7946 (exterior counter-clockwise, holes clockwise) by
 * reversing its arc list, and drops rings that quantisation or simplification made empty (fewer than three
 * distinct positions, or no area). Returns how many rings each unit lost.
 */
function rewindAndClean(topo: TerritoryTopology): Map<TerritoryTopologyGeometry, number> {
  const collapsed = new Map<TerritoryTopologyGeometry, number>();
  const decoded = feature(
    topo as unknown as Topology,
    topo.objects.territories as unknown as GeometryCollection,
  ) as FeatureCollection<Polygon | MultiPolygon>;
  const fix = (arcRings: number[][], rings: Position[][]): number[][] => {
    const kept: number[][] = [];
    for (const [index, ring] of rings.entries()) {
      const arcs = arcRings[index] ?? [];
      const distinct = new Set(ring.map((position) => position.join(','))).size;
      const area = ringArea(ring);
      const exterior = index === 0;
      if (distinct < 3 || area === 0) {
        // Without its exterior ring a polygon is nothing, whatever holes are left.
        if (exterior) return [];
        continue;
      }
      kept.push(exterior === area > 0 ? arcs : reverseRing(arcs));
    }
    return kept;
  };
  topo.objects.territories.geometries.forEach((geometry, index) => {
    const shape = decoded.features[index]?.geometry;
    if (shape === undefined) return;
    if (geometry.type === 'Polygon' && shape.type === 'Polygon') {
      const arcs = fix(geometry.arcs, shape.coordinates);
      const lost = geometry.arcs.length - arcs.length;
      geometry.arcs = arcs;
      if (lost > 0) collapsed.set(geometry, lost);
    } else if (geometry.type === 'MultiPolygon' && shape.type === 'MultiPolygon') {
      let lost = 0;
      const polygons: number[][][] = [];
      geometry.arcs.forEach((polygon, part) => {
        const arcs = fix(polygon, shape.coordinates[part] ?? []);
        lost += polygon.length - arcs.length;
        if (arcs.length > 0) polygons.push(arcs);
      });
      geometry.arcs = polygons;
      if (lost > 0) collapsed.set(geometry, lost);
    }
  });
  return collapsed;
}

/**
 * Simplification keeps the ends of every arc, so a ring of three arcs or more keeps at least three corners;
 * a ring of one or two arcs (an exclave, the hole of an enclave) could shrink to nothing. Marks the two
 * heaviest inner points of each of its arcs as kept, so that every ring stays at least a triangle.
 */
function keepSmallRings(topo: Topology<{ territories: GeometryCollection }>): typeof topo {
  const arcs = topo.arcs as number[][][];
  const rings: number[][] = [];
  for (const geometry of topo.objects.territories.geometries) {
    if (geometry.type === 'Polygon') rings.push(...geometry.arcs);
    else if (geometry.type === 'MultiPolygon') for (const polygon of geometry.arcs) rings.push(...polygon);
  }
  for (const ring of rings) {
    if (ring.length > 2) continue;
    for (const index of ring) {
      const arc = arcs[index < 0 ? ~index : index] ?? [];
      const inner = arc.slice(1, -1).sort((a, b) => (b[2] ?? 0) - (a[2] ?? 0));
      for (const point of inner.slice(0, 2)) point[2] = Number.POSITIVE_INFINITY;
    }
  }
  return topo;
}

/**
 * Rounds coordinates to 1e-7 degree (about 1 cm), so that a border both neighbours carry, written with float
 * noise (6.8 + 0.1 ≠ 6.9), still becomes one shared arc.
 */
function snap(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const round = (ring: Position[]) =>
    ring.map(([lon = 0, lat = 0]) => [Math.round(lon * 1e7) / 1e7, Math.round(lat * 1e7) / 1e7]);
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: geometry.coordinates.map(round) }
    : { type: 'MultiPolygon', coordinates: geometry.coordinates.map((polygon) => polygon.map(round)) };
}

/**
 * Matches the features to the units, simplifies and quantises them into one topology.
 *
 * @param features - every feature of the official files (one country's file may hold more than the units).
 * @param units - the territory units of `@mbi/domain`.
 * @param partners - the partners of `@mbi/domain`, for the `partner` of each unit.
 */
export function buildBoundaries(
  features: readonly SourceFeature[],
  units: readonly TerritoryUnit[],
  partners: readonly Pick<Partner, 'id' | 'country' | 'territoryUnitCodes'>[],
  options: BuildOptions,
): BuildResult {
  const key = (country: CountryCode, code: string) => `${country}:${code}`;
  const partnerOf = new Map<string, PartnerId>();
  for (const partner of partners) {
    for (const code of partner.territoryUnitCodes) partnerOf.set(key(partner.country, code), partner.id);
  }
  const unitOf = new Map(units.map((unit) => [key(unit.country, unit.code), unit]));

  const report: BuildReport = {
    missing: [],
    unlisted: [],
    duplicates: [],
    unnamed: [],
    renamed: [],
    collapsed: [],
  };
  const seen = new Set<string>();
  const kept: Array<Feature<Polygon | MultiPolygon, TerritoryBoundaryProperties>> = [];
  for (const source of features) {
    const id = key(source.country, source.code);
    if (seen.has(id)) {
      report.duplicates.push({ country: source.country, code: source.code });
      continue;
    }
    seen.add(id);
    const unit = unitOf.get(id);
    if (source.name === '')
      report.unnamed.push({ country: source.country, code: source.code, partner: unit !== undefined });
    if (unit === undefined) {
      report.unlisted.push({ country: source.country, code: source.code, name: source.name });
      if (!options.context) continue;
    } else if (source.name !== '' && !sameName(source.name, unit.name)) {
      report.renamed.push({
        country: source.country,
        code: source.code,
        source: source.name,
        official: unit.name,
      });
    }
    kept.push({
      type: 'Feature',
      properties: {
        code: source.code,
        name: unit?.name ?? source.name,
        country: source.country,
        partner: unit === undefined ? null : (partnerOf.get(id) ?? null),
      },
      geometry: snap(source.geometry),
    });
  }

  // One order whatever the files' order: country as in @mbi/domain (FR, IT, CH), then code.
  const countryOrder: Record<CountryCode, number> = { FR: 0, IT: 1, CH: 2 };
  kept.sort(
    (a, b) =>
      countryOrder[a.properties.country] - countryOrder[b.properties.country] ||
      a.properties.code.localeCompare(b.properties.code, 'en', { numeric: true }),
  );

  // Shared borders become shared arcs here, so that neighbours keep one common border once simplified.
  const raw = topology({
    territories: { type: 'FeatureCollection', features: kept } as FeatureCollection,
  }) as Topology<{ territories: GeometryCollection }>;
  const weighted = keepSmallRings(presimplify(raw, sphericalTriangleArea));
  const simplified = simplify(weighted, quantile(weighted, options.keep));
  const quantised = quantize(simplified, options.quantization) as unknown as TerritoryTopology;

  const collapsed = rewindAndClean(quantised);
  const geometries: TerritoryTopologyGeometry[] = [];
  for (const geometry of quantised.objects.territories.geometries) {
    const { country, code, name } = geometry.properties;
    const lost = collapsed.get(geometry);
    if (lost !== undefined) report.collapsed.push({ country, code, rings: lost });
    if (geometry.arcs.length === 0) continue;
    // One key order for every unit, so that regenerating from the same files gives the same bytes.
    geometries.push(
      geometry.type === 'Polygon'
        ? {
            type: 'Polygon',
            properties: { code, name, country, partner: geometry.properties.partner },
            arcs: geometry.arcs,
          }
        : {
            type: 'MultiPolygon',
            properties: { code, name, country, partner: geometry.properties.partner },
            arcs: geometry.arcs,
          },
    );
  }
  quantised.objects.territories.geometries = geometries;

  const drawn = new Set(
    geometries.map((geometry) => key(geometry.properties.country, geometry.properties.code)),
  );
  for (const unit of units) {
    if (!drawn.has(key(unit.country, unit.code))) {
      report.missing.push({ country: unit.country, code: unit.code, name: unit.name });
    }
  }
  return { topology: pruneArcs(quantised), report };
}

/** Drops the arcs no ring uses any more (the context units left out, rings dropped) and renumbers the rest. */
function pruneArcs(topo: TerritoryTopology): TerritoryTopology {
  const used = new Map<number, number>();
  const arcs: TerritoryTopology['arcs'] = [];
  const renumber = (arc: number): number => {
    const index = arc < 0 ? ~arc : arc;
    let next = used.get(index);
    if (next === undefined) {
      next = arcs.length;
      used.set(index, next);
      arcs.push(topo.arcs[index] ?? []);
    }
    return arc < 0 ? ~next : next;
  };
  for (const geometry of topo.objects.territories.geometries) {
    if (geometry.type === 'Polygon') geometry.arcs = geometry.arcs.map((ring) => ring.map(renumber));
    else geometry.arcs = geometry.arcs.map((polygon) => polygon.map((ring) => ring.map(renumber)));
  }
  const pruned = { ...topo, arcs };
  return {
    type: 'Topology',
    bbox: bbox(pruned as unknown as Topology) as TerritoryTopology['bbox'],
    transform: topo.transform,
    objects: topo.objects,
    arcs,
  };
}
