import { EstablishmentInputSchema } from '@mbi/domain';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Actor, currentChangeSeq, writeAudit } from '../audit/audit';
import type { Database } from '../connection';
import { listEstablishments } from '../establishments/queries';
import { createEstablishment, deleteEstablishment, updateEstablishment } from '../establishments/writes';
import { seedReferenceData } from '../reference/seed';
import { siretFor, testEngines } from '../testing';
import { changeCursor, listChanges } from './changes';

const admin: Actor = {
  principal: { kind: 'system', id: 'test', label: 'test', role: 'admin', partnerId: null },
};
// A SIRET built by the Luhn rule (INSEE) on an invented SIREN; commune 74056 Chamonix-Mont-Blanc (BRIEF.md).
const shop = (n: number) =>
  EstablishmentInputSchema.parse({
    country: 'FR',
    nationalIdentifier: siretFor('61234567', n),
    name: `Magasin ${n}`,
    activityCode: '47.64Z',
    activityCodeScheme: 'naf',
    territoryUnitCode: '74056',
    sizeBand: '01',
    status: 'active',
    openedOn: '2020-01-01',
  });

describe.each(testEngines())('the change feed on $name', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await engine.open();
    await seedReferenceData(database.db);
  });
  afterAll(async () => {
    await database.close();
  });

  test('lists creates, updates and deletes in order, with versions and representations', async () => {
    const start = changeCursor(await currentChangeSeq(database.db));
    const created = await createEstablishment(database.db, shop(1), admin);
    if (!created.ok) throw new Error(created.error.message);
    const { id } = created.value;
    await updateEstablishment(database.db, id, { name: 'Magasin renommé' }, { actor: admin });
    await deleteEstablishment(database.db, id, { actor: admin });

    const page = await listChanges(database.db, { cursor: start, limit: 10, resources: ['establishment'] });
    if (!page.ok) throw new Error(page.error.message);
    expect(page.value.items.map((c) => [c.operation, c.id, c.version])).toEqual([
      ['create', id, 1],
      ['update', id, 2],
      ['delete', id, null],
    ]);
    expect(page.value.items[1]?.representation).toMatchObject({ id, name: 'Magasin renommé', version: 2 });
    expect(page.value.items[2]?.representation).toBeNull();
    const seqs = page.value.items.map((c) => c.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(page.value.hasMore).toBe(false);

    // Resuming from the returned cursor gives nothing new, and the cursor stays put.
    const next = await listChanges(database.db, {
      cursor: page.value.nextCursor,
      limit: 10,
      resources: ['establishment'],
    });
    expect(next).toEqual({
      ok: true,
      value: { items: [], nextCursor: page.value.nextCursor, hasMore: false },
    });
  });

  test('pages: a limit of 2 over 3 changes says there is more', async () => {
    const start = changeCursor(await currentChangeSeq(database.db));
    for (const n of [2, 3, 4]) await createEstablishment(database.db, shop(n), admin);
    const first = await listChanges(database.db, { cursor: start, limit: 2, resources: ['establishment'] });
    if (!first.ok) throw new Error(first.error.message);
    expect(first.value.items).toHaveLength(2);
    expect(first.value.hasMore).toBe(true);
    const second = await listChanges(database.db, {
      cursor: first.value.nextCursor,
      limit: 2,
      resources: ['establishment'],
    });
    if (!second.ok) throw new Error(second.error.message);
    expect(second.value.items.map((c) => c.representation)).toMatchObject([{ name: 'Magasin 4' }]);
    expect(second.value.hasMore).toBe(false);
  });

  test('shows only the resources asked for; `latest` starts after everything committed', async () => {
    const start = changeCursor(await currentChangeSeq(database.db));
    await writeAudit(database.db, {
      actor: { kind: 'system', id: 'test', partnerId: null },
      action: 'create',
      resource: 'api-key',
      resourceId: 'k1',
      before: null,
      after: { id: 'k1' },
    });
    const establishmentsOnly = await listChanges(database.db, {
      cursor: start,
      limit: 10,
      resources: ['establishment'],
    });
    expect(establishmentsOnly.ok && establishmentsOnly.value.items).toEqual([]);
    const keys = await listChanges(database.db, { cursor: start, limit: 10, resources: ['api-key'] });
    expect(keys.ok && keys.value.items.map((c) => c.id)).toEqual(['k1']);
    const latest = await listChanges(database.db, { cursor: 'latest', limit: 10, resources: ['api-key'] });
    expect(latest.ok && latest.value.items).toEqual([]);
  });

  test('refuses cursors it did not write and limits out of range', async () => {
    for (const cursor of [
      'x',
      Buffer.from('[1,2]').toString('base64url'),
      Buffer.from('[-1]').toString('base64url'),
      'a'.repeat(300),
    ]) {
      const page = await listChanges(database.db, { cursor, limit: 10, resources: ['establishment'] });
      expect(page).toMatchObject({ ok: false, error: { code: 'invalid-cursor' } });
    }
    for (const limit of [0, 1001, 1.5]) {
      const page = await listChanges(database.db, { limit, resources: ['establishment'] });
      expect(page).toMatchObject({ ok: false, error: { code: 'invalid-page', field: 'limit' } });
    }
  });

  test('lists carry the data version: it moves with each write and only then', async () => {
    const before = await listEstablishments(database, {}, { limit: 1, offset: 0 });
    const again = await listEstablishments(database, {}, { limit: 1, offset: 0 });
    expect(before.ok && again.ok && before.value.dataVersion === again.value.dataVersion).toBe(true);
    await createEstablishment(database.db, shop(9), admin);
    const after = await listEstablishments(database, {}, { limit: 1, cursor: null });
    if (!before.ok || !after.ok) throw new Error('list failed');
    expect(after.value.dataVersion).toBe(before.value.dataVersion + 1);
    expect(after.value.dataVersion).toBe(await currentChangeSeq(database.db));
  });
});

// Transactions overlap only on PostgreSQL (PGlite has one connection): CI runs this with TEST_DATABASE_URL.
describe.each(testEngines().filter((engine) => engine.name === 'postgres'))(
  'commit order of the change clock on $name',
  (engine) => {
    let database: Database;
    beforeAll(async () => {
      database = await engine.open();
    });
    afterAll(async () => {
      await database.close();
    });

    test('a write is numbered in commit order: a later commit never gets a smaller number', async () => {
      // Two transactions: the first takes its number and waits; the second must wait for the first to end
      // before it can take the next number (PostgreSQL row lock on the clock), so numbers follow commits.
      const order: string[] = [];
      let releaseFirst: () => void = () => {};
      const firstHolds = new Promise<void>((resolve) => {
        releaseFirst = resolve;
      });
      let firstStarted: () => void = () => {};
      const started = new Promise<void>((resolve) => {
        firstStarted = resolve;
      });
      const actor = { kind: 'system', id: 'test', partnerId: null } as const;
      const entry = (resourceId: string) => ({
        actor,
        action: 'create',
        resource: 'probe',
        resourceId,
        before: null,
        after: null,
      });
      const first = database.db.transaction(async (tx) => {
        await writeAudit(tx, entry('first'));
        firstStarted();
        await firstHolds;
        order.push('first commits');
      });
      await started;
      const second = database.db.transaction(async (tx) => {
        await writeAudit(tx, entry('second'));
        order.push('second wrote');
      });
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(order).toEqual([]);
      releaseFirst();
      await Promise.all([first, second]);
      expect(order).toEqual(['first commits', 'second wrote']);
      const page = await listChanges(database.db, { limit: 1000, resources: ['probe'] });
      expect(page.ok && page.value.items.map((c) => c.id)).toEqual(['first', 'second']);
    });
  },
);
