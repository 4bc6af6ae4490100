import { describe, expect, test } from 'vitest';
import { getPartner } from './lookups';
import { AcceleratorSchema, PartnerSchema, StakeholderSchema } from './partner';

// The partners as BRIEF.md describes them; each test breaks one rule.
describe('PartnerSchema', () => {
  const lead = getPartner('cc-vallee-chamonix');
  const cimark = getPartner('cimark');

  test('accepts the partners of the reference dataset', () => {
    expect(PartnerSchema.parse(lead)).toEqual(lead);
    expect(PartnerSchema.parse(cimark)).toEqual(cimark);
  });

  test('refuses an invalid identifier, naming the field', () => {
    const result = PartnerSchema.safeParse({ ...lead, identifier: { scheme: 'siren', value: '200023373' } });
    expect(result.error?.issues[0]?.path).toEqual(['identifier', 'value']);
    expect(result.error?.issues[0]?.message).toMatch(/^identifier: SIREN 200023373/);
  });

  test('refuses an identifier scheme of another country', () => {
    const result = PartnerSchema.safeParse({
      ...lead,
      identifier: { scheme: 'che-uid', value: 'CHE-102.909.703' },
    });
    expect(result.error?.issues[0]?.path).toEqual(['identifier', 'scheme']);
  });

  test('refuses territory codes not in the national format', () => {
    const result = PartnerSchema.safeParse({ ...lead, territoryUnitCodes: ['74056', '6266'] });
    expect(result.error?.issues[0]?.path).toEqual(['territoryUnitCodes', 1]);
  });

  test('an ERDF partner budgets in EUR with a rate; the Swiss partner in CHF without ERDF', () => {
    const inChf = {
      ...lead,
      budget: { ...lead.budget, eligibleTotal: { amount: '425694.00', currency: 'CHF' } },
    };
    expect(PartnerSchema.safeParse(inChf).error?.issues[0]?.path).toEqual([
      'budget',
      'eligibleTotal',
      'currency',
    ]);
    const withoutRate = { ...lead, budget: { ...lead.budget, fundRate: null } };
    expect(PartnerSchema.safeParse(withoutRate).error?.issues[0]?.path).toEqual(['budget', 'fundRate']);
    const swissWithErdf = { ...cimark, budget: { ...cimark.budget, fundRate: '0.85' } };
    expect(PartnerSchema.safeParse(swissWithErdf).error?.issues[0]?.message).toBe(
      'budget.fundRate must be null outside ERDF',
    );
  });

  test('refuses money as a number', () => {
    const result = PartnerSchema.safeParse({
      ...lead,
      budget: { ...lead.budget, eligibleTotal: { amount: 425694, currency: 'EUR' } },
    });
    expect(result.success).toBe(false);
  });
});

describe('StakeholderSchema and AcceleratorSchema', () => {
  test('accept well-formed values and refuse unknown kinds or empty filière lists', () => {
    const osv = {
      id: 'outdoor-sports-valley',
      name: 'Outdoor Sports Valley',
      shortName: 'OSV',
      kind: 'cluster',
      country: 'FR',
      source: 'assumed',
    };
    expect(StakeholderSchema.parse(osv)).toEqual(osv);
    expect(StakeholderSchema.safeParse({ ...osv, kind: 'club' }).success).toBe(false);
    const accelerator = {
      id: 'accelerator-ch',
      country: 'CH',
      partnerId: 'cimark',
      name: 'Valais',
      filiereIds: ['phyto'],
      source: 'assumed',
    };
    expect(AcceleratorSchema.parse(accelerator)).toEqual(accelerator);
    expect(AcceleratorSchema.safeParse({ ...accelerator, filiereIds: [] }).success).toBe(false);
  });

  test('require a source, seed or assumed', () => {
    const cci = {
      id: 'cci-haute-savoie',
      name: "Chambre de commerce et d'industrie de la Haute-Savoie",
      shortName: 'CCI Haute-Savoie',
      kind: 'chamber',
      country: 'FR',
    };
    expect(StakeholderSchema.safeParse(cci).success).toBe(false);
    expect(StakeholderSchema.safeParse({ ...cci, source: 'guessed' }).success).toBe(false);
    expect(StakeholderSchema.parse({ ...cci, source: 'seed' }).source).toBe('seed');
  });
});
