import { describe, expect, test } from 'vitest';
import { isTerritoryCode, TERRITORY_KIND_OF_COUNTRY, TerritoryUnitSchema } from './territory';

describe('TerritoryUnitSchema', () => {
  test('accepts a commune, a comune and a municipality', () => {
    for (const unit of [
      { kind: 'commune', country: 'FR', code: '74056', name: 'Chamonix-Mont-Blanc', nuts3: 'FRK28' },
      { kind: 'comune', country: 'IT', code: '007022', name: 'Courmayeur', nuts3: 'ITC20' },
      { kind: 'municipality', country: 'CH', code: '6266', name: 'Sion', nuts3: 'CH012' },
    ]) {
      expect(TerritoryUnitSchema.parse(unit)).toEqual(unit);
    }
  });

  test('refuses a kind that does not go with the country', () => {
    const result = TerritoryUnitSchema.safeParse({
      kind: 'commune',
      country: 'IT',
      code: '007022',
      name: 'Courmayeur',
      nuts3: 'ITC20',
    });
    expect(result.success).toBe(false);
  });

  test('refuses a code of the wrong format, naming the field and the expected form', () => {
    const result = TerritoryUnitSchema.safeParse({
      kind: 'comune',
      country: 'IT',
      code: '7022',
      name: 'Courmayeur',
      nuts3: 'ITC20',
    });
    expect(result.error?.issues[0]?.path).toEqual(['code']);
    expect(result.error?.issues[0]?.message).toContain('ISTAT');
  });
});

describe('isTerritoryCode', () => {
  test('INSEE codes have 5 characters, Corsica included', () => {
    expect(isTerritoryCode('FR', '74056')).toBe(true);
    expect(isTerritoryCode('FR', '2A004')).toBe(true);
    expect(isTerritoryCode('FR', '7405')).toBe(false);
  });

  test('ISTAT codes have 6 digits, BFS numbers 1 to 4 digits without leading zero', () => {
    expect(isTerritoryCode('IT', '007003')).toBe(true);
    expect(isTerritoryCode('IT', '7003')).toBe(false);
    expect(isTerritoryCode('CH', '1')).toBe(true);
    expect(isTerritoryCode('CH', '6266')).toBe(true);
    expect(isTerritoryCode('CH', '06266')).toBe(false);
  });

  test('each country has its kind of unit', () => {
    expect(TERRITORY_KIND_OF_COUNTRY).toEqual({ FR: 'commune', IT: 'comune', CH: 'municipality' });
  });
});
