import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Database, queryRows } from '../connection';
import { seedReferenceData } from '../reference/seed';
import { testEngines } from '../testing';
import { currentCodes, listTerritories, territoryMatcher } from './queries';

// Golden values: BRIEF.md (the 14 communes, 74 comuni, 122 Valais municipalities and their NUTS 3); BFS
// (Val de Bagnes 6037 = Bagnes 6031 + Vollèges 6036 on 1 January 2021; Crans-Montana 6253 in 2017); INSEE
// populations légales 2022 (Chamonix-Mont-Blanc 8 705, Vallorcine 453) and 2021 (Chamonix-Mont-Blanc 8 673).
describe.each(testEngines())('territories on $name', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await engine.open();
    await seedReferenceData(database.db);
  });
  afterAll(async () => {
    await database.close();
  });

  test('lists the partners’ 210 units with list year, NUTS 3 and partner', async () => {
    const { items, dataVersion } = await listTerritories(database.db);
    expect(items).toHaveLength(14 + 74 + 122);
    expect(dataVersion).toMatch(/^[0-9a-f]{16}\.\d+$/);
    expect(items.filter((unit) => unit.country === 'FR')).toHaveLength(14);
    expect(items.find((unit) => unit.code === '74056')).toMatchObject({
      country: 'FR',
      kind: 'commune',
      name: 'Chamonix-Mont-Blanc',
      nuts3: 'FRK28',
      partnerId: 'cc-vallee-chamonix',
      population: { year: 2022, value: 8705 },
    });
    expect(items.find((unit) => unit.code === '007003')).toMatchObject({ nuts3: 'ITC20', listYear: 2019 });
    expect(items.every((unit) => unit.listYear !== null)).toBe(true);
    const bagnes = items.find((unit) => unit.country === 'CH' && unit.code === '6037');
    expect(bagnes?.formerCodes.map((former) => [former.code, former.effectiveYear])).toEqual([
      ['6031', 2021],
      ['6036', 2021],
    ]);
    expect(bagnes).toMatchObject({ nuts3: 'CH012', partnerId: 'cimark' });
  });

  test('filters by country and partner', async () => {
    const chamonix = await listTerritories(database.db, { partnerId: 'cc-vallee-chamonix' });
    expect(chamonix.items.map((unit) => unit.code)).toEqual(['74056', '74143', '74266', '74290']);
    const italy = await listTerritories(database.db, { country: 'IT' });
    expect(italy.items).toHaveLength(74);
    expect((await listTerritories(database.db, { country: 'IT', partnerId: 'cimark' })).items).toEqual([]);
  });

  test('keeps every year of the French legal populations', async () => {
    const rows = await queryRows<{ year: number; population: number }>(
      database.db,
      sql`select year, population from territory_populations where country = 'FR' and code = '74056' order by year`,
    );
    expect(rows).toEqual([
      { year: 2021, population: 8673 },
      { year: 2022, population: 8705 },
    ]);
  });

  test('maps former codes to the current unit, within the importer’s territory', async () => {
    const valais = await territoryMatcher(database.db, 'CH');
    expect(valais.get('6031')).toEqual({ code: '6037', partnerId: 'cimark' });
    expect(valais.get('6242')).toEqual({ code: '6253', partnerId: 'cimark' });
    expect(valais.get('6266')).toEqual({ code: '6266', partnerId: 'cimark' });
    const chamonix = await territoryMatcher(database.db, 'FR', 'cc-vallee-chamonix');
    expect([...chamonix.keys()].sort()).toEqual(['74056', '74143', '74266', '74290']);
    expect(chamonix.has('74256')).toBe(false);
  });

  test('seeding twice changes nothing', async () => {
    const before = await queryRows<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from territory_code_successions`,
    );
    await seedReferenceData(database.db);
    const after = await queryRows<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from territory_code_successions`,
    );
    expect(after).toEqual(before);
  });
});

test('follows chains of successions to the current code', () => {
  const row = (old_code: string, new_code: string) => ({
    country: 'CH',
    old_code,
    old_name: '',
    new_code,
    effective_year: 2000,
  });
  const current = currentCodes([row('1', '2'), row('2', '3'), row('9', '3')]);
  expect(current.get('CH:1')).toBe('3');
  expect(current.get('CH:2')).toBe('3');
  expect(current.get('CH:9')).toBe('3');
});
