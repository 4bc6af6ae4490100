import { describe, expect, it } from 'vitest';
import { type Direction, neighbourOf } from '../../ui/map-navigation';

const DIRECTIONS: readonly Direction[] = ['left', 'right', 'up', 'down'];

/** The territories the arrow keys reach from one, following neighbours. */
function reachable(centres: readonly (readonly [number, number])[], start: number): Set<number> {
  const seen = new Set([start]);
  const queue = [start];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    for (const direction of DIRECTIONS) {
      const neighbour = neighbourOf(centres, next, direction);
      if (!seen.has(neighbour)) {
        seen.add(neighbour);
        queue.push(neighbour);
      }
    }
  }
  return seen;
}

describe('arrow keys over the territories', () => {
  it('go to the nearest territory that way, staying on the row rather than jumping across', () => {
    // Screen coordinates (y down): a row of three, and one far below the middle.
    const centres = [
      [0, 0],
      [10, 1],
      [20, 0],
      [10, 30],
    ] as const;
    expect(neighbourOf(centres, 0, 'right')).toBe(1);
    expect(neighbourOf(centres, 1, 'right')).toBe(2);
    expect(neighbourOf(centres, 2, 'left')).toBe(1);
    expect(neighbourOf(centres, 1, 'down')).toBe(3);
    expect(neighbourOf(centres, 3, 'up')).toBe(1);
    // Nothing further left: the focus stays.
    expect(neighbourOf(centres, 0, 'left')).toBe(0);
  });

  it('reach every territory from any territory on an irregular map (communes are not a grid)', () => {
    // 150 centres on a jittered grid, from a fixed linear congruential sequence so the test is repeatable.
    let seed = 42;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const centres = Array.from(
      { length: 150 },
      (_, index) => [(index % 15) * 40 + random() * 30, Math.floor(index / 15) * 40 + random() * 30] as const,
    );
    for (let start = 0; start < centres.length; start += 1) {
      expect(reachable(centres, start).size, `from ${start}`).toBe(centres.length);
    }
  });
});
