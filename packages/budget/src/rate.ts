import { BudgetError, type BudgetResult, fail } from './errors';
import { parseDecimal, pow10 } from './internal/decimal';

/** An exact rate as a fraction `numerator / denominator` (denominator a power of ten). */
export interface Rate {
  readonly numerator: bigint;
  readonly denominator: bigint;
  /** The rate as it was given, normalised (`"0.85"`). */
  readonly text: string;
}

/** More decimals than any rate the programme uses (InforEuro rates have 4, co-financing rates 2 to 4). */
const MAX_RATE_DECIMALS = 10;

/**
 * Parses a rate between 0 and 1 given as a decimal string: `"0.85"` for 85 %, `"0.15"` for a 15 % flat rate.
 *
 * @example
 * parseRate('0.85') // { ok: true, value: { numerator: 85n, denominator: 100n, text: '0.85' } }
 * parseRate('85')   // { ok: false, error: { code: 'out-of-range', … } }
 */
export function parseRate(input: unknown): BudgetResult<Rate> {
  if (typeof input !== 'string') {
    return fail(
      'not-a-number',
      `Rate must be a decimal string between "0" and "1" such as "0.85", got ${typeof input}.`,
    );
  }
  const decimal = parseDecimal(input);
  if (decimal === undefined) {
    return fail('not-a-number', `Rate ${JSON.stringify(input)} is not a decimal number such as "0.85".`);
  }
  if (decimal.scale > MAX_RATE_DECIMALS) {
    return fail(
      'too-many-decimals',
      `Rate ${JSON.stringify(input)} has more than ${MAX_RATE_DECIMALS} decimals.`,
    );
  }
  const denominator = pow10(decimal.scale);
  if (decimal.units < 0n || decimal.units > denominator) {
    return fail('out-of-range', `Rate ${JSON.stringify(input)} is outside 0..1 (write 85 % as "0.85").`);
  }
  return { ok: true, value: { numerator: decimal.units, denominator, text: normaliseRateText(input) } };
}

function normaliseRateText(input: string): string {
  const trimmed = input.includes('.') ? input.replace(/0+$/, '').replace(/\.$/, '') : input;
  return trimmed.replace(/^0+(?=\d)/, '') || '0';
}

/**
 * Builds a {@link Rate} from a trusted literal; throws {@link BudgetError} on a malformed one (a bug).
 *
 * @example
 * rate('0.85')
 */
export function rate(input: string): Rate {
  const result = parseRate(input);
  if (!result.ok) throw new BudgetError(result.error);
  return result.value;
}
