import { type BudgetSummary, formatAmount, type Money, summarizeBudgetPlan } from '@mbi/budget';
import { type Locale, MONT_BLANC_INNOVATION, type Partner } from '@mbi/domain';
import { createTranslator, formatMoney, formatPercent, label, moneyLocaleFor } from '@mbi/i18n';

/** One printed row: every cell already formatted for the reader. */
export type Row = readonly string[];

export interface FinancingTable {
  readonly caption: string;
  readonly header: Row;
  readonly rows: readonly Row[];
  readonly notes: readonly string[];
}

/** The project's budget plan as `@mbi/budget` reads it, from the reference dataset of `@mbi/domain`. */
export function summarizeProject(
  partners: readonly Partner[] = MONT_BLANC_INNOVATION.partners,
): BudgetSummary {
  const result = summarizeBudgetPlan({
    partners: partners.map((partner) => ({
      id: partner.id,
      currency: partner.budget.eligibleTotal.currency,
      erdfRate: partner.budget.fundRate,
      total: partner.budget.eligibleTotal.amount,
    })),
  });
  // The reference dataset is validated by @mbi/domain's tests: a failure here is a bug, not bad input.
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/**
 * The financing table of the seed ("Aperçu du plan de financement") in one language: each partner's
 * eligible total, ERDF amount and contribution, the ERDF totals, and CimArk's Swiss budget kept apart.
 * Money follows each partner's region (fr-FR, it-IT, fr-CH…), not only the reader's language.
 */
export function buildFinancingTable(locale: Locale): FinancingTable {
  const t = createTranslator(locale);
  const summary = summarizeProject();
  const partners = new Map<string, Partner>(
    MONT_BLANC_INNOVATION.partners.map((partner) => [partner.id, partner]),
  );
  const show = (money: Money, country: Partner['country']) =>
    formatMoney({ amount: formatAmount(money), currency: money.currency }, moneyLocaleFor(locale, country));

  const rows: Row[] = summary.partners.map((row) => {
    const partner = partners.get(row.id);
    if (partner === undefined) throw new Error(`Partner ${row.id} of the summary is not in the dataset`);
    const country = partner.country;
    return [
      label('partner', partner.id, locale),
      label('country', country, locale),
      show(row.eligible, country),
      row.erdfRate === null ? '—' : formatPercent(row.erdfRate, locale),
      row.cofinancing === null ? '—' : show(row.cofinancing.fund, country),
      row.cofinancing === null ? '—' : show(row.cofinancing.contribution, country),
    ];
  });
  rows.push([
    t('financing.row.totalErdf'),
    '',
    show(summary.erdf.eligible, 'FR'),
    '',
    show(summary.erdf.fund, 'FR'),
    show(summary.erdf.contribution, 'FR'),
  ]);
  for (const outside of summary.outsideErdf) {
    rows.push([t('financing.row.outsideErdf'), '', show(outside.eligible, 'CH'), '', '—', '—']);
  }
  return {
    caption: t('financing.caption'),
    header: [
      t('financing.column.partner'),
      t('financing.column.country'),
      t('financing.column.eligibleTotal'),
      t('financing.column.rate'),
      t('financing.column.erdf'),
      t('financing.column.contribution'),
    ],
    rows,
    notes: [t('financing.note.rounding'), t('financing.note.swissFunding')],
  };
}

/** Lays the table out as aligned plain text: text columns to the left, amounts to the right. */
export function renderText(table: FinancingTable): string {
  const all = [table.header, ...table.rows];
  const widths = table.header.map((_, column) =>
    Math.max(...all.map((row) => [...(row[column] ?? '')].length)),
  );
  const line = (row: Row) =>
    row
      .map((cell, column) => {
        const width = widths[column] ?? 0;
        const pad = ' '.repeat(width - [...cell].length);
        return column < 2 ? cell + pad : pad + cell;
      })
      .join('  ');
  const rule = widths.map((width) => '─'.repeat(width)).join('  ');
  return [
    table.caption,
    '',
    line(table.header),
    rule,
    ...table.rows.slice(0, -2).map(line),
    rule,
    ...table.rows.slice(-2).map(line),
    '',
    ...table.notes,
  ].join('\n');
}
