import { type BudgetResult, fail } from './errors';
import { parseDecimal, pow10 } from './internal/decimal';
import type { Money } from './money';

/** A weight of a split: a non-negative decimal string (`"0.25"`, `"3"`), a safe integer or a bigint. */
export type Weight = string | number | bigint;

function toScaled(weight: Weight): { units: bigint; scale: number } | undefined {
  if (typeof weight === 'bigint') return { units: weight, scale: 0 };
  if (typeof weight === 'number') {
    return Number.isSafeInteger(weight) ? { units: BigInt(weight), scale: 0 } : undefined;
  }
  return parseDecimal(weight);
}

/**
 * Splits an amount over parts in proportion to weights (periods, lines, work packages), by the rule of the
 * project brief: each part is its exact share truncated toward zero to the cent, and **the last part with a
 * positive weight takes the remainder**, so the parts always add up to the whole. A zero weight always gets
 * a zero part, wherever it stands: a work package with nothing eligible receives no fund.
 *
 * Every part but the one that takes the remainder is within a cent of its exact share (whole × weight ÷ sum
 * of weights), rounded toward zero. The remainder collects what truncation left over from the other parts
 * with a positive weight, less than a cent each, so with k positive weights it can exceed its own exact
 * share by up to k − 1 cents (3 × 100.01 at 85 %: 85.00 + 85.00 + 85.02). A negative whole splits
 * symmetrically: `split(-x)` is the negation of `split(x)`.
 *
 * @example
 * split(money('100.00', 'EUR'), [1, 1, 1]) // ok: 33.33, 33.33, 33.34 EUR
 * split(money('100.00', 'EUR'), ['0.5', '0.5']) // ok: 50.00, 50.00 EUR
 * split(money('255.02', 'EUR'), ['100.01', '100.01', '100.01', '0.00']) // ok: 85.00, 85.00, 85.02, 0.00 EUR
 */
export function split(whole: Money, weights: readonly Weight[]): BudgetResult<Money[]> {
  if (weights.length === 0) return fail('invalid-weights', 'Cannot split over an empty list of weights.');
  const scaled: { units: bigint; scale: number }[] = [];
  for (const [index, weight] of weights.entries()) {
    const value = toScaled(weight);
    if (value === undefined || value.units < 0n) {
      return fail(
        'invalid-weights',
        `Weight ${index + 1} (${String(weight)}) is not a non-negative integer or decimal string.`,
        [index],
      );
    }
    scaled.push(value);
  }
  const scale = Math.max(...scaled.map((w) => w.scale));
  const units = scaled.map((w) => w.units * pow10(scale - w.scale));
  const totalWeight = units.reduce((sum, w) => sum + w, 0n);
  if (totalWeight === 0n) return fail('invalid-weights', 'Cannot split: all weights are zero.');

  // The remainder goes to the last positive weight, never to a zero weight after it.
  const remainderIndex = units.findLastIndex((weight) => weight > 0n);
  const minors = units.map((weight) => (whole.minor * weight) / totalWeight);
  const allocated = minors.reduce((sum, minor, index) => (index === remainderIndex ? sum : sum + minor), 0n);
  minors[remainderIndex] = whole.minor - allocated;
  return { ok: true, value: minors.map((minor) => ({ minor, currency: whole.currency })) };
}

/**
 * Splits an amount into `count` equal parts (e.g. periods): each part truncated, the last taking the
 * remainder.
 *
 * @example
 * splitEvenly(money('1000.00', 'EUR'), 3) // ok: 333.33, 333.33, 333.34 EUR
 */
export function splitEvenly(whole: Money, count: number): BudgetResult<Money[]> {
  if (!Number.isSafeInteger(count) || count < 1) {
    return fail(
      'invalid-weights',
      `Cannot split into ${String(count)} parts: give a whole number of at least 1.`,
    );
  }
  return split(
    whole,
    Array.from({ length: count }, () => 1n),
  );
}
