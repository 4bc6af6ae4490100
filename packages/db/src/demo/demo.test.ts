import { MONT_BLANC_INNOVATION } from '@mbi/domain';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { verifyUserPassword } from '../auth/users';
import { listChanges } from '../changes/changes';
import type { Database } from '../connection';
import { listEstablishments } from '../establishments/queries';
import { seedReferenceData } from '../reference/seed';
import { testEngines } from '../testing';
import { declineDemoData, demoStatus, isEmptyDatabase, loadDemoData, removeDemoData } from './demo';

describe.each(testEngines())('demo data on $name', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await engine.open();
    await seedReferenceData(database.db);
  });
  afterAll(async () => {
    await database.close();
  });

  test('loads synthetic establishments of the three countries and two users per partner, once', async () => {
    expect(await demoStatus(database.db)).toBeNull();
    expect(await isEmptyDatabase(database.db)).toBe(true);
    const loaded = await loadDemoData(database, { perCountry: 30 });
    expect(loaded.loaded).toBe(true);
    expect(loaded.password).toMatch(/^[\w]{5}(-[\w]{5}){3}$/);
    // A viewer and an editor for each of the four partners of the seed.
    expect(loaded.users).toHaveLength(MONT_BLANC_INNOVATION.partners.length * 2);
    const page = await listEstablishments(database, {}, { limit: 1000, offset: 0 });
    if (!page.ok) throw new Error(page.error.message);
    const countries = new Set(page.value.items.map((item) => item.country));
    expect([...countries].sort()).toEqual(['CH', 'FR', 'IT']);
    expect(loaded.establishments).toBe(page.value.total);
    expect(page.value.total).toBeGreaterThan(60);
    // Every name says it is synthetic.
    for (const item of page.value.items) {
      expect(item.name, item.name).toMatch(/SYNTH|SINTETIC/i);
    }
    const editor = loaded.users.find((user) => user.role === 'editor' && user.partnerId === 'cimark');
    const principal = await verifyUserPassword(database.db, editor?.email ?? '', loaded.password ?? '');
    expect(principal).toMatchObject({ role: 'editor', partnerId: 'cimark' });
    expect(await demoStatus(database.db)).toMatchObject({ loaded: true, establishments: page.value.total });

    const again = await loadDemoData(database, { perCountry: 30 });
    expect(again).toMatchObject({ loaded: false, password: null });
    const after = await listEstablishments(database, {}, { limit: 1, offset: 0 });
    expect(after.ok && after.value.total).toBe(page.value.total);
  });

  test('removes it all, in the change feed, and says so; a decline never overrides a load', async () => {
    const before = await listChanges(database.db, {
      cursor: 'latest',
      limit: 1,
      resources: ['establishment'],
    });
    if (!before.ok) throw new Error(before.error.message);
    const removed = await removeDemoData(database);
    expect(removed.users).toBe(MONT_BLANC_INNOVATION.partners.length * 2);
    const page = await listEstablishments(database, {}, { limit: 1, offset: 0 });
    expect(page.ok && page.value.total).toBe(0);
    expect(removed.establishments).toBeGreaterThan(60);
    const deletes = await listChanges(database.db, {
      cursor: before.value.nextCursor,
      limit: 1000,
      resources: ['establishment'],
    });
    expect(deletes.ok && deletes.value.items.every((change) => change.operation === 'delete')).toBe(true);
    expect(deletes.ok && deletes.value.items.length).toBe(removed.establishments);
    expect(await demoStatus(database.db)).toMatchObject({ loaded: false, establishments: 0 });
    expect(await removeDemoData(database)).toEqual({ establishments: 0, users: 0 });
    await declineDemoData(database.db);
    expect((await demoStatus(database.db))?.loaded).toBe(false);
  });
});
