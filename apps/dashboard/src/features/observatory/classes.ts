import type { CellState } from '@mbi/client';

/**
 * Class breaks of the map. Quantiles of every value of every year, each rounded to a "nice" number (1, 2, 2.5
 * or 5 times a power of ten), so that a reader can remember them and compare two years on one legend.
 */
export function classBreaks(values: readonly number[], classes = 5): number[] {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  // Zero has its own legend entry when no value is negative: the classes share out the positive values.
  const ranked = (sorted[0] ?? 0) >= 0 ? sorted.filter((value) => value > 0) : sorted;
  const min = ranked[0];
  const max = ranked[ranked.length - 1];
  if (min === undefined || max === undefined || min === max) return [];
  const breaks: number[] = [];
  for (let index = 1; index < classes; index += 1) {
    const quantile = ranked[Math.floor((index * ranked.length) / classes)] ?? max;
    const nice = roundNice(quantile);
    const previous = breaks[breaks.length - 1];
    if (nice > min && nice <= max && (previous === undefined || nice > previous)) breaks.push(nice);
  }
  // Values bunched near the minimum round down onto it: one break above it still splits them from the rest.
  if (breaks.length === 0) {
    const above = niceAbove(min);
    if (above <= max) breaks.push(above);
  }
  return breaks;
}

const STEPS = [1, 2, 2.5, 5, 10] as const;

/** The nearest of 1, 2, 2.5, 5 or 10 × 10ⁿ, with the same sign: 37 → 25, 180 → 200, 0.7 → 0.5. */
export function roundNice(value: number): number {
  if (value === 0 || !Number.isFinite(value)) return 0;
  const magnitude = Math.abs(value);
  const power = 10 ** Math.floor(Math.log10(magnitude));
  const scaled = magnitude / power;
  let best: number = STEPS[0];
  for (const step of STEPS) if (Math.abs(step - scaled) < Math.abs(best - scaled)) best = step;
  // toPrecision removes binary noise (0.1 × 3 = 0.30000000000000004).
  return Math.sign(value) * Number((best * power).toPrecision(12));
}

/** The smallest of 0 and ±1, 2, 2.5, 5 × 10ⁿ strictly above a value (its own order of magnitude or the next). */
function niceAbove(value: number): number {
  const exponent = Math.floor(Math.log10(Math.abs(value) || 1));
  const candidates = [0];
  for (const power of [exponent - 1, exponent, exponent + 1]) {
    for (const step of STEPS) candidates.push(step * 10 ** power, -step * 10 ** power);
  }
  const above = candidates.filter((candidate) => candidate > value).sort((a, b) => a - b)[0] ?? value;
  return Number(above.toPrecision(12));
}

/** Where a cell goes on the map and in the legend. */
export type CellClass =
  | { readonly kind: 'class'; readonly index: number }
  | { readonly kind: 'zero' }
  | { readonly kind: 'suppressed' }
  | { readonly kind: 'no-data' };

/** Suppressed for any reason (frequency, dominance, secondary, at source): one hatched legend entry. */
export function isSuppressed(status: CellState): boolean {
  return status.startsWith('suppressed');
}

/** The class of a cell: a suppressed cell is never coloured as a value, nor a missing one as zero. */
export function classify(
  cell: { readonly status: CellState; readonly value: number | null } | undefined,
  breaks: readonly number[],
  zeroApart: boolean,
): CellClass {
  if (cell === undefined || cell.status === 'no-data') return { kind: 'no-data' };
  if (isSuppressed(cell.status)) return { kind: 'suppressed' };
  const { value } = cell;
  if (value === null) return { kind: 'no-data' };
  if (zeroApart && value === 0) return { kind: 'zero' };
  return { kind: 'class', index: breaks.filter((limit) => limit <= value).length };
}

/** Sequential blues (ColorBrewer "Blues"), one palette per number of classes; dark enough against white. */
const PALETTES: Record<number, readonly string[]> = {
  1: ['#3182bd'],
  2: ['#9ecae1', '#08519c'],
  3: ['#c6dbef', '#6baed6', '#08519c'],
  4: ['#c6dbef', '#9ecae1', '#4292c6', '#08519c'],
  5: ['#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'],
};

export const ZERO_FILL = '#ffffff';
export const NO_DATA_FILL = '#8c959f';
export const HATCH_INK = '#1b1f24';

export function classColour(index: number, classCount: number): string {
  const palette = PALETTES[Math.min(Math.max(classCount, 1), 5)] ?? [];
  return palette[Math.min(index, palette.length - 1)] ?? '#08519c';
}

/** A legend entry: what it shows and how many territories of the year fall in it. */
export interface LegendEntry {
  readonly key: string;
  readonly cellClass: CellClass;
  /** Bounds of a value class: `from` is absent for the first, `to` for the last. */
  readonly from?: number;
  readonly to?: number;
  readonly count: number;
}

/**
 * The legend of a year: every value class (even empty, so that the legend does not change with the year), then
 * zero (when it is apart), suppressed and no data, each with the number of territories in it.
 */
export function legendEntries(
  classes: readonly CellClass[],
  breaks: readonly number[],
  zeroApart: boolean,
): LegendEntry[] {
  const count = (test: (cellClass: CellClass) => boolean) => classes.filter(test).length;
  const entries: LegendEntry[] = [];
  for (let index = 0; index <= breaks.length; index += 1) {
    const from = breaks[index - 1];
    const to = breaks[index];
    entries.push({
      key: `class-${index}`,
      cellClass: { kind: 'class', index },
      ...(from === undefined ? {} : { from }),
      ...(to === undefined ? {} : { to }),
      count: count((cellClass) => cellClass.kind === 'class' && cellClass.index === index),
    });
  }
  if (zeroApart) {
    entries.push({ key: 'zero', cellClass: { kind: 'zero' }, count: count((c) => c.kind === 'zero') });
  }
  entries.push({
    key: 'suppressed',
    cellClass: { kind: 'suppressed' },
    count: count((c) => c.kind === 'suppressed'),
  });
  entries.push({ key: 'no-data', cellClass: { kind: 'no-data' }, count: count((c) => c.kind === 'no-data') });
  return entries;
}
