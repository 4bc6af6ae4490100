import type { CountryCode, PartnerId } from '@mbi/domain';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type {
  BoundaryGeometry,
  Position,
  TerritoryBoundary,
  TerritoryBoundaryCollection,
  TerritoryBoundaryProperties,
} from './boundary-types.ts';
import { TERRITORY_TOPOLOGY } from './territory-topology.ts';

/** Which boundaries `getTerritoryBoundaries` returns; every field narrows the set. */
export interface TerritoryBoundaryFilter {
  /** Only the units of this country. */
  country?: CountryCode;
  /** Only the units of this partner (context units belong to none). */
  partner?: PartnerId;
  /** Also the context units (`partner: null`: the other communes of Haute-Savoie). Default `false`. */
  includeContext?: boolean;
}

function matches(properties: TerritoryBoundaryProperties, filter: TerritoryBoundaryFilter): boolean {
  if (filter.country !== undefined && properties.country !== filter.country) return false;
  if (filter.partner !== undefined && properties.partner !== filter.partner) return false;
  return properties.partner !== null || filter.includeContext === true;
}

/**
 * Decoding adds binary noise to the quantised positions (5.805630399506496); six decimals (about 0.1 m) are far
 * finer than the file's grid (about 2 m) and make the GeoJSON about 40 % smaller.
 */
function round(ring: Position[]): Position[] {
  return ring.map(([lon, lat]) => [Math.round(lon * 1e6) / 1e6, Math.round(lat * 1e6) / 1e6]);
}

function roundGeometry(geometry: BoundaryGeometry): BoundaryGeometry {
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: geometry.coordinates.map(round) }
    : { type: 'MultiPolygon', coordinates: geometry.coordinates.map((polygon) => polygon.map(round)) };
}

function decode(keep: (properties: TerritoryBoundaryProperties) => boolean): TerritoryBoundary[] {
  const geometries = TERRITORY_TOPOLOGY.objects.territories.geometries.filter((geometry) =>
    keep(geometry.properties),
  );
  // topojson-client is typed with @types/geojson; the committed file holds only polygons with these properties.
  const collection = feature(
    TERRITORY_TOPOLOGY as unknown as Topology,
    {
      type: 'GeometryCollection',
      geometries,
    } as unknown as GeometryCollection,
  );
  return collection.features.map((item) => ({
    type: 'Feature',
    // A copy, so that a caller changing a feature cannot change the topology.
    properties: { ...(item.properties as TerritoryBoundaryProperties) },
    geometry: roundGeometry(item.geometry as BoundaryGeometry),
  }));
}

/**
 * The boundaries of the partners' territory units as an RFC 7946 GeoJSON FeatureCollection: WGS 84
 * longitude/latitude with six decimals, exterior rings counter-clockwise, holes clockwise. Without a filter: the 210 units of
 * `@mbi/domain` (14 communes, 74 comuni, 122 municipalities), in the order FR, IT, CH, then by code. Each
 * call builds a new collection; keep it if you serve it often.
 *
 * @example
 * getTerritoryBoundaries().features.length; // 210
 * getTerritoryBoundaries({ partner: 'cc-vallee-chamonix' }).features.map((unit) => unit.properties.name);
 * // ['Chamonix-Mont-Blanc', 'Les Houches', 'Servoz', 'Vallorcine']
 * getTerritoryBoundaries({ country: 'FR', includeContext: true }).features.length; // 281
 */
export function getTerritoryBoundaries(filter: TerritoryBoundaryFilter = {}): TerritoryBoundaryCollection {
  return { type: 'FeatureCollection', features: decode((properties) => matches(properties, filter)) };
}

/**
 * The boundary of one unit by its official code (INSEE, ISTAT or BFS number), context units included, or
 * `undefined` when the package has none.
 *
 * @example
 * getTerritoryBoundary('CH', '6266')?.properties; // { code: '6266', name: 'Sion', country: 'CH', partner: 'cimark' }
 * getTerritoryBoundary('IT', '999999'); // undefined
 */
export function getTerritoryBoundary(country: CountryCode, code: string): TerritoryBoundary | undefined {
  return decode((properties) => properties.country === country && properties.code === code)[0];
}
