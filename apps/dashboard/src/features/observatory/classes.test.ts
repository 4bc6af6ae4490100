import { describe, expect, it } from 'vitest';
import { classBreaks, classify, legendEntries, roundNice } from './classes';
import { parseBreaks } from './model';

describe('roundNice', () => {
  it('rounds to 1, 2, 2.5, 5 or 10 times a power of ten, keeping the sign', () => {
    expect([0.7, 1.4, 3, 37, 180, 740, 12_000].map(roundNice)).toEqual([0.5, 1, 2.5, 25, 200, 500, 10_000]);
    expect(roundNice(-37)).toBe(-25);
    expect(roundNice(0.3)).toBe(0.25);
    expect(roundNice(0)).toBe(0);
  });
});

describe('classBreaks', () => {
  // Establishments per 1,000 inhabitants of twenty communes over two years (hand-made, 1 to 100).
  const values = [1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 14, 17, 20, 24, 30, 38, 45, 60, 80, 100];

  it('gives up to four rounded breaks (five classes) from quantiles, in increasing order', () => {
    // Quantiles at 20 %, 40 %, 60 %, 80 %: values[4] = 5, values[8] = 10, values[12] = 20, values[16] = 45.
    expect(classBreaks(values)).toEqual([5, 10, 20, 50]);
  });

  it('keeps zero out of the classes (it has its own legend entry) and merges equal rounded breaks', () => {
    expect(classBreaks([0, 0, 0, ...values])).toEqual([5, 10, 20, 50]);
    // Every quantile rounds down to 1, the minimum: the first nice number above it splits the values.
    expect(classBreaks([1, 1.1, 1.2, 1.3, 1.4, 9])).toEqual([2]);
  });

  it('needs two distinct values to draw classes; negative changes take part in the quantiles', () => {
    expect(classBreaks([])).toEqual([]);
    expect(classBreaks([4, 4, 4])).toEqual([]);
    // Quantiles -1, 2, 8, 30 round to -1, 2, 10, 25.
    expect(classBreaks([-12, -5, -1, 0, 2, 3, 8, 15, 30, 40])).toEqual([-1, 2, 10, 25]);
  });

  it('stays the same whatever year is shown: it reads every year’s values', () => {
    const year2021 = values.slice(0, 10);
    const year2022 = values.slice(10);
    expect(classBreaks([...year2021, ...year2022])).toEqual(classBreaks([...year2022, ...year2021]));
  });
});

describe('classify and the legend', () => {
  const breaks = [5, 10, 20, 50];

  it('puts a value in the class whose lower break it reaches, zero apart', () => {
    expect(classify({ status: 'value', value: 4.99 }, breaks, true)).toEqual({ kind: 'class', index: 0 });
    expect(classify({ status: 'value', value: 5 }, breaks, true)).toEqual({ kind: 'class', index: 1 });
    expect(classify({ status: 'value', value: 80 }, breaks, true)).toEqual({ kind: 'class', index: 4 });
    expect(classify({ status: 'value', value: 0 }, breaks, true)).toEqual({ kind: 'zero' });
    expect(classify({ status: 'value', value: 0 }, breaks, false)).toEqual({ kind: 'class', index: 0 });
  });

  it('never colours a suppressed cell as a value, nor a missing one as zero', () => {
    for (const status of [
      'suppressed-frequency',
      'suppressed-dominance',
      'suppressed-secondary',
      'suppressed-at-source',
    ] as const) {
      expect(classify({ status, value: null }, breaks, true)).toEqual({ kind: 'suppressed' });
    }
    expect(classify({ status: 'no-data', value: null }, breaks, true)).toEqual({ kind: 'no-data' });
    expect(classify(undefined, breaks, true)).toEqual({ kind: 'no-data' });
  });

  it('counts the territories of each class, with zero, suppressed and no data as entries of their own', () => {
    const classes = [
      classify({ status: 'value', value: 3 }, breaks, true),
      classify({ status: 'value', value: 7 }, breaks, true),
      classify({ status: 'value', value: 8 }, breaks, true),
      classify({ status: 'value', value: 0 }, breaks, true),
      classify({ status: 'suppressed-frequency', value: null }, breaks, true),
      classify({ status: 'suppressed-secondary', value: null }, breaks, true),
      classify(undefined, breaks, true),
    ];
    expect(legendEntries(classes, breaks, true).map((entry) => [entry.key, entry.count])).toEqual([
      ['class-0', 1],
      ['class-1', 2],
      ['class-2', 0],
      ['class-3', 0],
      ['class-4', 0],
      ['zero', 1],
      ['suppressed', 2],
      ['no-data', 1],
    ]);
    const [first, second, , , last] = legendEntries(classes, breaks, true);
    expect([first?.from, first?.to, second?.from, second?.to, last?.from, last?.to]).toEqual([
      undefined,
      5,
      5,
      10,
      50,
      undefined,
    ]);
  });
});

describe('parseBreaks', () => {
  it('reads 1 to 4 numbers separated by semicolons or spaces, with a decimal point or comma, in order', () => {
    expect(parseBreaks('20; 5 ;10')).toEqual([5, 10, 20]);
    expect(parseBreaks('2,5 10')).toEqual([2.5, 10]);
    // A comma is a decimal comma (French, Italian), never a separator: the hint asks for semicolons.
    expect(parseBreaks('5,10')).toEqual([5.1]);
    expect(parseBreaks('-3; 0; 3')).toEqual([-3, 0, 3]);
    expect(parseBreaks('  ')).toEqual([]);
  });

  it('refuses anything else rather than guessing', () => {
    expect(parseBreaks('1; 2; 3; 4; 5')).toBeNull();
    expect(parseBreaks('1.2.3')).toBeNull();
    expect(parseBreaks('ten')).toBeNull();
  });
});
