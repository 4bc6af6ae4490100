import { formatAmount } from '@mbi/budget';
import { describe, expect, test } from 'vitest';
import { buildFinancingTable, renderText, summarizeProject } from './financing-table';

// Golden values: the seed's financing table (BRIEF.md, Partners table). Expected strings are written as
// CLDR formats them (Node's ICU): fr-FR groups with U+202F and puts U+00A0 before "€"; it-IT groups with ".".
const NNBSP = '\u202f';
const NBSP = '\u00a0';

describe('the project financing table', () => {
  test('computes the seed figures from the reference dataset', () => {
    const summary = summarizeProject();
    expect(summary.partners.map((p) => (p.cofinancing ? formatAmount(p.cofinancing.fund) : null))).toEqual([
      '361839.90',
      '359139.70',
      '523157.74',
      null,
    ]);
    expect(formatAmount(summary.erdf.fund)).toBe('1244137.34');
    expect(formatAmount(summary.erdf.eligible)).toBe('1463691.00');
    expect(summary.outsideErdf.map((t) => [t.currency, formatAmount(t.eligible)])).toEqual([
      ['CHF', '306200.00'],
    ]);
  });

  test('in French, money in the partners’ regions', () => {
    const table = buildFinancingTable('fr');
    expect(table.header[4]).toBe('FEDER');
    expect(table.rows[0]?.[4]).toBe(`361${NNBSP}839,90${NBSP}€`);
    const total = table.rows.at(-2);
    expect(total?.[0]).toBe('Total FEDER');
    expect(total?.[4]).toBe(`1${NNBSP}244${NNBSP}137,34${NBSP}€`);
    expect(table.rows.at(-1)?.[0]).toBe('Hors FEDER');
  });

  test('in Italian, the Chambre valdôtaine in it-IT format', () => {
    const table = buildFinancingTable('it');
    expect(table.rows[2]?.[4]).toBe(`523.157,74${NBSP}€`);
  });

  test('every language renders all rows, with the CHF budget apart', () => {
    for (const locale of ['fr', 'it', 'de', 'en'] as const) {
      const text = renderText(buildFinancingTable(locale));
      expect(text.split('\n').length).toBeGreaterThan(9);
      expect(text).toMatch(/306.200/);
    }
  });
});
