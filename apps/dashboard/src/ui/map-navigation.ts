/** An arrow key's direction on the map. */
export type Direction = 'left' | 'right' | 'up' | 'down';

const ARROWS: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

export function directionOf(key: string): Direction | undefined {
  return ARROWS[key];
}

/**
 * The neighbour of shape `from` in a direction, by the shapes' centres on the screen (SVG y grows downwards):
 * among the shapes ahead, the nearest, a sideways offset counting double so that → stays on the same row.
 * `from` itself when nothing lies that way.
 */
export function neighbourOf(
  centres: readonly (readonly [number, number])[],
  from: number,
  direction: Direction,
): number {
  const origin = centres[from];
  if (origin === undefined) return from;
  let best = from;
  let bestScore = Number.POSITIVE_INFINITY;
  centres.forEach(([x, y], index) => {
    if (index === from) return;
    const dx = x - origin[0];
    const dy = y - origin[1];
    const ahead = direction === 'right' ? dx : direction === 'left' ? -dx : direction === 'down' ? dy : -dy;
    const aside = direction === 'left' || direction === 'right' ? Math.abs(dy) : Math.abs(dx);
    if (ahead <= 0) return;
    const score = ahead + 2 * aside;
    if (score < bestScore) {
      bestScore = score;
      best = index;
    }
  });
  return best;
}
