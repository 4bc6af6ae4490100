import { z } from '@hono/zod-openapi';
import {
  CountryCodeSchema,
  DelegatedBodySchema,
  FundingSourceSchema,
  IdentifierSchema,
  LegalStatusSchema,
  type Locale,
  Nuts3CodeSchema,
  PARTNER_IDS,
  type Partner,
  PartnerBudgetSchema,
  PartnerIdSchema,
  PartnerRoleSchema,
} from '@mbi/domain';
import { createTranslator, getLabels } from '@mbi/i18n';
import type { AppDeps } from '../../context';
import { localeOf } from '../../lib/locale';
import { ApiProblem, message } from '../../lib/problem';
import { formatOf, send } from '../../lib/respond';
import { createRouter, defineRoute, problemAnswer } from '../../lib/router';
import { csvContent, LangQuery, ListQuery, notModified } from '../../lib/schemas';

export const PartnerViewSchema = z
  .object({
    id: PartnerIdSchema,
    name: z.string(),
    shortName: z.string(),
    role: PartnerRoleSchema,
    roleLabel: z.string(),
    country: CountryCodeSchema,
    countryLabel: z.string(),
    legalStatus: LegalStatusSchema,
    legalStatusLabel: z.string(),
    identifier: IdentifierSchema.nullable(),
    city: z.string(),
    nuts3: Nuts3CodeSchema,
    nuts3Label: z.string(),
    fundingSource: FundingSourceSchema,
    fundingSourceLabel: z.string(),
    delegatedBody: DelegatedBodySchema.optional(),
    territoryUnitCodes: z.array(z.string()),
    budget: PartnerBudgetSchema,
  })
  .openapi('Partner');

export const PartnerListSchema = z.object({ items: z.array(PartnerViewSchema) }).openapi('PartnerList');

export function partnerView(partner: Partner, locale: Locale): z.infer<typeof PartnerViewSchema> {
  const labels = getLabels(locale);
  return {
    id: partner.id,
    name: partner.name,
    shortName: labels.partner[partner.id],
    role: partner.role,
    roleLabel: labels.partnerRole[partner.role],
    country: partner.country,
    countryLabel: labels.country[partner.country],
    legalStatus: partner.legalStatus,
    legalStatusLabel: labels.legalStatus[partner.legalStatus],
    identifier: partner.identifier,
    city: partner.city,
    nuts3: partner.nuts3,
    nuts3Label: labels.nuts3[partner.nuts3],
    fundingSource: partner.fundingSource,
    fundingSourceLabel: labels.fundingSource[partner.fundingSource],
    ...(partner.delegatedBody === undefined ? {} : { delegatedBody: partner.delegatedBody }),
    territoryUnitCodes: partner.territoryUnitCodes,
    budget: partner.budget,
  };
}

/** `GET /v1/partners` and `GET /v1/partners/{id}`: the four partners, public reference data. */
export function createPartnerRoutes({ reference }: Pick<AppDeps, 'reference'>) {
  const { dataset } = reference;
  const list = (locale: Locale) => ({
    items: dataset.partners.map((partner) => partnerView(partner, locale)),
  });
  return createRouter()
    .openapi(
      defineRoute({
        method: 'get',
        path: '/',
        operationId: 'listPartners',
        access: 'public',
        tags: ['Reference data'],
        summary: 'The four partners, with roles, territories and budgets',
        request: { query: ListQuery },
        responses: {
          200: {
            description: 'Partners',
            content: { 'application/json': { schema: PartnerListSchema }, ...csvContent },
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
            reference.json('partners', locale, () => list(locale)),
          );
        const t = createTranslator(locale);
        return send(
          c,
          reference.csv('partners', locale, c.req.query('sep'), () => ({
            columns: [
              { header: t('field.identifier'), value: (p) => p.id },
              { header: t('field.name'), value: (p) => p.name },
              { header: t('field.role'), value: (p) => p.roleLabel },
              { header: t('financing.column.country'), value: (p) => p.countryLabel },
              { header: t('field.city'), value: (p) => p.city },
              { header: 'NUTS 3', value: (p) => p.nuts3 },
              { header: t('field.fundingSource'), value: (p) => p.fundingSourceLabel },
              {
                header: t('financing.column.eligibleTotal'),
                value: (p) => p.budget.eligibleTotal.amount,
                kind: 'decimal',
              },
              { header: t('field.currency'), value: (p) => p.budget.eligibleTotal.currency },
              { header: t('financing.column.rate'), value: (p) => p.budget.fundRate, kind: 'decimal' },
            ],
            rows: list(locale).items,
          })),
        );
      },
    )
    .openapi(
      defineRoute({
        method: 'get',
        path: '/{id}',
        operationId: 'getPartner',
        access: 'public',
        tags: ['Reference data'],
        summary: 'One partner',
        request: {
          params: z.object({
            id: z
              .string()
              .max(64)
              .openapi({ example: 'cc-vallee-chamonix', enum: [...PARTNER_IDS] }),
          }),
          query: LangQuery,
        },
        responses: {
          200: { description: 'The partner', content: { 'application/json': { schema: PartnerViewSchema } } },
          ...notModified,
          404: problemAnswer('No such partner'),
        },
      }),
      (c) => {
        const locale = localeOf(c);
        const { id } = c.req.valid('param');
        const partner = dataset.partners.find((candidate) => candidate.id === id);
        if (partner === undefined) {
          throw new ApiProblem('not-found', {
            detail: message('problem.detail.partnerNotFound', { id, partners: PARTNER_IDS.join(', ') }),
          });
        }
        return send(
          c,
          reference.json(`partner:${id}`, locale, () => partnerView(partner, locale)),
        );
      },
    );
}
