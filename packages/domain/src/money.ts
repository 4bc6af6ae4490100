import { z } from 'zod';
import { CurrencySchema } from './ids';

/**
 * An exact amount as a decimal string with exactly two decimals and an optional leading `-`
 * (`"425694.00"`, `"-12.50"`). Money never travels as a JavaScript number: binary floating point cannot
 * hold most cent values exactly, and the Interreg rules truncate to the cent (see `@mbi/budget`).
 *
 * @example AmountSchema.parse('361839.90') // '361839.90'
 */
export const AmountSchema = z.string().regex(/^-?(0|[1-9]\d*)\.\d{2}$/, {
  error: 'amount must be a decimal string with exactly 2 decimals and no grouping, e.g. "425694.00"',
});
export type Amount = z.infer<typeof AmountSchema>;

/**
 * An amount in a currency of the project (EUR or CHF).
 *
 * @example MoneySchema.parse({ amount: '306200.00', currency: 'CHF' })
 */
export const MoneySchema = z.strictObject({
  amount: AmountSchema,
  currency: CurrencySchema,
});
export type Money = z.infer<typeof MoneySchema>;

/**
 * A rate between 0 and 1 as a decimal string (`"0.85"` for the 85 % ERDF rate, `"0.15"` for a flat rate).
 *
 * @example RateSchema.parse('0.85') // '0.85'
 */
export const RateSchema = z
  .string()
  .regex(/^(0(\.\d+)?|1(\.0+)?)$/, { error: 'rate must be a decimal string between 0 and 1, e.g. "0.85"' });
export type Rate = z.infer<typeof RateSchema>;
