import { z } from 'zod';

/**
 * A calendar date `YYYY-MM-DD` (ISO 8601), checked to exist (no 30 February), from year 0001: year 0000 is
 * 1 BC in ISO 8601's proleptic calendar, which no date of this project can be and PostgreSQL refuses.
 *
 * @example IsoDateSchema.parse('2016-01-11')
 */
export const IsoDateSchema = z.iso
  .date({ error: 'must be a date written YYYY-MM-DD, e.g. "2016-01-11"' })
  .refine((date) => !date.startsWith('0000-'), { error: 'must be a date from year 0001 on' });
export type IsoDate = z.infer<typeof IsoDateSchema>;

/**
 * A month `YYYY-MM` (ISO 8601), used where the project only knows the month (start June 2017).
 *
 * @example YearMonthSchema.parse('2017-06')
 */
export const YearMonthSchema = z
  .string()
  .regex(/^(?!0000)\d{4}-(0[1-9]|1[0-2])$/, { error: 'must be a month written YYYY-MM, e.g. "2017-06"' });
export type YearMonth = z.infer<typeof YearMonthSchema>;

/**
 * An instant as an ISO 8601 date-time with `Z` or an offset (`2024-03-01T09:30:00Z`), for record timestamps.
 *
 * @example TimestampSchema.parse('2024-03-01T09:30:00.000Z')
 */
export const TimestampSchema = z.iso
  .datetime({ offset: true, error: 'must be an ISO 8601 date-time, e.g. "2024-03-01T09:30:00Z"' })
  .refine((instant) => !instant.startsWith('0000-'), { error: 'must be a date-time from year 0001 on' });
export type Timestamp = z.infer<typeof TimestampSchema>;

/**
 * Number of months from one `YYYY-MM` to another (2017-06 → 2020-06 is 36).
 *
 * @example monthsBetween('2017-06', '2020-06') // 36
 */
export function monthsBetween(from: YearMonth, to: YearMonth): number {
  return monthIndex(to) - monthIndex(from);
}

function monthIndex(month: YearMonth): number {
  const [year = '0', monthOfYear = '1'] = month.split('-');
  return Number(year) * 12 + Number(monthOfYear) - 1;
}
