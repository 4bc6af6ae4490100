import { describe, expect, test } from 'vitest';
import {
  getAccelerator,
  getActivity,
  getFiliere,
  getLeadPartner,
  getObjective,
  getPartner,
  getTerritoryUnit,
  getWorkPackage,
  listActivities,
  listPartnerTerritoryUnits,
} from './lookups';
import { MONT_BLANC_INNOVATION } from './mont-blanc-innovation';

// Expected values from BRIEF.md.
describe('lookups in the reference dataset', () => {
  test('getPartner and getLeadPartner', () => {
    expect(getPartner('cc-pays-mont-blanc').budget.eligibleTotal).toEqual({
      amount: '422517.30',
      currency: 'EUR',
    });
    expect(getLeadPartner().id).toBe('cc-vallee-chamonix');
  });

  test('getObjective, getFiliere, getWorkPackage, getActivity', () => {
    expect(getObjective('cross-border-chains').number).toBe(3);
    expect(getFiliere('renovation').name).toBe('Rénovation du bâtiment en montagne');
    expect(getWorkPackage('wp2').title).toBe('Communication');
    expect(getActivity('3.2').workPackageId).toBe('wp3');
  });

  test('listActivities gives a work package its activities in order', () => {
    expect(listActivities('wp4').map((activity) => activity.id)).toEqual(['4.1', '4.2']);
  });

  test('getAccelerator finds the one accelerator of a country', () => {
    expect(getAccelerator('CH').partnerId).toBe('cimark');
    expect(getAccelerator('IT').partnerId).toBe('chambre-valdotaine');
  });

  test('getTerritoryUnit finds a unit by country and national code, or gives undefined', () => {
    expect(getTerritoryUnit('FR', '74143')?.name).toBe('Les Houches');
    expect(getTerritoryUnit('IT', '007022')?.name).toBe('Courmayeur');
    expect(getTerritoryUnit('CH', '6266')?.name).toBe('Sion');
    expect(getTerritoryUnit('FR', '74010')).toBeUndefined();
    expect(getTerritoryUnit('IT', '74056')).toBeUndefined();
  });

  test('listPartnerTerritoryUnits gives a partner its communes', () => {
    expect(listPartnerTerritoryUnits('cc-vallee-chamonix').map((unit) => unit.name)).toEqual([
      'Chamonix-Mont-Blanc',
      'Les Houches',
      'Servoz',
      'Vallorcine',
    ]);
    expect(listPartnerTerritoryUnits('cimark')).toHaveLength(122);
  });

  test('work on another dataset passed explicitly, and throw when it lacks a required item', () => {
    const dataset = structuredClone(MONT_BLANC_INNOVATION);
    dataset.partners = dataset.partners.filter((partner) => partner.id !== 'cimark');
    expect(() => getPartner('cimark', dataset)).toThrow('no partner cimark');
    expect(getPartner('cimark').id).toBe('cimark');
    dataset.territoryUnits = [];
    expect(getTerritoryUnit('CH', '6266', dataset)).toBeUndefined();
  });
});
