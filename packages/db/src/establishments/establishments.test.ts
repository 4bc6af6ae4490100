import { Buffer } from 'node:buffer';
import { randomUUID } from 'node:crypto';
import { type EstablishmentInput, EstablishmentInputSchema, type FiliereId } from '@mbi/domain';
import { count, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Actor, listAudit } from '../audit/audit';
import { type Database, queryRows } from '../connection';
import { seedReferenceData } from '../reference/seed';
import { auditLog, establishments } from '../schema';
import { siretFor, testEngines } from '../testing';
import { type EstablishmentCursorPage, getEstablishment, listEstablishments } from './queries';
import { ESTABLISHMENT_RESOURCE, type EstablishmentRecord } from './records';
import { createEstablishment, deleteEstablishment, updateEstablishment } from './writes';

// Real, valid identifiers (sources in @mbi/domain's identifier tests): La Poste's head office SIRET from INSEE
// SIRENE, the partita IVA of the Regione Autonoma Valle d'Aosta (regione.vda.it), SBB's UID (Swiss registry).
// Names, activity codes, places and partners are illustrative.
const FRENCH = EstablishmentInputSchema.parse({
  country: 'FR',
  nationalIdentifier: '356 000 000 00048',
  name: 'Atelier de skis du Mont-Blanc',
  activityCode: '32.30Z',
  activityCodeScheme: 'naf',
  territoryUnitCode: '74056',
  sizeBand: '11',
  status: 'active',
  openedOn: '2015-04-01',
  partnerId: 'cc-vallee-chamonix',
});
const ITALIAN = EstablishmentInputSchema.parse({
  country: 'IT',
  nationalIdentifier: 'IT00368440079',
  name: "Regione Autonoma Valle d'Aosta",
  activityCode: '84.11.10',
  activityCodeScheme: 'ateco',
  territoryUnitCode: '007003',
  sizeBand: '53',
  status: 'active',
  openedOn: '1948-02-26',
  partnerId: 'chambre-valdotaine',
});
const SWISS = EstablishmentInputSchema.parse({
  country: 'CH',
  nationalIdentifier: 'CHE-102.909.703',
  name: 'Gare de Sion',
  activityCode: '491000',
  activityCodeScheme: 'noga',
  territoryUnitCode: '6266',
  sizeBand: '21',
  status: 'active',
  openedOn: '1999-01-01',
  partnerId: 'cimark',
});

const chamonixEditor: Actor = {
  principal: {
    kind: 'api-key',
    id: 'key-chamonix',
    label: 'Chamonix',
    role: 'editor',
    partnerId: 'cc-vallee-chamonix',
  },
  requestId: 'req-42',
};
const paysEditor: Actor = {
  principal: {
    kind: 'api-key',
    id: 'key-pays',
    label: 'Pays',
    role: 'editor',
    partnerId: 'cc-pays-mont-blanc',
  },
};
const cimarkEditor: Actor = {
  principal: { kind: 'user', id: 'cimark-1', label: 'CimArk', role: 'editor', partnerId: 'cimark' },
};
const admin: Actor = {
  principal: { kind: 'user', id: 'admin-1', label: 'Admin', role: 'admin', partnerId: null },
};

/** Luhn check digit, written here independently of the code under test (as in @mbi/domain's tests). */
/** A synthetic SIRET: a made-up SIREN and establishment number, each completed by its Luhn digit. */
function syntheticSiret(n: number): string {
  return siretFor('41234567', n);
}

async function countRows(database: Database): Promise<{ establishments: number; audit: number }> {
  const [e] = await database.db.select({ n: count() }).from(establishments);
  const [a] = await database.db.select({ n: count() }).from(auditLog);
  return { establishments: e?.n ?? 0, audit: a?.n ?? 0 };
}

function unwrap<T>(
  result: { ok: true; value: T } | { ok: false; error: { code: string; message: string } },
): T {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let release: () => void = () => {};
  const promise = new Promise<void>((resolve) => {
    release = resolve;
  });
  return { promise, resolve: () => release() };
}

describe.each(testEngines())('establishment writes on $name', (engine) => {
  let database: Database;
  let french: EstablishmentRecord;
  let italian: EstablishmentRecord;

  beforeAll(async () => {
    database = await engine.open();
    await seedReferenceData(database.db);
  });
  afterAll(async () => {
    await database.close();
  });

  test('creates a French establishment with its NACE class, filières and an audit row', async () => {
    const created = await createEstablishment(database.db, FRENCH, chamonixEditor);
    french = unwrap(created);
    // FILIERE_MAP (@mbi/taxonomy): NACE 32.30 "Skis, boards, climbing hardware…" is outdoor core, and NAF has
    // no sub-class entry for 32.30, so NAF 32.30Z takes the class entry.
    expect(french).toMatchObject({
      ...FRENCH,
      nationalIdentifier: '35600000000048',
      naceClass: '32.30',
      filieres: ['outdoor'],
      version: 1,
    });
    expect(french.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(french.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/);
    expect(french).not.toHaveProperty('closedOn');
    expect(await getEstablishment(database, french.id)).toEqual(french);

    const audit = await listAudit(database.db, { resource: ESTABLISHMENT_RESOURCE, resourceId: french.id });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: 'create',
      actor: { kind: 'api-key', id: 'key-chamonix', partnerId: 'cc-vallee-chamonix', requestId: 'req-42' },
      before: null,
      after: JSON.parse(JSON.stringify(french)),
    });
  });

  test('creates an Italian establishment coded in ATECO 2007', async () => {
    italian = unwrap(await createEstablishment(database.db, ITALIAN, admin));
    // ATECO 84.11.10 lies in NACE 84.11 (general public administration), which FILIERE_MAP leaves out.
    expect(italian).toMatchObject({
      country: 'IT',
      nationalIdentifier: '00368440079',
      territoryUnitCode: '007003',
      naceClass: '84.11',
      filieres: [],
    });
  });

  test('refuses an activity code that cannot be classified, writing nothing', async () => {
    const before = await countRows(database);
    // NAF has no sub-class 43.31A (INSEE lists only 43.31Z); "43" is a division, not a class.
    for (const [activityCode, activityCodeScheme] of [
      ['43.31A', 'naf'],
      ['43', 'nace'],
    ] as const) {
      const result = await createEstablishment(
        database.db,
        { ...FRENCH, nationalIdentifier: syntheticSiret(900), activityCode, activityCodeScheme },
        admin,
      );
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'invalid-activity-code', field: 'activityCode' },
      });
    }
    expect(await countRows(database)).toEqual(before);
  });

  test('refuses a duplicate identifier, however it is written, and writes nothing', async () => {
    const before = await countRows(database);
    const result = await createEstablishment(
      database.db,
      { ...FRENCH, name: 'Another name', nationalIdentifier: '356 000 000 00048' },
      admin,
    );
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'duplicate-identifier', field: 'nationalIdentifier' },
    });
    expect(await countRows(database)).toEqual(before);
  });

  test('refuses a duplicate created by a concurrent transaction (the unique index decides)', async () => {
    const identifier = syntheticSiret(901);
    const inserted = deferred();
    // Holds an uncommitted row with the same identifier while the create runs: on PostgreSQL the create's
    // check cannot see it and its insert waits on the unique index; PGlite runs the transactions in turn.
    const holder = database.db.transaction(async (tx) => {
      await tx.insert(establishments).values({
        ...FRENCH,
        nationalIdentifier: identifier,
        naceClass: '32.30',
        filieres: ['outdoor'],
      });
      inserted.resolve();
      await new Promise((resolve) => setTimeout(resolve, 300));
    });
    await inserted.promise;
    const before = await listAudit(database.db, { resource: ESTABLISHMENT_RESOURCE });
    const result = await createEstablishment(
      database.db,
      { ...FRENCH, nationalIdentifier: identifier },
      admin,
    );
    await holder;
    expect(result).toMatchObject({ ok: false, error: { code: 'duplicate-identifier' } });
    const rows = await queryRows<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from establishments where national_identifier = ${identifier}`,
    );
    expect(rows).toEqual([{ n: 1 }]);
    expect(await listAudit(database.db, { resource: ESTABLISHMENT_RESOURCE })).toEqual(before);
  });

  test('refuses to create an establishment of another partner for a partner-bound editor', async () => {
    const before = await countRows(database);
    const result = await createEstablishment(
      database.db,
      { ...FRENCH, nationalIdentifier: syntheticSiret(902), partnerId: 'cc-pays-mont-blanc' },
      chamonixEditor,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await countRows(database)).toEqual(before);
  });

  test('updates with the right version: version + 1, audit row with before and after', async () => {
    const updated = unwrap(
      await updateEstablishment(
        database.db,
        french.id,
        { sizeBand: '12' },
        { actor: chamonixEditor, expectedVersion: 1 },
      ),
    );
    expect(updated).toMatchObject({ sizeBand: '12', version: 2, createdAt: french.createdAt });
    expect(updated.updatedAt >= french.updatedAt).toBe(true);
    expect(await getEstablishment(database, french.id)).toEqual(updated);
    const [entry] = await listAudit(database.db, { resourceId: french.id });
    expect(entry).toMatchObject({
      action: 'update',
      before: { sizeBand: '11', version: 1 },
      after: { sizeBand: '12', version: 2 },
    });
    french = updated;
  });

  test('refuses a stale version, a foreign partner and a move to another partner, writing nothing', async () => {
    const before = await countRows(database);
    const stale = await updateEstablishment(
      database.db,
      french.id,
      { sizeBand: '21' },
      { actor: chamonixEditor, expectedVersion: 1 },
    );
    // The values of the message, for a translation: the version the row is at and the one the client sent.
    expect(stale).toMatchObject({
      ok: false,
      error: {
        code: 'precondition-failed',
        params: { currentVersion: french.version, expectedVersion: 1 },
      },
    });
    const foreign = await updateEstablishment(
      database.db,
      french.id,
      { sizeBand: '21' },
      { actor: paysEditor },
    );
    expect(foreign).toMatchObject({
      ok: false,
      error: {
        code: 'forbidden',
        params: { reason: 'partner', partnerId: 'cc-pays-mont-blanc', owner: 'cc-vallee-chamonix' },
      },
    });
    const moved = await updateEstablishment(
      database.db,
      french.id,
      { partnerId: 'cc-pays-mont-blanc' },
      { actor: chamonixEditor },
    );
    expect(moved).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const released = await updateEstablishment(
      database.db,
      french.id,
      { partnerId: null },
      { actor: chamonixEditor },
    );
    expect(released).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await countRows(database)).toEqual(before);
    expect(await getEstablishment(database, french.id)).toEqual(french);
  });

  test('refuses a patch whose merged result is invalid, with the field at fault', async () => {
    const before = await countRows(database);
    const result = await updateEstablishment(
      database.db,
      french.id,
      { closedOn: '2024-12-31' },
      { actor: admin },
    );
    // The rule of @mbi/domain's EstablishmentInputSchema, with its message.
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'validation-failed',
        message: 'closedOn is only allowed when status is closed',
        issues: [
          {
            field: 'closedOn',
            message: 'closedOn is only allowed when status is closed',
            // The zod issue, with the rule's stable code and values for a translation (@mbi/domain).
            issue: {
              code: 'custom',
              path: ['closedOn'],
              message: 'closedOn is only allowed when status is closed',
              params: { code: 'closed-while-active', status: 'active' },
            },
          },
        ],
      },
    });
    expect(await countRows(database)).toEqual(before);
  });

  test('re-derives the NACE class and filières when the activity code changes', async () => {
    const updated = unwrap(
      await updateEstablishment(database.db, italian.id, { activityCode: '43.29.02' }, { actor: admin }),
    );
    // FILIERE_MAP: ATECO 43.29.02 (insulation works) is a renovation core national entry.
    expect(updated).toMatchObject({ activityCode: '43.29.02', naceClass: '43.29', filieres: ['renovation'] });
    const invalid = await updateEstablishment(
      database.db,
      italian.id,
      { activityCode: '43.35.00' },
      { actor: admin },
    );
    // 43.35 exists only in NACE Rev.2.1, not in ATECO 2007.
    expect(invalid).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-activity-code',
        field: 'activityCode',
        params: { activityCode: '43.35.00', scheme: 'ateco', reason: 'unknown-code' },
      },
    });
    italian = updated;
  });

  test('refuses to give an establishment the identifier of another one', async () => {
    const other = unwrap(
      await createEstablishment(database.db, { ...FRENCH, nationalIdentifier: syntheticSiret(903) }, admin),
    );
    const before = await countRows(database);
    const result = await updateEstablishment(
      database.db,
      other.id,
      { nationalIdentifier: '35600000000048' },
      { actor: admin },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'duplicate-identifier' } });
    expect(await countRows(database)).toEqual(before);

    // Same race as for creates: an uncommitted row takes the identifier the update moves to.
    const identifier = syntheticSiret(904);
    const inserted = deferred();
    const holder = database.db.transaction(async (tx) => {
      await tx.insert(establishments).values({
        ...FRENCH,
        nationalIdentifier: identifier,
        naceClass: '32.30',
        filieres: ['outdoor'],
      });
      inserted.resolve();
      await new Promise((resolve) => setTimeout(resolve, 300));
    });
    await inserted.promise;
    const raced = await updateEstablishment(
      database.db,
      other.id,
      { nationalIdentifier: identifier },
      { actor: admin },
    );
    await holder;
    expect(raced).toMatchObject({ ok: false, error: { code: 'duplicate-identifier' } });
    expect(await getEstablishment(database, other.id)).toEqual(other);
    expect(await countRows(database)).toEqual({ ...before, establishments: before.establishments + 1 });
  });

  test('an unknown or malformed id is not found, never a database error', async () => {
    expect(await getEstablishment(database, 'not-a-uuid')).toBeNull();
    expect(await getEstablishment(database, "1' or '1'='1")).toBeNull();
    expect(await getEstablishment(database, randomUUID())).toBeNull();
    const options = { actor: admin };
    for (const id of ['not-a-uuid', randomUUID()]) {
      expect(await updateEstablishment(database.db, id, { sizeBand: '01' }, options)).toMatchObject({
        ok: false,
        error: { code: 'not-found', params: { resource: 'establishment', id } },
      });
      expect(await deleteEstablishment(database.db, id, options)).toMatchObject({
        ok: false,
        error: { code: 'not-found' },
      });
    }
  });

  test('deletes with the checks of an update, and audits the record removed', async () => {
    const before = await countRows(database);
    expect(await deleteEstablishment(database.db, french.id, { actor: cimarkEditor })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(
      await deleteEstablishment(database.db, french.id, { actor: admin, expectedVersion: 1 }),
    ).toMatchObject({ ok: false, error: { code: 'precondition-failed' } });
    expect(await countRows(database)).toEqual(before);

    const deleted = await deleteEstablishment(database.db, french.id, {
      actor: chamonixEditor,
      expectedVersion: 2,
    });
    expect(deleted).toEqual({ ok: true, value: french });
    expect(await getEstablishment(database, french.id)).toBeNull();
    expect(await countRows(database)).toEqual({
      establishments: before.establishments - 1,
      audit: before.audit + 1,
    });
    const history = await listAudit(database.db, { resourceId: french.id });
    expect(history.map((entry) => entry.action)).toEqual(['delete', 'update', 'create']);
    expect(history[0]).toMatchObject({ before: JSON.parse(JSON.stringify(french)), after: null });
  });
});

interface Fixture {
  readonly input: EstablishmentInput;
  /** Expected from FILIERE_MAP of @mbi/taxonomy, written out by hand. */
  readonly filieres: readonly FiliereId[];
}

// Activity codes of the bulk rows, with their filières read from FILIERE_MAP: NAF 43.29A is a renovation
// core sub-class entry; 32.30 outdoor core; 96.04 phyto core; 43.31 renovation partial; 47.64 outdoor partial.
const BULK_CODES: readonly [string, string, readonly FiliereId[]][] = [
  ['43.29A', '43.29', ['renovation']],
  ['32.30Z', '32.30', ['outdoor']],
  ['96.04Z', '96.04', ['phyto']],
  ['43.31Z', '43.31', ['renovation']],
  ['47.64Z', '47.64', ['outdoor']],
];

function bulkFixtures(): (Fixture & { readonly naceClass: string })[] {
  return Array.from({ length: 25 }, (_, index) => {
    const [activityCode, naceClass, filieres] = BULK_CODES[index % BULK_CODES.length] ?? [
      '32.30Z',
      '32.30',
      [],
    ];
    const input: EstablishmentInput = {
      ...FRENCH,
      nationalIdentifier: syntheticSiret(index + 1),
      name: `Bulk ${String(index + 1).padStart(2, '0')}`,
      activityCode,
      territoryUnitCode: index % 2 === 0 ? '74056' : '74143',
      partnerId: 'cc-vallee-chamonix',
    };
    return { input, filieres, naceClass };
  });
}

describe.each(testEngines())('listing establishments on $name', (engine) => {
  let database: Database;
  const bulk = bulkFixtures();
  const created: EstablishmentRecord[] = [];

  beforeAll(async () => {
    database = await engine.open();
    await seedReferenceData(database.db);
    const named = (n: number, name: string) => ({ ...FRENCH, nationalIdentifier: syntheticSiret(n), name });
    for (const input of [
      FRENCH,
      ITALIAN,
      SWISS,
      named(101, 'Ski 100% Chamonix'),
      named(102, 'Ski 1000 Chamonix'),
      named(103, 'Bike_Shop'),
      named(104, 'BikeXShop'),
      named(105, 'Guide\\Montagne'),
      ...bulk.map((fixture) => fixture.input),
    ]) {
      created.push(unwrap(await createEstablishment(database.db, input, admin)));
    }
  });
  afterAll(async () => {
    await database.close();
  });

  const names = (items: readonly EstablishmentRecord[]) => items.map((item) => item.name).sort();

  test('filters by filière, country, territory and partner, with the total', async () => {
    const outdoorBulk = bulk.filter((fixture) => fixture.filieres.includes('outdoor')).length;
    // The six other French rows are NAF 32.30Z (outdoor); the Italian and Swiss rows are in no filière.
    const outdoor = unwrap(
      await listEstablishments(database, { filiere: 'outdoor' }, { limit: 100, offset: 0 }),
    );
    expect(outdoor.total).toBe(outdoorBulk + 6);
    expect(outdoor.items.every((item) => item.filieres.includes('outdoor'))).toBe(true);

    const phyto = unwrap(await listEstablishments(database, { filiere: 'phyto' }, { limit: 100, offset: 0 }));
    expect(names(phyto.items)).toEqual(
      bulk.filter((fixture) => fixture.filieres.includes('phyto')).map((fixture) => fixture.input.name),
    );

    const italy = unwrap(await listEstablishments(database, { country: 'IT' }, { limit: 10, offset: 0 }));
    expect(italy).toMatchObject({ total: 1, limit: 10, offset: 0 });
    expect(italy.items.map((item) => item.nationalIdentifier)).toEqual(['00368440079']);

    // INSEE 74143 = Les Houches: every other bulk row.
    const houches = unwrap(
      await listEstablishments(database, { territoryUnitCode: '74143' }, { limit: 100, offset: 0 }),
    );
    expect(houches.total).toBe(bulk.filter((fixture) => fixture.input.territoryUnitCode === '74143').length);

    const swiss = unwrap(
      await listEstablishments(database, { partnerId: 'cimark' }, { limit: 5, offset: 0 }),
    );
    expect(swiss.items.map((item) => item.name)).toEqual(['Gare de Sion']);
    const combined = unwrap(
      await listEstablishments(
        database,
        { country: 'FR', territoryUnitCode: '74056', filiere: 'renovation', status: 'active' },
        { limit: 100, offset: 0 },
      ),
    );
    expect(names(combined.items)).toEqual(
      bulk
        .filter((f) => f.input.territoryUnitCode === '74056' && f.filieres.includes('renovation'))
        .map((f) => f.input.name),
    );
    const closed = unwrap(await listEstablishments(database, { status: 'closed' }, { limit: 5, offset: 0 }));
    expect(closed.total).toBe(0);
  });

  test('filters by NACE class, group or division', async () => {
    const expectNace = async (naceClass: string, expected: readonly string[]) => {
      const page = unwrap(await listEstablishments(database, { naceClass }, { limit: 100, offset: 0 }));
      expect(names(page.items)).toEqual([...expected].sort());
      expect(page.total).toBe(expected.length);
    };
    const bulkIn = (prefix: string) =>
      bulk.filter((fixture) => fixture.naceClass.startsWith(prefix)).map((fixture) => fixture.input.name);
    await expectNace('43', bulkIn('43.'));
    await expectNace('43.3', bulkIn('43.3'));
    await expectNace('43.31', bulkIn('43.31'));
    await expectNace('43.2', bulkIn('43.2'));
    // ATECO 84.11.10 and NOGA 491000 (NACE 84.11 and 49.10).
    await expectNace('84', ["Regione Autonoma Valle d'Aosta"]);
    await expectNace('49.1', ['Gare de Sion']);
    // "4" must not match division 43 or 47 as a prefix.
    expect(await listEstablishments(database, { naceClass: '4' }, { limit: 5, offset: 0 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-filter', field: 'naceClass' },
    });
    expect(await listEstablishments(database, { naceClass: '43%' }, { limit: 5, offset: 0 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-filter' },
    });
  });

  test('searches text in the name or identifier, ignoring case, with % _ and \\ taken literally', async () => {
    const search = async (q: string) =>
      names(unwrap(await listEstablishments(database, { q }, { limit: 100, offset: 0 })).items);
    expect(await search('100%')).toEqual(['Ski 100% Chamonix']);
    expect(await search('e_S')).toEqual(['Bike_Shop']);
    expect(await search('%')).toEqual(['Ski 100% Chamonix']);
    expect(await search('_')).toEqual(['Bike_Shop']);
    expect(await search('\\')).toEqual(['Guide\\Montagne']);
    expect(await search('SKI 10')).toEqual(['Ski 100% Chamonix', 'Ski 1000 Chamonix']);
    expect(await search('bulk 0')).toEqual(bulk.slice(0, 9).map((fixture) => fixture.input.name));
    expect(await search('0036844')).toEqual(["Regione Autonoma Valle d'Aosta"]);
    expect(await search('nothing like this')).toEqual([]);
    expect(await search('   ')).toHaveLength(created.length);
  });

  test('pages by offset in name order with a stable total', async () => {
    const expected = bulk.map((fixture) => fixture.input.name);
    const seen: string[] = [];
    for (const offset of [0, 10, 20]) {
      const page = unwrap(await listEstablishments(database, { q: 'Bulk' }, { limit: 10, offset }));
      expect(page).toMatchObject({ total: 25, limit: 10, offset });
      seen.push(...page.items.map((item) => item.name));
    }
    expect(seen).toEqual(expected);
    const beyond = unwrap(await listEstablishments(database, { q: 'Bulk' }, { limit: 10, offset: 30 }));
    expect(beyond).toEqual({ items: [], total: 25, limit: 10, offset: 30, dataVersion: expect.any(Number) });
    const countOnly = unwrap(await listEstablishments(database, {}, { limit: 0, offset: 0 }));
    expect(countOnly).toEqual({
      items: [],
      total: created.length,
      limit: 0,
      offset: 0,
      dataVersion: expect.any(Number),
    });
    for (const page of [
      { limit: -1, offset: 0 },
      { limit: 1.5, offset: 0 },
      { limit: 1001, offset: 0 },
      { limit: 10, offset: -10 },
    ]) {
      expect(await listEstablishments(database, {}, page)).toMatchObject({
        ok: false,
        error: { code: 'invalid-page' },
      });
    }
  });

  test('keyset cursor pages return every row exactly once, in (created_at, id) order', async () => {
    // The order to expect comes from the database itself, not from the code under test.
    const ordered = await queryRows<{ id: string }>(
      database.db,
      sql`select id::text as id from establishments order by created_at, id`,
    );
    const ids: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: EstablishmentCursorPage = unwrap(
        await listEstablishments(database, {}, { limit: 7, cursor }),
      );
      ids.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
      pages += 1;
      if (cursor !== null) expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    } while (cursor !== null && pages < 20);
    expect(pages).toBe(Math.ceil(created.length / 7));
    expect(ids).toEqual(ordered.map((row) => row.id));
    expect(new Set(ids).size).toBe(created.length);
    expect([...ids].sort()).toEqual(created.map((record) => record.id).sort());

    // A page that ends exactly at the last row says there is no next page.
    const whole = unwrap(await listEstablishments(database, {}, { limit: created.length }));
    expect(whole.items).toHaveLength(created.length);
    expect(whole.nextCursor).toBeNull();
  });

  test('keyset pages keep the filters', async () => {
    const expected = bulk
      .filter((fixture) => fixture.filieres.includes('renovation'))
      .map((f) => f.input.name);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: EstablishmentCursorPage = unwrap(
        await listEstablishments(database, { filiere: 'renovation' }, { limit: 4, cursor }),
      );
      seen.push(...page.items.map((item) => item.name));
      cursor = page.nextCursor;
    } while (cursor !== null && seen.length <= expected.length);
    expect(seen.sort()).toEqual([...expected].sort());
  });

  test('a malformed cursor is refused with invalid-cursor, never a database error', async () => {
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    for (const cursor of [
      '',
      'garbage!',
      'eyJ9',
      encode({ at: '2024-01-01' }),
      encode(['2024-02-30T00:00:00.000000Z', randomUUID()]),
      encode(['0000-01-01T00:00:00.000000Z', randomUUID()]),
      encode(['2024-01-01T00:00:00.000000Z', 'not-a-uuid']),
      encode(['2024-01-01 00:00:00+00', randomUUID()]),
    ]) {
      expect(await listEstablishments(database, {}, { limit: 5, cursor })).toMatchObject({
        ok: false,
        error: { code: 'invalid-cursor', field: 'cursor' },
      });
    }
    expect(await listEstablishments(database, {}, { limit: 0, cursor: null })).toMatchObject({
      ok: false,
      error: { code: 'invalid-page', field: 'limit', params: { min: 1, max: 1000 } },
    });
  });

  test('property: never throws for arbitrary text and cursors', async () => {
    const text = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.string({ unit: fc.constantFrom('%', '_', '\\', '\u0000', "'", '"', 'a', 'É', ' ') }),
    );
    const cursor = fc.oneof(
      fc.string(),
      fc.base64String(),
      fc.string({ unit: 'binary' }),
      fc.json().map((json) => Buffer.from(json).toString('base64url')),
      fc
        .tuple(
          fc.date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
          fc.uuid(),
        )
        .map(([date, id]) =>
          Buffer.from(JSON.stringify([date.toISOString().replace('Z', '123Z'), id])).toString('base64url'),
        ),
    );
    await fc.assert(
      fc.asyncProperty(text, cursor, async (q, cursorText) => {
        const byText = await listEstablishments(database, { q }, { limit: 5, offset: 0 });
        expect(byText.ok).toBe(true);
        const byCursor = await listEstablishments(database, { q }, { limit: 5, cursor: cursorText });
        if (!byCursor.ok) expect(byCursor.error.code).toBe('invalid-cursor');
      }),
      { numRuns: 150 },
    );
  });
});
