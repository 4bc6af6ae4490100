import type { TerritoryTopology } from './boundary-types.ts';
// Written by scripts/generate-boundaries.ts from the official files named in DATA-NOTICE.md; bundled by tsup.
import topology from './generated/territory-boundaries.topo.json';

/**
 * The simplified boundaries as one TopoJSON topology (object `territories`): the partners' 210 territory
 * units and, as context, the other communes of Haute-Savoie (`partner: null`). Neighbours share the arcs of
 * their common border. Treat it as read-only: `getTerritoryBoundaries` decodes from it.
 *
 * @example
 * import { feature } from 'topojson-client';
 * const all = feature(TERRITORY_TOPOLOGY, TERRITORY_TOPOLOGY.objects.territories);
 * TERRITORY_TOPOLOGY.objects.territories.geometries.length; // 477
 */
// The JSON is checked against this type by the package's tests, not at load time.
export const TERRITORY_TOPOLOGY: TerritoryTopology = topology as unknown as TerritoryTopology;
