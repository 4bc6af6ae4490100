import { describe, expect, test } from 'vitest';
import { IsoDateSchema, monthsBetween, TimestampSchema, YearMonthSchema } from './calendar';

describe('IsoDateSchema', () => {
  test('accepts the filing date of the application (BRIEF.md: 2016-01-11)', () => {
    expect(IsoDateSchema.parse('2016-01-11')).toBe('2016-01-11');
  });

  test.each(['2016-02-30', '11/01/2016', '2016-1-11', '2016-01-11T00:00:00Z'])('refuses %s', (date) => {
    expect(IsoDateSchema.safeParse(date).success).toBe(false);
  });

  // ISO 8601 year 0000 is 1 BC (proleptic Gregorian), which PostgreSQL's date type refuses; 0001-01-01 is the
  // first day it and ISO agree on.
  test('refuses year 0000 and accepts 0001-01-01 and 9999-12-31', () => {
    expect(IsoDateSchema.safeParse('0000-01-01').success).toBe(false);
    expect(IsoDateSchema.safeParse('0001-01-01').success).toBe(true);
    expect(IsoDateSchema.safeParse('9999-12-31').success).toBe(true);
    expect(YearMonthSchema.safeParse('0000-06').success).toBe(false);
    expect(TimestampSchema.safeParse('0000-01-01T00:00:00Z').success).toBe(false);
  });
});

describe('YearMonthSchema', () => {
  test.each(['2017-06', '2020-06'])('accepts %s', (month) => {
    expect(YearMonthSchema.parse(month)).toBe(month);
  });

  test.each(['2017-13', '2017-6', '2017-06-01', '06-2017'])('refuses %s', (month) => {
    expect(YearMonthSchema.safeParse(month).success).toBe(false);
  });
});

describe('TimestampSchema', () => {
  test('accepts UTC and offset date-times', () => {
    expect(TimestampSchema.safeParse('2024-03-01T09:30:00.000Z').success).toBe(true);
    expect(TimestampSchema.safeParse('2024-03-01T10:30:00+01:00').success).toBe(true);
    expect(TimestampSchema.safeParse('2024-03-01').success).toBe(false);
  });
});

describe('monthsBetween', () => {
  test('June 2017 to June 2020 is the 36 months of the project (BRIEF.md)', () => {
    expect(monthsBetween('2017-06', '2020-06')).toBe(36);
  });

  test('counts across a year end and backwards', () => {
    expect(monthsBetween('2019-11', '2020-02')).toBe(3);
    expect(monthsBetween('2020-02', '2019-11')).toBe(-3);
  });
});
