import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Database, queryRows } from '../connection';
import { testEngines } from '../testing';
import { type AuditActor, listAudit, writeAudit } from './audit';

const editor: AuditActor = {
  kind: 'api-key',
  id: 'key-chamonix',
  partnerId: 'cc-vallee-chamonix',
  requestId: 'req-1',
};
const system: AuditActor = { kind: 'system', id: 'seed', partnerId: null };

describe.each(testEngines())('audit log on $name', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await engine.open();
  });
  afterAll(async () => {
    await database.close();
  });

  test('writes a row with the actor, and before/after stored as JSON objects', async () => {
    const before = { name: 'Refuge du Requin', sizeBand: '01', tags: ['outdoor'], closedOn: null };
    const after = { ...before, sizeBand: '02' };
    await writeAudit(database.db, {
      actor: editor,
      action: 'update',
      resource: 'establishment',
      resourceId: 'a1',
      before,
      after,
    });
    const [entry] = await listAudit(database.db, { resource: 'establishment', resourceId: 'a1' });
    expect(entry).toMatchObject({
      actor: { kind: 'api-key', id: 'key-chamonix', partnerId: 'cc-vallee-chamonix', requestId: 'req-1' },
      action: 'update',
      resource: 'establishment',
      resourceId: 'a1',
      before,
      after,
    });
    expect(entry?.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/);
    // Stored as a JSON object (not a JSON string holding it): the database can read into it.
    const rows = await queryRows<{ size_band: string; kind: string }>(
      database.db,
      sql`select after ->> 'sizeBand' as size_band, jsonb_typeof(before) as kind from audit_log where resource_id = 'a1'`,
    );
    expect(rows).toEqual([{ size_band: '02', kind: 'object' }]);
  });

  test('stores a missing side as SQL null and an actor without request id', async () => {
    await writeAudit(database.db, {
      actor: system,
      action: 'create',
      resource: 'establishment',
      resourceId: 'a2',
      before: null,
      after: { name: 'Scuola di sci' },
    });
    const [entry] = await listAudit(database.db, { resourceId: 'a2' });
    expect(entry).toMatchObject({
      actor: { kind: 'system', id: 'seed', partnerId: null, requestId: null },
      before: null,
      after: { name: 'Scuola di sci' },
    });
  });

  test('lists newest first, filtered by resource, and honours the limit', async () => {
    for (const action of ['create', 'update', 'revoke']) {
      await writeAudit(database.db, {
        actor: system,
        action,
        resource: 'api-key',
        resourceId: 'k1',
        before: null,
        after: null,
      });
    }
    const keys = await listAudit(database.db, { resource: 'api-key' });
    expect(keys.map((entry) => entry.action)).toEqual(['revoke', 'update', 'create']);
    expect(await listAudit(database.db, { resource: 'api-key', limit: 1 })).toHaveLength(1);
    expect(await listAudit(database.db, { resource: 'api-key', limit: 0 })).toEqual([]);
    expect((await listAudit(database.db)).map((entry) => entry.resourceId)).toEqual([
      'k1',
      'k1',
      'k1',
      'a2',
      'a1',
    ]);
  });

  test('a write inside a transaction that rolls back leaves no audit row', async () => {
    const rollback = new Error('the write failed');
    await expect(
      database.db.transaction(async (tx) => {
        await writeAudit(tx, {
          actor: editor,
          action: 'delete',
          resource: 'establishment',
          resourceId: 'a3',
          before: { name: 'x' },
          after: null,
        });
        throw rollback;
      }),
    ).rejects.toBe(rollback);
    expect(await listAudit(database.db, { resourceId: 'a3' })).toEqual([]);
  });
});
