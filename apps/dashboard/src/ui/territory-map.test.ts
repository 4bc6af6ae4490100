import { describe, expect, it } from 'vitest';
import { rewind } from './territory-map';

describe('rewind', () => {
  it('reverses every ring, so that d3-geo reads RFC 7946’s counter-clockwise exteriors as the units themselves', () => {
    const square = [
      [6, 46],
      [7, 46],
      [7, 47],
      [6, 47],
      [6, 46],
    ];
    const feature = {
      type: 'Feature' as const,
      properties: { code: '6266', name: 'Sion', country: 'CH' as const, partner: 'cimark' as const },
      geometry: { type: 'Polygon' as const, coordinates: [square] },
    };
    expect(rewind(feature).geometry.coordinates).toEqual([[...square].reverse()]);
    const multi = {
      ...feature,
      geometry: { type: 'MultiPolygon' as const, coordinates: [[square], [square]] },
    };
    expect(rewind(multi).geometry.coordinates).toEqual([[[...square].reverse()], [[...square].reverse()]]);
    // The feature given is left as it was.
    expect(feature.geometry.coordinates[0]?.[1]).toEqual([7, 46]);
  });
});
