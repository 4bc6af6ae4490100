import { z } from '@hono/zod-openapi';
import {
  AcceleratorSchema,
  ActivitySchema,
  CountryCodeSchema,
  DelegatedBodySchema,
  DeliverableSchema,
  FiliereIdSchema,
  FiliereSchema,
  IdentifierSchema,
  IndicatorSchema,
  ObjectiveSchema,
  PartnerBudgetSchema,
  PartnerIdSchema,
  ProgrammeSchema,
  ProjectSchema,
  StakeholderSchema,
  WorkPackageSchema,
} from '@mbi/domain';

/** Response and request schemas of the API: the OpenAPI document is generated from them. */

export const LangQuery = z.object({
  lang: z.string().optional().openapi({
    description: 'Language of labels and error titles: fr, it, de or en (else Accept-Language).',
  }),
});

export const ListQuery = LangQuery.extend({
  format: z
    .enum(['json', 'csv'])
    .optional()
    .openapi({ description: 'json (default) or csv (also Accept: text/csv).' }),
  sep: z
    .enum([';', ','])
    .optional()
    .openapi({ description: 'CSV separator; `;` by default for fr/it/de, `,` for en.' }),
});

export const MoneyJsonSchema = z
  .object({
    amount: z.string().openapi({ example: '359139.70', description: 'Exact decimal string, two decimals.' }),
    currency: z.enum(['EUR', 'CHF']),
  })
  .openapi('Money');

export const ProblemSchema = z
  .object({
    type: z.string().openapi({ example: 'urn:mbi:problem:validation-failed' }),
    code: z.string().openapi({ example: 'validation-failed' }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    requestId: z.string().optional(),
    errors: z.array(z.object({ field: z.string(), code: z.string(), message: z.string() })).optional(),
  })
  .openapi('Problem');

export const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ProblemSchema } },
});

export const StatusSchema = z.object({ status: z.literal('ok') }).openapi('Status');

export const ProjectViewSchema = z
  .object({
    programme: ProgrammeSchema,
    project: ProjectSchema,
    objectives: z.array(ObjectiveSchema.extend({ label: z.string() })),
    filieres: z.array(FiliereSchema.extend({ label: z.string() })),
    stakeholders: z.array(StakeholderSchema),
    accelerators: z.array(AcceleratorSchema),
    deliverables: z.array(DeliverableSchema),
    indicators: z.array(IndicatorSchema),
  })
  .openapi('Project');

export const PartnerViewSchema = z
  .object({
    id: PartnerIdSchema,
    name: z.string(),
    shortName: z.string(),
    role: z.enum(['lead', 'partner']),
    roleLabel: z.string(),
    country: CountryCodeSchema,
    countryLabel: z.string(),
    legalStatus: z.string(),
    legalStatusLabel: z.string(),
    identifier: IdentifierSchema.nullable(),
    city: z.string(),
    nuts3: z.string(),
    nuts3Label: z.string(),
    fundingSource: z.enum(['erdf', 'swiss']),
    fundingSourceLabel: z.string(),
    delegatedBody: DelegatedBodySchema.optional(),
    territoryUnitCodes: z.array(z.string()),
    budget: PartnerBudgetSchema,
  })
  .openapi('Partner');

export const PartnerListSchema = z.object({ items: z.array(PartnerViewSchema) }).openapi('PartnerList');

export const WorkPackageListSchema = z
  .object({
    items: z.array(
      WorkPackageSchema.extend({
        label: z.string(),
        activities: z.array(ActivitySchema.extend({ label: z.string() })),
      }),
    ),
  })
  .openapi('WorkPackageList');

export const FiliereListSchema = z
  .object({
    mapVersion: z.string(),
    items: z.array(
      z.object({
        id: FiliereIdSchema,
        label: z.string(),
        shortLabel: z.string(),
        name: z.string(),
        description: z.string(),
        codes: z.array(
          z.object({
            code: z.string(),
            scheme: z.string(),
            naceClass: z.string(),
            label: z.string().nullable(),
            weight: z.enum(['core', 'partial']),
            rationale: z.string(),
          }),
        ),
      }),
    ),
  })
  .openapi('FiliereList');

export const BudgetSchema = z
  .object({
    rules: z.object({ fund: z.string(), totals: z.string(), outsideErdf: z.string() }),
    partners: z.array(
      z.object({
        partnerId: z.string(),
        partner: z.string(),
        country: CountryCodeSchema.nullable(),
        fundingSource: z.enum(['erdf', 'swiss']).nullable(),
        inErdf: z.boolean(),
        currency: z.enum(['EUR', 'CHF']),
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

export const CofinancingRequestSchema = z
  .strictObject({
    eligible: z.string().openapi({ example: '422517.30', description: 'Eligible total, decimal string.' }),
    rate: z.string().openapi({ example: '0.85', description: 'Fund rate between 0 and 1, decimal string.' }),
    currency: z.enum(['EUR', 'CHF']).default('EUR'),
  })
  .openapi('CofinancingRequest');

export const CofinancingResponseSchema = z
  .object({
    eligible: MoneyJsonSchema,
    rate: z.string(),
    fund: MoneyJsonSchema,
    contribution: MoneyJsonSchema,
    rule: z.string(),
  })
  .openapi('Cofinancing');

export const ClassificationSchema = z
  .object({
    input: z.string(),
    scheme: z.string(),
    revision: z.string(),
    nationalCode: z.string(),
    naceClass: z.string(),
    naceLabel: z.string().nullable(),
    mapVersion: z.string(),
    filieres: z.array(
      z.object({
        filiere: FiliereIdSchema,
        label: z.string(),
        weight: z.enum(['core', 'partial']),
        rationale: z.string(),
      }),
    ),
  })
  .openapi('Classification');
