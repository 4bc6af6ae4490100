export type { TerritoryBoundaryFilter } from './internal/boundaries.ts';
export { getTerritoryBoundaries, getTerritoryBoundary } from './internal/boundaries.ts';
export type {
  BoundaryGeometry,
  MultiPolygon,
  Polygon,
  Position,
  TerritoryBoundary,
  TerritoryBoundaryCollection,
  TerritoryBoundaryProperties,
  TerritoryTopology,
  TerritoryTopologyGeometry,
} from './internal/boundary-types.ts';
export type { BoundarySource } from './internal/data-notice.ts';
export { BOUNDARY_ATTRIBUTION, BOUNDARY_SOURCES } from './internal/data-notice.ts';
export { TERRITORY_TOPOLOGY } from './internal/territory-topology.ts';
