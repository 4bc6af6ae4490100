import { type EstablishmentInput, EstablishmentInputSchema } from '@mbi/domain';
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Actor } from '../audit/audit';
import type { Database } from '../connection';
import { seedReferenceData } from '../reference/seed';
import { auditLog, establishments } from '../schema';
import { siretFor, testEngines } from '../testing';
import { createEstablishment, deleteEstablishment, establishmentOwner, updateEstablishment } from './writes';

// The access policy of @mbi/domain (`writeRefusal`) as the data layer applies it to every write. Communes of
// BRIEF.md: 74056 Chamonix-Mont-Blanc (CC Vallée de Chamonix), 74256 Sallanches (CC Pays du Mont-Blanc).
const input = (n: number, extra: Partial<EstablishmentInput> = {}): EstablishmentInput =>
  EstablishmentInputSchema.parse({
    country: 'FR',
    nationalIdentifier: siretFor('51234567', n),
    name: `Atelier ${n}`,
    activityCode: '32.30Z',
    activityCodeScheme: 'naf',
    territoryUnitCode: '74056',
    sizeBand: '01',
    status: 'active',
    openedOn: '2019-05-01',
    ...extra,
  });

const actor = (role: 'viewer' | 'editor' | 'admin', partnerId: string | null): Actor => ({
  principal: { kind: 'api-key', id: `${role}-${partnerId ?? 'none'}`, label: role, role, partnerId },
});
const chamonix = actor('editor', 'cc-vallee-chamonix');
const pays = actor('editor', 'cc-pays-mont-blanc');
const admin = actor('admin', null);

describe.each(testEngines())('the access policy of establishment writes on $name', (engine) => {
  let database: Database;
  const counts = async () => {
    const [rows] = await database.db.select({ n: count() }).from(establishments);
    const [audit] = await database.db.select({ n: count() }).from(auditLog);
    return [rows?.n, audit?.n];
  };
  beforeAll(async () => {
    database = await engine.open();
    await seedReferenceData(database.db);
  });
  afterAll(async () => {
    await database.close();
  });

  test('a viewer writes nothing, even for its own partner', async () => {
    const before = await counts();
    const viewer = actor('viewer', 'cc-vallee-chamonix');
    const refused = await createEstablishment(
      database.db,
      input(1, { partnerId: 'cc-vallee-chamonix' }),
      viewer,
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await counts()).toEqual(before);
  });

  test('an editor’s new establishment belongs to its partner when the input names none', async () => {
    const created = await createEstablishment(database.db, input(2), chamonix);
    expect(created).toMatchObject({ ok: true, value: { partnerId: 'cc-vallee-chamonix' } });
    if (!created.ok) return;
    expect(await establishmentOwner(database.db, created.value.id)).toBe('cc-vallee-chamonix');
  });

  test('an admin’s new establishment belongs to no partner unless it names one', async () => {
    const created = await createEstablishment(database.db, input(3), admin);
    expect(created.ok && created.value.partnerId).toBeUndefined();
    if (!created.ok) return;
    expect(await establishmentOwner(database.db, created.value.id)).toBeNull();
    // Data of no partner is an admin's only: an editor may neither change nor delete it.
    const change = await updateEstablishment(
      database.db,
      created.value.id,
      { name: 'x' },
      { actor: chamonix },
    );
    expect(change).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const removal = await deleteEstablishment(database.db, created.value.id, { actor: chamonix });
    expect(removal).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  test('an editor cannot create for, take over or hand over to another partner', async () => {
    const before = await counts();
    const foreign = await createEstablishment(
      database.db,
      input(4, { territoryUnitCode: '74256', partnerId: 'cc-pays-mont-blanc' }),
      chamonix,
    );
    expect(foreign).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await counts()).toEqual(before);

    const own = await createEstablishment(database.db, input(5), chamonix);
    if (!own.ok) throw new Error(own.error.message);
    const takeover = await updateEstablishment(
      database.db,
      own.value.id,
      { sizeBand: '02' },
      { actor: pays },
    );
    expect(takeover).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const handover = await updateEstablishment(
      database.db,
      own.value.id,
      { partnerId: 'cc-pays-mont-blanc' },
      { actor: chamonix },
    );
    expect(handover).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // An admin may move it.
    const moved = await updateEstablishment(
      database.db,
      own.value.id,
      { partnerId: 'cc-pays-mont-blanc' },
      { actor: admin },
    );
    expect(moved).toMatchObject({ ok: true, value: { partnerId: 'cc-pays-mont-blanc' } });
  });

  test('the owner of an unknown or malformed id is undefined', async () => {
    expect(await establishmentOwner(database.db, '00000000-0000-4000-8000-000000000000')).toBeUndefined();
    expect(await establishmentOwner(database.db, 'not-a-uuid')).toBeUndefined();
  });
});
