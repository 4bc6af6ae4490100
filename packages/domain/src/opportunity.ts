import { z } from 'zod';
import { IsoDateSchema } from './calendar';
import {
  CountryCodeSchema,
  FiliereIdSchema,
  OpportunityKindSchema,
  OpportunityStatusSchema,
  PartnerIdSchema,
} from './ids';
import { SlugSchema, TextSchema } from './internal/common-schemas';

/**
 * A party to a business opportunity: a company, a lab or a partner, optionally linked to a registered
 * establishment or to a project partner.
 *
 * @example OpportunityPartySchema.parse({ name: 'Atelier bois Chamonix', country: 'FR' })
 */
export const OpportunityPartySchema = z.object({
  name: TextSchema,
  country: CountryCodeSchema,
  establishmentId: z.uuid().optional(),
  partnerId: PartnerIdSchema.optional(),
});
export type OpportunityParty = z.infer<typeof OpportunityPartySchema>;

/**
 * A business opportunity brought by business prospection (activity 4.2): company↔company,
 * research↔company, a revived dormant project or a cross-border production chain. `closedOn` is set once
 * the opportunity is concluded or abandoned, and not before it was identified.
 *
 * @example
 * BusinessOpportunitySchema.parse({
 *   id: 'opp-2018-001',
 *   kind: 'cross-border-chain',
 *   title: 'Chaîne de rénovation bois Chamonix–Aoste',
 *   filiereIds: ['renovation'],
 *   parties: [{ name: 'Menuiserie A', country: 'FR' }, { name: 'Segheria B', country: 'IT' }],
 *   status: 'identified',
 *   identifiedOn: '2018-03-15',
 * });
 */
export const BusinessOpportunitySchema = z
  .object({
    id: SlugSchema,
    kind: OpportunityKindSchema,
    title: TextSchema,
    filiereIds: z.array(FiliereIdSchema).min(1, { error: 'filiereIds must name at least one filière' }),
    parties: z.array(OpportunityPartySchema).min(1, { error: 'parties must name at least one party' }),
    status: OpportunityStatusSchema,
    identifiedOn: IsoDateSchema,
    closedOn: IsoDateSchema.optional(),
  })
  .superRefine((opportunity, ctx) => {
    const { status, identifiedOn, closedOn } = opportunity;
    const isClosed = status === 'concluded' || status === 'abandoned';
    if (closedOn !== undefined && !isClosed) {
      ctx.addIssue({
        code: 'custom',
        path: ['closedOn'],
        message: `closedOn is not allowed while status is ${status}`,
      });
    }
    if (closedOn !== undefined && closedOn < identifiedOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['closedOn'],
        message: `closedOn (${closedOn}) must not be before identifiedOn (${identifiedOn})`,
      });
    }
  });
export type BusinessOpportunity = z.infer<typeof BusinessOpportunitySchema>;
