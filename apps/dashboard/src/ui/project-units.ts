import { type ExtendedFeature, type ExtendedFeatureCollection, geoMercator, geoPath } from 'd3-geo';
import type { TerritoryFeatureCollection } from './territory-map';

type Feature = TerritoryFeatureCollection['features'][number];
type Ring = Feature['geometry']['coordinates'][number];
export type TerritoryProperties = Feature['properties'];

/**
 * RFC 7946 winds exterior rings counter-clockwise; d3-geo, which works on the sphere, reads a
 * counter-clockwise ring as everything outside it. Each ring is reversed before projecting.
 */
export function rewind(feature: Feature): Feature {
  const { geometry } = feature;
  const reverse = (ring: Ring) => [...ring].reverse() as Ring;
  const coordinates =
    geometry.type === 'Polygon'
      ? geometry.coordinates.map(reverse)
      : (geometry.coordinates as unknown as Ring[][]).map((polygon) => polygon.map(reverse));
  return { ...feature, geometry: { ...geometry, coordinates } as Feature['geometry'] };
}

export const MAP_WIDTH = 640;
export const MAP_HEIGHT = 480;

/** A unit projected to the SVG: its path, its centre and its area on the screen. */
export interface ProjectedUnit {
  readonly key: string;
  readonly properties: TerritoryProperties;
  readonly d: string;
  readonly centre: readonly [number, number];
  readonly area: number;
}

/** The units projected with d3-geo's Mercator, fitted to the region they cover (no tiles, no basemap). */
export function projectUnits(
  collection: TerritoryFeatureCollection,
  width = MAP_WIDTH,
  height = MAP_HEIGHT,
): ProjectedUnit[] {
  // The API's GeoJSON is RFC 7946, which d3-geo reads once rewound; its generated type is narrower.
  const features = collection.features.map(rewind);
  const geo = { type: 'FeatureCollection', features } as unknown as ExtendedFeatureCollection;
  const path = geoPath(geoMercator().fitSize([width, height], geo));
  return features.map((feature) => {
    const shape = feature as unknown as ExtendedFeature;
    const [x, y] = path.centroid(shape);
    return {
      key: `${feature.properties.country}:${feature.properties.code}`,
      properties: feature.properties,
      d: path(shape) ?? '',
      centre: [Number.isFinite(x) ? x : 0, Number.isFinite(y) ? y : 0] as const,
      area: path.area(shape),
    };
  });
}
