import {
  type Change,
  createMbiClient,
  type Establishment,
  type EstablishmentInput,
  isEstablishmentChange,
  type MbiClient,
} from '@mbi/client';
import type { Database } from '@mbi/db';
import { siretFor, testEngines } from '@mbi/db/testing';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BASE_URL, createTestApp, type TestApp } from '../testing';

// SIRET 356 000 000 00048, La Poste's head office (INSEE SIRENE), and Luhn-valid SIRETs on the SIREN of
// python-stdnum's documentation (`siretFor`, the rule of SIRET numbers); commune 74056 Chamonix-Mont-Blanc.
const skiWorkshop: EstablishmentInput = {
  country: 'FR',
  nationalIdentifier: '35600000000048',
  name: 'Atelier de skis du Mont-Blanc',
  activityCode: '32.30Z',
  activityCodeScheme: 'naf',
  territoryUnitCode: '74056',
  sizeBand: '02',
  status: 'active',
  openedOn: '2018-03-01',
};
const renovation: EstablishmentInput = {
  ...skiWorkshop,
  nationalIdentifier: siretFor('732829320', 11),
  name: 'Rénovation du Brévent',
  activityCode: '43.31Z',
};

/** The poll interval the API asks for after an empty page (docs/api-guide.md, the change feed). */
const RETRY_AFTER = '5';

/** Reads the feed from a cursor to its end; the changes, the pages' sizes and the cursor to resume from. */
async function follow(client: MbiClient, since: string, limit = 100) {
  const changes: Change[] = [];
  const pages: number[] = [];
  let cursor = since;
  for await (const page of client.syncChanges({ since, limit })) {
    if (!page.ok) throw new Error(`${page.problem.code}: ${page.problem.detail ?? page.problem.title}`);
    changes.push(...page.value.items);
    pages.push(page.value.items.length);
    cursor = page.value.nextCursor;
  }
  return { changes, pages, cursor };
}

const summary = (changes: Change[]) =>
  changes.map((change) => [change.resource, change.operation, change.id, change.version]);

describe.each(testEngines())('the change feed through the client, API on $name', (engine) => {
  let database: Database;
  let api: TestApp;
  let admin: MbiClient;
  let editor: MbiClient;
  let viewer: MbiClient;

  beforeAll(async () => {
    database = await engine.open();
    api = await createTestApp(database);
    const connect = async (role: 'viewer' | 'editor' | 'admin', partnerId: string | null) =>
      createMbiClient({ baseUrl: BASE_URL, apiKey: await api.key(role, partnerId), fetch: api.fetch });
    admin = await connect('admin', null);
    editor = await connect('editor', 'cc-vallee-chamonix');
    viewer = await connect('viewer', 'cimark');
  });
  afterAll(async () => {
    await database.close();
  });

  let start: string;
  let workshop: Establishment;
  let renovated: Establishment;
  let caughtUp: string;

  test('from `latest`: an empty page, its cursor and Retry-After', async () => {
    const latest = await viewer.listChanges({ since: 'latest' });
    if (!latest.ok) throw new Error(latest.problem.title);
    expect(latest.value.items).toEqual([]);
    expect(latest.value.hasMore).toBe(false);
    expect(latest.response.headers.get('retry-after')).toBe(RETRY_AFTER);
    start = latest.value.nextCursor;
  });

  test('creates, an update and a delete, then a new key: in commit order, with versions and representations', async () => {
    const first = await editor.createEstablishment(skiWorkshop);
    const second = await editor.createEstablishment(renovation);
    if (!first.ok || !second.ok) throw new Error('create failed');
    const updated = await editor.updateEstablishment(
      first.value.establishment.id,
      { sizeBand: '11' },
      first.value.etag,
    );
    if (!updated.ok) throw new Error(updated.problem.title);
    workshop = updated.value.establishment;
    const deleted = await editor.deleteEstablishment(second.value.establishment.id, second.value.etag);
    expect(deleted.ok).toBe(true);
    renovated = second.value.establishment;
    const key = await admin.raw.POST('/v1/api-keys', {
      body: { label: 'Observatoire VdA', role: 'viewer', partnerId: 'chambre-valdotaine' },
    });
    expect(key.response.status).toBe(201);

    // The viewer, two changes a page: its partner's establishments and others', not the key.
    const seen = await follow(viewer, start, 2);
    expect(summary(seen.changes)).toEqual([
      ['establishment', 'create', workshop.id, 1],
      ['establishment', 'create', renovated.id, 1],
      ['establishment', 'update', workshop.id, 2],
      ['establishment', 'delete', renovated.id, null],
    ]);
    expect(seen.pages).toEqual([2, 2]);
    // Representations are what GET answers: the create's is the created establishment, the update's the
    // updated one (sizeBand 11, version 2), a delete's null.
    expect(seen.changes[1]?.representation).toEqual(renovated);
    expect(seen.changes[2]?.representation).toEqual(workshop);
    const current = await viewer.getEstablishment(workshop.id);
    expect(current.ok && current.value.establishment).toEqual(seen.changes[2]?.representation);
    expect(seen.changes[3]?.representation).toBeNull();
    const times = seen.changes.map((change) => Date.parse(change.at));
    expect(times.every((time, index) => index === 0 || time >= (times[index - 1] ?? 0))).toBe(true);
    caughtUp = seen.cursor;

    // The admin also sees the API key, after the establishments, and never its secret.
    const all = await follow(admin, start);
    expect(summary(all.changes).map(([resource, operation]) => `${resource}:${operation}`)).toEqual([
      'establishment:create',
      'establishment:create',
      'establishment:update',
      'establishment:delete',
      'api-key:create',
    ]);
    const keyChange = all.changes[4];
    expect(keyChange?.representation).toMatchObject({ label: 'Observatoire VdA', role: 'viewer' });
    expect(JSON.stringify(keyChange?.representation)).not.toMatch(/mbi_|hash|token/i);
  });

  test('a viewer may not ask for API keys’ changes; an admin may, alone', async () => {
    const refused = await viewer.listChanges({ since: start, resource: 'api-key' });
    expect(refused.ok ? 200 : refused.problem).toMatchObject({ code: 'validation-failed', status: 400 });
    const keys = await admin.listChanges({ since: start, resource: 'api-key' });
    expect(keys.ok && keys.value.items.map((change) => change.operation)).toEqual(['create']);
  });

  test('resuming from the last cursor: nothing twice, then only what is new', async () => {
    const nothing = await viewer.listChanges({ since: caughtUp });
    if (!nothing.ok) throw new Error(nothing.problem.title);
    expect(nothing.value).toEqual({ items: [], nextCursor: caughtUp, hasMore: false });
    expect(nothing.response.headers.get('retry-after')).toBe(RETRY_AFTER);

    const read = await viewer.getEstablishment(workshop.id);
    if (!read.ok) throw new Error(read.problem.title);
    const closed = await editor.updateEstablishment(
      workshop.id,
      { status: 'closed', closedOn: '2025-12-31' },
      read.value.etag,
    );
    if (!closed.ok) throw new Error(closed.problem.title);
    const next = await follow(viewer, caughtUp);
    expect(summary(next.changes)).toEqual([['establishment', 'update', workshop.id, 3]]);
    expect(next.changes[0]?.representation).toEqual(closed.value.establishment);
    expect(next.cursor).not.toBe(caughtUp);
  });

  test('a copy kept by the feed equals the establishments the API lists', async () => {
    // Bootstrap as docs/api-guide.md says: the `latest` cursor first, then a full sync, then the feed.
    const latest = await viewer.listChanges({ since: 'latest' });
    if (!latest.ok) throw new Error(latest.problem.title);
    const copy = new Map<string, Establishment>();
    for await (const page of viewer.syncEstablishments({ limit: 1000 })) {
      if (!page.ok) throw new Error(page.problem.title);
      for (const item of page.value.items) copy.set(item.id, item);
    }
    const added = await editor.createEstablishment({
      ...renovation,
      nationalIdentifier: siretFor('732829320', 12),
      name: 'Plâtrerie des Houches',
      territoryUnitCode: '74143',
    });
    if (!added.ok) throw new Error(added.problem.title);
    const gone = await editor.deleteEstablishment(workshop.id);
    expect(gone.ok).toBe(true);

    const { changes } = await follow(viewer, latest.value.nextCursor);
    for (const change of changes) {
      if (!isEstablishmentChange(change)) continue;
      const known = copy.get(change.id);
      // Idempotent: an older version never overwrites a newer one.
      if (change.representation === null) copy.delete(change.id);
      else if (known === undefined || known.version < change.representation.version)
        copy.set(change.id, change.representation);
    }
    const server = await viewer.listEstablishments({ limit: 1000 });
    if (!server.ok) throw new Error(server.problem.title);
    expect(new Map(server.value.items.map((item) => [item.id, item]))).toEqual(copy);
    expect([...copy.values()].map((item) => item.name)).toEqual(['Plâtrerie des Houches']);
  });
});
