import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const file = new URL('./generated/territory-boundaries.topo.json', import.meta.url);
const bytes = readFileSync(file);

describe('the committed boundary file', () => {
  test('stays within its size budget of 300 KB (it is bundled into every build of the package)', () => {
    expect(bytes.byteLength).toBeLessThanOrEqual(300 * 1024);
  });

  test('is one quantised TopoJSON topology with the single object "territories"', () => {
    const topology = JSON.parse(bytes.toString('utf8')) as Record<string, unknown> & {
      objects: Record<string, { type: string; geometries: Array<{ properties: Record<string, unknown> }> }>;
      transform: { scale: number[]; translate: number[] };
    };
    expect(topology.type).toBe('Topology');
    expect(Object.keys(topology.objects)).toEqual(['territories']);
    expect(topology.objects.territories?.type).toBe('GeometryCollection');
    expect(topology.transform.scale).toHaveLength(2);
    expect(topology.transform.translate).toHaveLength(2);
    for (const geometry of topology.objects.territories?.geometries ?? []) {
      expect(Object.keys(geometry.properties)).toEqual(['code', 'name', 'country', 'partner']);
    }
  });
});
