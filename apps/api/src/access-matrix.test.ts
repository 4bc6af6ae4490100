import { type Database, getEstablishment } from '@mbi/db';
import { testEngines } from '@mbi/db/testing';
import { hasRole, ROLES, type Role } from '@mbi/domain';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from './testing';

/**
 * The role × operation matrix, driven by the OpenAPI document the app serves: every operation must declare
 * its access (`x-mbi-access`), and every cell is checked — anonymous callers get 401 on restricted
 * operations, too small a role 403, enough of a role neither; on data of a partner (`x-mbi-owner`) an editor
 * of another partner gets 403 and the owner's editor neither. The calls carry no valid body: access is
 * decided before the body is read, so a refusal is never a 400 (and a new route cannot forget its rule).
 */

interface Operation {
  readonly method: string;
  readonly path: string;
  readonly access: 'public' | Role;
  readonly owner: string | undefined;
  readonly security: unknown[] | undefined;
}

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
const WRITE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Builds a fresh item owned by the Chamonix community for each kind of owned data, and returns its id. */
type OwnedFactory = (api: TestApp, adminKey: string) => Promise<string>;
const OWNED: Record<string, OwnedFactory> = {
  establishment: async (api, adminKey) => {
    // A SIRET completed by the Luhn rule (INSEE) on an invented SIREN; commune 74056 Chamonix (BRIEF.md).
    const { siretFor } = await import('@mbi/db/testing');
    const response = await api.app.request('/v1/establishments', {
      method: 'POST',
      headers: { Authorization: `Bearer ${adminKey}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        country: 'FR',
        nationalIdentifier: siretFor('71234567', Math.floor(Math.random() * 9000) + 1),
        name: 'Matrix fixture',
        activityCode: '32.30Z',
        activityCodeScheme: 'naf',
        territoryUnitCode: '74056',
        sizeBand: '01',
        status: 'active',
        openedOn: '2020-01-01',
        partnerId: 'cc-vallee-chamonix',
      }),
    });
    if (response.status !== 201) throw new Error(`fixture: ${response.status} ${await response.text()}`);
    return ((await response.json()) as { id: string }).id;
  },
  import: async (api) => {
    // An import of CC Vallée de Chamonix (the editors' partner here): a population file with no row.
    const { importFormat, runImport } = await import('@mbi/db');
    const format = importFormat('bfs-population');
    if (format === undefined) throw new Error('fixture: no format');
    const result = await runImport(api.deps.database, {
      format,
      source: (async function* () {
        yield 'GDENR;JAHR;BEVOELKERUNG\n';
      })(),
      actor: {
        principal: {
          kind: 'system',
          id: 'matrix',
          label: 'matrix',
          role: 'editor',
          partnerId: 'cc-vallee-chamonix',
        },
      },
    });
    if (!result.ok) throw new Error(`fixture: ${result.error.message}`);
    return result.value.importId;
  },
};

describe.each(testEngines())('access matrix from the OpenAPI document on $name', (engine) => {
  let database: Database;
  let api: TestApp;
  let operations: Operation[] = [];
  const keys: Record<string, string> = {};

  beforeAll(async () => {
    database = await engine.open();
    api = await createTestApp(database);
    keys.viewer = await api.key('viewer', 'cc-vallee-chamonix');
    keys.editor = await api.key('editor', 'cc-vallee-chamonix');
    keys.otherEditor = await api.key('editor', 'cc-pays-mont-blanc');
    keys.admin = await api.key('admin', null);
    const document = (await (await api.app.request('/v1/openapi.json')).json()) as {
      paths: Record<string, Record<string, Record<string, unknown>>>;
    };
    operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({
        method: method.toUpperCase(),
        path,
        access: operation['x-mbi-access'] as Operation['access'],
        owner: operation['x-mbi-owner'] as string | undefined,
        security: operation.security as unknown[] | undefined,
      })),
    );
  });
  afterAll(async () => {
    await database.close();
  });

  const call = (operation: Operation, path: string, key: string | undefined) =>
    api.app.request(path, {
      method: operation.method,
      headers: {
        ...(key === undefined ? {} : { Authorization: `Bearer ${key}` }),
        ...(WRITE.has(operation.method) ? { 'Content-Type': 'application/json' } : {}),
      },
      ...(WRITE.has(operation.method) && operation.method !== 'DELETE' ? { body: '{}' } : {}),
    });

  test('every operation declares its access, and its security requirement agrees', () => {
    expect(operations.length).toBeGreaterThan(20);
    for (const operation of operations) {
      const name = `${operation.method} ${operation.path}`;
      expect(['public', ...ROLES], `${name} declares no x-mbi-access`).toContain(operation.access);
      expect(operation.security, `${name} has no explicit security`).toBeDefined();
      expect((operation.security ?? []).length === 0, name).toBe(operation.access === 'public');
      if (operation.owner !== undefined) {
        expect(Object.keys(OWNED), `${name}: add a fixture for ${operation.owner}`).toContain(
          operation.owner,
        );
      }
    }
  });

  test('each role gets exactly the operations its access allows', async () => {
    const cells: string[] = [];
    for (const operation of operations) {
      const id =
        operation.owner === undefined ? UNKNOWN_ID : await OWNED[operation.owner]?.(api, keys.admin ?? '');
      const path = operation.path.replace('{id}', id ?? UNKNOWN_ID).replace('{code}', '43.31Z');
      // Refusals first, then the allowed roles from the least powerful: a DELETE that one role may make
      // leaves nothing for the next (a 404, which is neither 401 nor 403).
      const expectations: [string, string | undefined, boolean][] = [
        ['anonymous', undefined, operation.access === 'public'],
        ...(operation.owner === undefined
          ? []
          : [
              ['editor of another partner', keys.otherEditor, false] as [string, string | undefined, boolean],
            ]),
        ...(['viewer', 'editor', 'admin'] as const).map((role): [string, string | undefined, boolean] => [
          role,
          keys[role],
          operation.access === 'public' || hasRole(role, operation.access),
        ]),
      ];
      for (const [who, key, allowed] of expectations) {
        const before =
          operation.owner === 'establishment' && id !== undefined
            ? await getEstablishment(database, id)
            : null;
        const response = await call(operation, path, key);
        if (!allowed && before !== null) {
          // A refused write changed nothing.
          expect(
            await getEstablishment(database, id ?? UNKNOWN_ID),
            `${operation.method} ${path} as ${who}`,
          ).toEqual(before);
        }
        const refused = response.status === 401 || response.status === 403;
        const expected = allowed ? 'not 401/403' : who === 'anonymous' ? 401 : 403;
        const got = refused ? response.status : 'not 401/403';
        if (got !== expected)
          cells.push(
            `${operation.method} ${operation.path} as ${who}: ${response.status}, expected ${expected}`,
          );
      }
    }
    expect(cells).toEqual([]);
  });
});
