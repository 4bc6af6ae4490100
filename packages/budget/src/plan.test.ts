import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatAmount } from './money';
import { type BudgetPlanInput, summarizeBudgetPlan } from './plan';

// Golden values: the seed's financing table (BRIEF.md, Partners table; seed "Aperçu du plan de financement").
const SEED_PLAN: BudgetPlanInput = {
  partners: [
    { id: 'cc-vallee-chamonix', currency: 'EUR', erdfRate: '0.85', total: '425694.00' },
    { id: 'cc-pays-mont-blanc', currency: 'EUR', erdfRate: '0.85', total: '422517.30' },
    { id: 'chambre-valdotaine', currency: 'EUR', erdfRate: '0.85', total: '615479.70' },
    { id: 'cimark', currency: 'CHF', erdfRate: null, total: '306200' },
  ],
};

function summarize(plan: BudgetPlanInput) {
  const result = summarizeBudgetPlan(plan);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('the seed financing table', () => {
  const summary = summarize(SEED_PLAN);

  test('ERDF totals are sums of the rounded partner rows: 1,463,691.00 and 1,244,137.34', () => {
    expect(formatAmount(summary.erdf.eligible)).toBe('1463691.00');
    expect(formatAmount(summary.erdf.fund)).toBe('1244137.34');
    // 1,463,691.00 × 85 % = 1,244,137.35: the rounded product of the total is NOT the programme's figure
    expect(formatAmount(summary.erdf.fund)).not.toBe('1244137.35');
    expect(formatAmount(summary.erdf.contribution)).toBe('219553.66');
  });

  test('each partner row', () => {
    const rows = summary.partners.map((p) => [p.id, p.cofinancing ? formatAmount(p.cofinancing.fund) : null]);
    expect(rows).toEqual([
      ['cc-vallee-chamonix', '361839.90'],
      ['cc-pays-mont-blanc', '359139.70'],
      ['chambre-valdotaine', '523157.74'],
      ['cimark', null],
    ]);
  });

  test("CimArk's 306,200 CHF stays outside the ERDF totals", () => {
    expect(summary.outsideErdf.map((t) => [t.currency, formatAmount(t.eligible)])).toEqual([
      ['CHF', '306200.00'],
    ]);
    expect(summary.byCurrency.map((t) => [t.currency, formatAmount(t.eligible)])).toEqual([
      ['EUR', '1463691.00'],
      ['CHF', '306200.00'],
    ]);
    expect(summary.partners.find((p) => p.id === 'cimark')?.inErdf).toBe(false);
  });
});

describe('plans with lines, work packages, categories and flat rates', () => {
  const plan: BudgetPlanInput = {
    partners: [
      {
        id: 'a',
        currency: 'EUR',
        erdfRate: '0.85',
        lines: [
          { workPackage: 'wp1', category: 'staff', amount: '10000.07' },
          { workPackage: 'wp3', category: 'staff', amount: '20000.00' },
          { workPackage: 'wp3', category: 'external-expertise', amount: '5000.01' },
        ],
        flatRates: [{ category: 'office-admin', rate: '0.15', base: 'staff' }],
      },
      {
        id: 'b',
        currency: 'EUR',
        erdfRate: '0.85',
        lines: [{ workPackage: 'wp3', category: 'staff', amount: '0.99' }],
      },
    ],
  };

  test('flat rate on the category total, truncated once, spread over work packages', () => {
    const a = summarize(plan).partners[0];
    // staff total 30,000.07 × 15 % = 4,500.0105 → 4,500.01, split 10000.07:20000.00 → 1,500.03 + 3,000.98 (remainder)
    expect(a?.byCategory.map((r) => [r.key, formatAmount(r.eligible)])).toEqual([
      ['staff', '30000.07'],
      ['external-expertise', '5000.01'],
      ['office-admin', '4500.01'],
    ]);
    expect(formatAmount(a?.eligible ?? { minor: 0n, currency: 'EUR' })).toBe('39500.09');
  });

  test('work-package ERDF shares add up to the partner fund, and totals to the sum of partners', () => {
    const summary = summarize(plan);
    for (const partner of summary.partners) {
      const shares = partner.byWorkPackage.reduce((sum, row) => sum + (row.fund?.minor ?? 0n), 0n);
      expect(shares).toBe(partner.cofinancing?.fund.minor);
    }
    const wpFunds = summary.erdfByWorkPackage.reduce((sum, row) => sum + (row.fund?.minor ?? 0n), 0n);
    expect(wpFunds).toBe(summary.erdf.fund.minor);
    // 39,500.09 × 0.85 = 33,575.0765 → 33,575.07; 0.99 × 0.85 = 0.8415 → 0.84
    expect(formatAmount(summary.erdf.fund)).toBe('33575.91');
  });
});

describe('zero and negative lines get no share of a split (the remainder goes to the last positive line)', () => {
  const row = (
    rows: readonly { key: string; eligible: { minor: bigint }; fund: { minor: bigint } | null }[],
  ) =>
    rows.map((r) => [
      r.key,
      formatAmount({ minor: r.eligible.minor, currency: 'EUR' }),
      r.fund === null ? null : formatAmount({ minor: r.fund.minor, currency: 'EUR' }),
    ]);

  test('ERDF per work package: 3 × 100.01 and 0.00 at 85 %', () => {
    const [a] = summarize({
      partners: [
        {
          id: 'a',
          currency: 'EUR',
          erdfRate: '0.85',
          lines: ['wp1', 'wp2', 'wp3', 'wp4'].map((workPackage, index) => ({
            workPackage,
            category: 'staff',
            amount: index < 3 ? '100.01' : '0.00',
          })),
        },
      ],
    }).partners;
    // Eligible 300.03 × 0.85 = 255.0255 → 255.02; each 100.01 weighs a third: 255.02 / 3 = 85.0066… → 85.00;
    // wp3, the last positive row, takes 255.02 − 170.00 = 85.02; wp4 has nothing eligible and gets 0.00.
    expect(formatAmount(a?.cofinancing?.fund ?? { minor: 0n, currency: 'EUR' })).toBe('255.02');
    expect(row(a?.byWorkPackage ?? [])).toEqual([
      ['wp1', '100.01', '85.00'],
      ['wp2', '100.01', '85.00'],
      ['wp3', '100.01', '85.02'],
      ['wp4', '0.00', '0.00'],
    ]);
  });

  test('a flat rate is spread over the positive base lines only', () => {
    const [a] = summarize({
      partners: [
        {
          id: 'a',
          currency: 'EUR',
          erdfRate: null,
          lines: [
            { workPackage: 'wp1', category: 'staff', amount: '1000.00' },
            { workPackage: 'wp2', category: 'staff', amount: '1000.00' },
            { workPackage: 'wp3', category: 'staff', amount: '1000.01' },
            { workPackage: 'wp4', category: 'staff', amount: '0.00' },
          ],
          flatRates: [{ category: 'office-admin', rate: '0.15', base: 'staff' }],
        },
      ],
    }).partners;
    // Staff 3,000.01 × 15 % = 450.0015 → 450.00. Share of 1,000.00: 450.00 × 1000.00 / 3000.01 = 149.9995… →
    // 149.99 (wp1, wp2); wp3 takes 450.00 − 299.98 = 150.02; wp4 (0.00 staff) gets 0.00 office costs.
    expect(row(a?.byWorkPackage ?? [])).toEqual([
      ['wp1', '1149.99', null],
      ['wp2', '1149.99', null],
      ['wp3', '1150.03', null],
      ['wp4', '0.00', null],
    ]);
    expect(row(a?.byCategory ?? [])).toEqual([
      ['staff', '3000.01', null],
      ['office-admin', '450.00', null],
    ]);
  });

  test('a negative base line (a correction) gets no flat-rate share', () => {
    const [a] = summarize({
      partners: [
        {
          id: 'a',
          currency: 'EUR',
          lines: [
            { workPackage: 'wp1', category: 'staff', amount: '100.00' },
            { workPackage: 'wp2', category: 'staff', amount: '-20.00' },
          ],
          flatRates: [{ category: 'office-admin', rate: '0.15', base: 'staff' }],
        },
      ],
    }).partners;
    // Staff 100.00 − 20.00 = 80.00 × 15 % = 12.00, all of it on wp1: 100.00 + 12.00 and −20.00 + 0.00.
    expect(row(a?.byWorkPackage ?? [])).toEqual([
      ['wp1', '112.00', null],
      ['wp2', '-20.00', null],
    ]);
  });

  test('a non-zero flat rate with no positive base line is reported, not dropped', () => {
    const result = summarizeBudgetPlan({
      partners: [
        {
          id: 'a',
          currency: 'EUR',
          lines: [{ workPackage: 'wp1', category: 'staff', amount: '-10.00' }],
          flatRates: [{ category: 'office-admin', rate: '0.15', base: 'staff' }],
        },
      ],
    });
    expect(result.ok ? 'accepted' : result.error.issues?.map((issue) => [issue.code, issue.path])).toEqual([
      ['invalid-plan', ['partners', 0, 'flatRates', 0, 'base']],
    ]);
  });

  test('a partner with nothing eligible has a zero fund on every work package, not none', () => {
    const [a] = summarize({
      partners: [
        {
          id: 'a',
          currency: 'EUR',
          erdfRate: '0.85',
          lines: [
            { workPackage: 'wp1', category: 'staff', amount: '0.00' },
            { workPackage: 'wp2', category: 'staff', amount: '0.00' },
          ],
        },
      ],
    }).partners;
    expect(row(a?.byWorkPackage ?? [])).toEqual([
      ['wp1', '0.00', '0.00'],
      ['wp2', '0.00', '0.00'],
    ]);
  });
});

describe('ERDF partners in another currency', () => {
  const swissInErdf: BudgetPlanInput = {
    partners: [{ id: 'x', currency: 'CHF', erdfRate: '0.85', total: '1078.60' }],
  };

  test('need an exchange rate (mixing currencies without a rate is an error)', () => {
    const result = summarizeBudgetPlan(swissInErdf);
    expect(result.ok ? 'accepted' : result.error.code).toBe('missing-rate');
  });

  test('are converted half-up, then co-financed and truncated', () => {
    const summary = summarize({
      ...swissInErdf,
      exchangeRates: [{ currency: 'CHF', perEur: '1.0786', month: '2017-06' }],
    });
    // 1078.60 / 1.0786 = 1000.00 EUR; × 0.85 = 850.00
    expect(formatAmount(summary.erdf.eligible)).toBe('1000.00');
    expect(formatAmount(summary.erdf.fund)).toBe('850.00');
    expect(summary.partners[0]?.conversion?.rate.month).toBe('2017-06');
  });
});

describe('bad plans are reported whole, naming partner and field', () => {
  test('every problem at once', () => {
    const result = summarizeBudgetPlan({
      partners: [
        { id: 'a', currency: 'EUR', erdfRate: '85', total: '1' },
        { id: 'b', currency: 'USD', total: '1' },
        { id: 'c', currency: 'EUR', lines: [{ workPackage: 'wp1', category: 'staff', amount: '1.234' }] },
        {
          id: 'c',
          currency: 'EUR',
          total: '1.00',
          lines: [{ workPackage: 'wp1', category: 'staff', amount: '2.00' }],
        },
        { id: 'e', currency: 'EUR' },
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.issues?.map((issue) => [issue.code, issue.path])).toEqual([
      ['out-of-range', ['partners', 0, 'erdfRate']],
      ['unknown-currency', ['partners', 1, 'currency']],
      ['too-many-decimals', ['partners', 2, 'lines', 0, 'amount']],
      ['invalid-plan', ['partners', 3, 'id']],
      ['invalid-plan', ['partners', 3, 'total']],
      ['invalid-plan', ['partners', 4, 'total']],
    ]);
    expect(result.error.message).toMatch(/partners\[2\] \(c\) lines\.0\.amount: .*1\.234/);
  });
});

test('totals always equal the sum of partner rows (property-based)', () => {
  const cents = fc.bigInt({ min: 0n, max: 10n ** 12n });
  fc.assert(
    fc.property(fc.array(cents, { minLength: 1, maxLength: 12 }), (totals) => {
      const summary = summarize({
        partners: totals.map((minor, index) => ({
          id: `p${index}`,
          currency: 'EUR',
          erdfRate: '0.85',
          total: formatAmount({ minor, currency: 'EUR' }),
        })),
      });
      const fundSum = summary.partners.reduce((sum, p) => sum + (p.cofinancing?.fund.minor ?? 0n), 0n);
      expect(summary.erdf.fund.minor).toBe(fundSum);
      expect(summary.erdf.fund.minor + summary.erdf.contribution.minor).toBe(summary.erdf.eligible.minor);
    }),
  );
});
