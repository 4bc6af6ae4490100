import { z } from 'zod';
import {
  CountryCodeSchema,
  DataSourceSchema,
  FiliereIdSchema,
  FundingSourceSchema,
  IdentifierSchemeSchema,
  LegalStatusSchema,
  Nuts3CodeSchema,
  PartnerIdSchema,
  PartnerRoleSchema,
  StakeholderKindSchema,
} from './ids';
import { SlugSchema, TextSchema } from './internal/common-schemas';
import { MoneySchema, RateSchema } from './money';
import { IDENTIFIER_SCHEME_COUNTRY, validateIdentifier } from './national-identifier';
import { isTerritoryCode } from './territory';

/**
 * A company or public-body identifier with its scheme (`{ scheme: 'siren', value: '200023372' }`).
 *
 * @example IdentifierSchema.parse({ scheme: 'che-uid', value: 'CHE-102.909.703' })
 */
export const IdentifierSchema = z.object({
  scheme: IdentifierSchemeSchema,
  value: TextSchema,
});
export type Identifier = z.infer<typeof IdentifierSchema>;

/**
 * A body that acts for a partner, e.g. Unioncamere Piemonte, "sujet délégataire" of the Chambre
 * valdôtaine.
 *
 * @example DelegatedBodySchema.parse({ name: 'Unioncamere Piemonte', role: 'sujet délégataire' })
 */
export const DelegatedBodySchema = z.object({
  name: TextSchema,
  role: TextSchema,
});
export type DelegatedBody = z.infer<typeof DelegatedBodySchema>;

/**
 * A partner's budget as declared in the application: eligible total, fund rate (`null` outside ERDF) and
 * the declared ERDF amount (`null` outside ERDF). Totals are computed by `@mbi/budget`, never stored.
 *
 * @example
 * PartnerBudgetSchema.parse({
 *   eligibleTotal: { amount: '425694.00', currency: 'EUR' },
 *   fundRate: '0.85',
 *   declaredErdfAmount: { amount: '361839.90', currency: 'EUR' },
 * });
 */
export const PartnerBudgetSchema = z.object({
  eligibleTotal: MoneySchema,
  fundRate: RateSchema.nullable(),
  declaredErdfAmount: MoneySchema.nullable(),
});
export type PartnerBudget = z.infer<typeof PartnerBudgetSchema>;

/**
 * A project partner. ERDF partners budget in EUR with a fund rate; the Swiss partner budgets in CHF
 * outside ERDF (no rate, no ERDF amount). The identifier, when known, must be valid and of the partner's
 * country; territory codes must have the country's official format.
 *
 * @example PartnerSchema.parse(getPartner('cimark')).budget.eligibleTotal; // { amount: '306200.00', currency: 'CHF' }
 */
export const PartnerSchema = z
  .object({
    id: PartnerIdSchema,
    name: TextSchema,
    shortName: TextSchema,
    role: PartnerRoleSchema,
    country: CountryCodeSchema,
    legalStatus: LegalStatusSchema,
    identifier: IdentifierSchema.nullable(),
    city: TextSchema,
    nuts3: Nuts3CodeSchema,
    territoryUnitCodes: z.array(z.string()).min(1),
    fundingSource: FundingSourceSchema,
    delegatedBody: DelegatedBodySchema.optional(),
    budget: PartnerBudgetSchema,
  })
  .superRefine((partner, ctx) => {
    const issue = (path: PropertyKey[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    if (partner.identifier) {
      const { scheme, value } = partner.identifier;
      if (IDENTIFIER_SCHEME_COUNTRY[scheme] !== partner.country) {
        issue(['identifier', 'scheme'], `identifier scheme ${scheme} is not used in ${partner.country}`);
      } else {
        const result = validateIdentifier(scheme, value);
        if (!result.ok) issue(['identifier', 'value'], `identifier: ${result.error.message}`);
      }
    }
    partner.territoryUnitCodes.forEach((code, index) => {
      if (!isTerritoryCode(partner.country, code)) {
        issue(
          ['territoryUnitCodes', index],
          `territoryUnitCodes: ${code} is no territory code of ${partner.country}`,
        );
      }
    });
    const { eligibleTotal, fundRate, declaredErdfAmount } = partner.budget;
    if (partner.fundingSource === 'erdf') {
      if (eligibleTotal.currency !== 'EUR') {
        issue(
          ['budget', 'eligibleTotal', 'currency'],
          'budget.eligibleTotal of an ERDF partner must be in EUR',
        );
      }
      if (fundRate === null) issue(['budget', 'fundRate'], 'budget.fundRate of an ERDF partner is required');
      if (declaredErdfAmount && declaredErdfAmount.currency !== 'EUR') {
        issue(['budget', 'declaredErdfAmount', 'currency'], 'budget.declaredErdfAmount must be in EUR');
      }
    } else {
      if (fundRate !== null) issue(['budget', 'fundRate'], 'budget.fundRate must be null outside ERDF');
      if (declaredErdfAmount !== null) {
        issue(['budget', 'declaredErdfAmount'], 'budget.declaredErdfAmount must be null outside ERDF');
      }
    }
  });
export type Partner = z.infer<typeof PartnerSchema>;

/**
 * An organisation that follows or supports the project without being a partner (observer, chamber,
 * cluster, company). `source` is `assumed` when its kind or country is not given by the project
 * description.
 *
 * @example StakeholderSchema.parse({ id: 'outdoor-sports-valley', name: 'Outdoor Sports Valley', shortName: 'OSV', kind: 'cluster', country: 'FR', source: 'assumed' })
 */
export const StakeholderSchema = z.object({
  id: SlugSchema,
  name: TextSchema,
  shortName: TextSchema,
  kind: StakeholderKindSchema,
  country: CountryCodeSchema,
  source: DataSourceSchema,
});
export type Stakeholder = z.infer<typeof StakeholderSchema>;

/**
 * An innovation accelerator (activity 4.1): one per country, run by a partner, the entry door for the
 * companies of its filières. The project description gives one per country; names and host partners are
 * the maintainers' (`source: 'assumed'`).
 *
 * @example AcceleratorSchema.parse(getAccelerator('CH')).partnerId; // 'cimark'
 */
export const AcceleratorSchema = z.object({
  id: SlugSchema,
  country: CountryCodeSchema,
  partnerId: PartnerIdSchema,
  name: TextSchema,
  filiereIds: z.array(FiliereIdSchema).min(1),
  source: DataSourceSchema,
});
export type Accelerator = z.infer<typeof AcceleratorSchema>;
