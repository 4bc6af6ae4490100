import type { CountryCode, PartnerId } from '@mbi/domain';

/** A position: longitude then latitude, in degrees (WGS 84), as RFC 7946 orders them. */
export type Position = [longitude: number, latitude: number];

/** A GeoJSON Polygon: an exterior ring (counter-clockwise), then its holes (clockwise), each closed. */
export interface Polygon {
  type: 'Polygon';
  coordinates: Position[][];
}

/** A GeoJSON MultiPolygon: the parts of a unit that does not lie in one piece. */
export interface MultiPolygon {
  type: 'MultiPolygon';
  coordinates: Position[][][];
}

/** The geometry of a territory unit's boundary. */
export type BoundaryGeometry = Polygon | MultiPolygon;

/**
 * What each boundary says about its unit.
 *
 * - `code`: the official code — INSEE commune code (5 characters), ISTAT comune code (6 digits) or BFS
 *   municipality number, as `@mbi/domain` writes it.
 * - `name`: the official name of the unit; for the partners' units, the name `@mbi/domain` holds.
 * - `partner`: the partner whose territory the unit belongs to, or `null` for a unit shown only as context
 *   (a commune of Haute-Savoie outside the two French communities).
 */
export interface TerritoryBoundaryProperties {
  code: string;
  name: string;
  country: CountryCode;
  partner: PartnerId | null;
}

/** One territory unit as an RFC 7946 GeoJSON Feature. */
export interface TerritoryBoundary {
  type: 'Feature';
  properties: TerritoryBoundaryProperties;
  geometry: BoundaryGeometry;
}

/** Territory units as an RFC 7946 GeoJSON FeatureCollection (WGS 84 longitude/latitude). */
export interface TerritoryBoundaryCollection {
  type: 'FeatureCollection';
  features: TerritoryBoundary[];
}

/**
 * One unit in the topology: arc indexes instead of coordinates (TopoJSON: a negative index `~i` walks arc
 * `i` backwards).
 */
export type TerritoryTopologyGeometry =
  | { type: 'Polygon'; arcs: number[][]; properties: TerritoryBoundaryProperties }
  | { type: 'MultiPolygon'; arcs: number[][][]; properties: TerritoryBoundaryProperties };

/**
 * The committed TopoJSON topology: one object, `territories`, whose units share the arcs of their common
 * borders. Coordinates are quantised: a position is `transform.translate + transform.scale × integer`,
 * each arc's positions after the first being deltas.
 */
export interface TerritoryTopology {
  type: 'Topology';
  bbox: [west: number, south: number, east: number, north: number];
  transform: { scale: [number, number]; translate: [number, number] };
  arcs: Array<Array<[number, number]>>;
  objects: {
    territories: { type: 'GeometryCollection'; geometries: TerritoryTopologyGeometry[] };
  };
}
