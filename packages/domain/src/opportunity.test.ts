import { describe, expect, test } from 'vitest';
import { BusinessOpportunitySchema } from './opportunity';

// An illustrative opportunity; the rules tested are those of the schema.
const opportunity = {
  id: 'opp-2018-001',
  kind: 'cross-border-chain',
  title: 'Chaîne de rénovation bois Chamonix–Aoste',
  filiereIds: ['renovation'],
  parties: [
    { name: 'Menuiserie A', country: 'FR' },
    { name: 'Segheria B', country: 'IT', partnerId: 'chambre-valdotaine' },
  ],
  status: 'identified',
  identifiedOn: '2018-03-15',
};

describe('BusinessOpportunitySchema', () => {
  test('accepts an opportunity and a concluded one with its closing date', () => {
    expect(BusinessOpportunitySchema.parse(opportunity)).toEqual(opportunity);
    const concluded = { ...opportunity, status: 'concluded', closedOn: '2019-01-10' };
    expect(BusinessOpportunitySchema.parse(concluded)).toEqual(concluded);
  });

  test('refuses a closing date while open or before identification', () => {
    expect(
      BusinessOpportunitySchema.safeParse({ ...opportunity, closedOn: '2019-01-10' }).error?.issues[0]
        ?.message,
    ).toBe('closedOn is not allowed while status is identified');
    const early = { ...opportunity, status: 'abandoned', closedOn: '2018-01-01' };
    expect(BusinessOpportunitySchema.safeParse(early).error?.issues[0]?.message).toContain(
      'before identifiedOn',
    );
  });

  test('needs at least one filière and one party', () => {
    const result = BusinessOpportunitySchema.safeParse({ ...opportunity, filiereIds: [], parties: [] });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      'filiereIds must name at least one filière',
      'parties must name at least one party',
    ]);
  });
});
