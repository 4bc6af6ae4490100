import { MONT_BLANC_INNOVATION } from '@mbi/domain';
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Database } from '../connection';
import { partners, referenceDocuments, territoryUnits } from '../schema';
import { testEngines } from '../testing';
import { datasetVersion, seedReferenceData } from './seed';

describe.each(testEngines())('seeding on $name', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await engine.open();
  });
  afterAll(async () => {
    await database.close();
  });

  test('writes the partners with their exact budgets (BRIEF.md, Partners table)', async () => {
    const first = await seedReferenceData(database.db);
    expect(first.changed).toBe(true);
    const rows = await database.db
      .select({
        id: partners.id,
        eligible: partners.eligible,
        fundRate: partners.fundRate,
        currency: partners.currency,
      })
      .from(partners)
      .orderBy(asc(partners.id));
    expect(rows).toEqual([
      { id: 'cc-pays-mont-blanc', eligible: '422517.30', fundRate: '0.8500', currency: 'EUR' },
      { id: 'cc-vallee-chamonix', eligible: '425694.00', fundRate: '0.8500', currency: 'EUR' },
      { id: 'chambre-valdotaine', eligible: '615479.70', fundRate: '0.8500', currency: 'EUR' },
      { id: 'cimark', eligible: '306200.00', fundRate: null, currency: 'CHF' },
    ]);
  });

  test('binds each territory unit to its partner: 14 communes, 74 comuni, 122 municipalities', async () => {
    const units = await database.db.select().from(territoryUnits);
    const count = (country: string) => units.filter((unit) => unit.country === country).length;
    expect([count('FR'), count('IT'), count('CH')]).toEqual([14, 74, 122]);
    // INSEE 74056 = Chamonix-Mont-Blanc (BRIEF.md)
    expect(units.find((unit) => unit.code === '74056')?.partnerId).toBe('cc-vallee-chamonix');
    expect(units.find((unit) => unit.code === '74256')?.partnerId).toBe('cc-pays-mont-blanc');
    expect(units.every((unit) => unit.partnerId !== null)).toBe(true);
  });

  test('is idempotent: a second run changes nothing', async () => {
    const again = await seedReferenceData(database.db);
    expect(again).toEqual({ version: datasetVersion(), changed: false });
    const docs = await database.db
      .select()
      .from(referenceDocuments)
      .where(eq(referenceDocuments.key, 'dataset'));
    expect(docs).toHaveLength(1);
  });

  test('a changed dataset updates rows in place', async () => {
    const renamed = {
      ...MONT_BLANC_INNOVATION,
      partners: MONT_BLANC_INNOVATION.partners.map((p) =>
        p.id === 'cimark' ? { ...p, name: 'CimArk SA (Sion)' } : p,
      ),
    };
    const result = await seedReferenceData(database.db, renamed);
    expect(result.changed).toBe(true);
    const [row] = await database.db
      .select({ name: partners.name })
      .from(partners)
      .where(eq(partners.id, 'cimark'));
    expect(row?.name).toBe('CimArk SA (Sion)');
    expect(await database.db.select().from(partners)).toHaveLength(4);
  });
});
