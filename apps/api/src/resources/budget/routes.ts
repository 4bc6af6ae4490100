import { z } from '@hono/zod-openapi';
import { type Money, summarizeBudgetPlan, toMoneyJson } from '@mbi/budget';
import {
  CountryCodeSchema,
  CurrencySchema,
  FundingSourceSchema,
  type Locale,
  type Partner,
  PartnerIdSchema,
  type ReferenceDataset,
} from '@mbi/domain';
import { createTranslator, getLabels } from '@mbi/i18n';
import type { AppDeps } from '../../context';
import { localeOf } from '../../lib/locale';
import { formatOf, send } from '../../lib/respond';
import { createRouter, defineRoute, problemAnswer } from '../../lib/router';
import { csvContent, ListQuery, MoneyJsonSchema, notModified } from '../../lib/schemas';

export const BudgetSchema = z
  .object({
    rules: z.object({ fund: z.string(), totals: z.string(), outsideErdf: z.string() }),
    partners: z.array(
      z.object({
        partnerId: PartnerIdSchema,
        partner: z.string(),
        country: CountryCodeSchema.nullable(),
        fundingSource: FundingSourceSchema.nullable(),
        inErdf: z.boolean(),
        currency: CurrencySchema,
        eligible: MoneyJsonSchema,
        erdfRate: z.string().nullable(),
        erdf: z.union([MoneyJsonSchema, z.null()]),
        contribution: z.union([MoneyJsonSchema, z.null()]),
      }),
    ),
    totals: z.object({
      erdf: z.object({ eligible: MoneyJsonSchema, erdf: MoneyJsonSchema, contribution: MoneyJsonSchema }),
      outsideErdf: z.array(z.object({ eligible: MoneyJsonSchema })),
    }),
  })
  .openapi('Budget');

type BudgetView = z.infer<typeof BudgetSchema>;

const moneyJson = (money: Money) => toMoneyJson(money) as z.infer<typeof MoneyJsonSchema>;

/** The financing table: each partner's amounts and the totals, computed by `@mbi/budget`'s rules. */
export function budgetView(dataset: ReferenceDataset, locale: Locale): BudgetView {
  const labels = getLabels(locale);
  const t = createTranslator(locale);
  const result = summarizeBudgetPlan({
    partners: dataset.partners.map((partner) => ({
      id: partner.id,
      currency: partner.budget.eligibleTotal.currency,
      erdfRate: partner.budget.fundRate,
      total: partner.budget.eligibleTotal.amount,
    })),
  });
  // The reference dataset is validated by @mbi/domain's tests; an invalid plan here is a bug.
  if (!result.ok) throw new Error(`Reference budget is invalid: ${result.error.message}`);
  const summary = result.value;
  const partners = new Map<string, Partner>(dataset.partners.map((partner) => [partner.id, partner]));
  return {
    rules: {
      fund: t('financing.rule.fund'),
      totals: t('financing.rule.totals'),
      outsideErdf: t('financing.rule.outsideErdf'),
    },
    partners: summary.partners.map((row) => {
      const partner = partners.get(row.id);
      if (partner === undefined) throw new Error(`Budget row of an unknown partner ${row.id}`);
      return {
        partnerId: partner.id,
        partner: labels.partner[partner.id],
        country: partner.country,
        fundingSource: partner.fundingSource,
        inErdf: row.inErdf,
        currency: row.currency,
        eligible: moneyJson(row.eligible),
        erdfRate: row.erdfRate,
        erdf: row.cofinancing === null ? null : moneyJson(row.cofinancing.fund),
        contribution: row.cofinancing === null ? null : moneyJson(row.cofinancing.contribution),
      };
    }),
    totals: {
      erdf: {
        eligible: moneyJson(summary.erdf.eligible),
        erdf: moneyJson(summary.erdf.fund),
        contribution: moneyJson(summary.erdf.contribution),
      },
      outsideErdf: summary.outsideErdf.map((total) => ({ eligible: moneyJson(total.eligible) })),
    },
  };
}

/** Budget rows flattened for CSV (partners, then the ERDF total, then outside-ERDF totals). */
function budgetRows(view: BudgetView, totalLabel: string, outsideLabel: string) {
  const amount = (money: { amount: string } | null) => money?.amount ?? null;
  return [
    ...view.partners.map((row) => ({
      partner: row.partner,
      country: row.country,
      currency: row.currency,
      eligible: amount(row.eligible),
      erdfRate: row.erdfRate,
      erdf: amount(row.erdf),
      contribution: amount(row.contribution),
    })),
    {
      partner: totalLabel,
      country: null,
      currency: 'EUR',
      eligible: amount(view.totals.erdf.eligible),
      erdfRate: null,
      erdf: amount(view.totals.erdf.erdf),
      contribution: amount(view.totals.erdf.contribution),
    },
    ...view.totals.outsideErdf.map((total) => ({
      partner: outsideLabel,
      country: null,
      currency: total.eligible.currency,
      eligible: total.eligible.amount,
      erdfRate: null,
      erdf: null,
      contribution: null,
    })),
  ];
}

/** `GET /v1/budget`: the seed's financing table by the Interreg rounding rules, public reference data. */
export function createBudgetRoutes({ reference }: Pick<AppDeps, 'reference'>) {
  const { dataset } = reference;
  return createRouter().openapi(
    defineRoute({
      method: 'get',
      path: '/',
      operationId: 'getBudget',
      access: 'public',
      tags: ['Reference data'],
      summary: 'The financing table: per partner eligible total, ERDF and contribution, and the totals',
      request: { query: ListQuery },
      responses: {
        200: {
          description: 'Budget',
          content: { 'application/json': { schema: BudgetSchema }, ...csvContent },
        },
        ...notModified,
        406: problemAnswer('Neither JSON nor CSV is acceptable'),
      },
    }),
    (c) => {
      const locale = localeOf(c);
      if (formatOf(c) === 'json')
        return send(
          c,
          reference.json('budget', locale, () => budgetView(dataset, locale)),
        );
      const t = createTranslator(locale);
      return send(
        c,
        reference.csv('budget', locale, c.req.query('sep'), () => ({
          columns: [
            { header: t('financing.column.partner'), value: (row) => row.partner },
            { header: t('financing.column.country'), value: (row) => row.country },
            { header: t('field.currency'), value: (row) => row.currency },
            { header: t('financing.column.eligibleTotal'), value: (row) => row.eligible, kind: 'decimal' },
            { header: t('financing.column.rate'), value: (row) => row.erdfRate, kind: 'decimal' },
            { header: t('financing.column.erdf'), value: (row) => row.erdf, kind: 'decimal' },
            { header: t('financing.column.contribution'), value: (row) => row.contribution, kind: 'decimal' },
          ],
          rows: budgetRows(
            budgetView(dataset, locale),
            t('financing.row.totalErdf'),
            t('financing.row.outsideErdf'),
          ),
        })),
      );
    },
  );
}
