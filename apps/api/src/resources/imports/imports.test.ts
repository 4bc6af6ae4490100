import type { Database } from '@mbi/db';
import { testEngines } from '@mbi/db/testing';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, problemOf, type TestApp } from '../../testing';

// Golden values: BRIEF.md (SIRENE columns; 74056 Chamonix-Mont-Blanc of CC Vallée de Chamonix, 74256 Sallanches of
// CC Pays du Mont-Blanc); INSEE SIRENE (La Poste's head office SIRET 356 000 000 00048, Luhn-valid); BFS (Sion 6266).
const SIRENE_HEADER =
  'siret,codeCommuneEtablissement,activitePrincipaleEtablissement,nomenclatureActivitePrincipaleEtablissement,trancheEffectifsEtablissement,etatAdministratifEtablissement,dateCreationEtablissement,dateDebut,enseigne1Etablissement,denominationUsuelleEtablissement';
const SIRENE_FILE = [
  SIRENE_HEADER,
  '35600000000048,74056,32.30Z,NAFRev2,11,A,2015-04-01,2015-04-01,Atelier de skis,',
  '35600000000049,74056,32.30Z,NAFRev2,11,A,2015-04-01,2015-04-01,Mauvais SIRET,',
  '35600000000048,74256,32.30Z,NAFRev2,11,A,2015-04-01,2015-04-01,Ailleurs,',
].join('\n');

describe.each(testEngines())('imports on $name', (engine) => {
  let database: Database;
  let api: TestApp;
  let chamonix: string;
  let cimark: string;
  let viewer: string;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' });
  const finished = async (token: string, location: string) => {
    for (let attempt = 0; attempt < 200; attempt += 1) {
      const body = (await (await api.app.request(location, { headers: auth(token) })).json()) as {
        status: string;
      };
      if (body.status !== 'running') return body as Record<string, unknown>;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('the import did not finish');
  };

  beforeAll(async () => {
    database = await engine.open();
    api = await createTestApp(database);
    chamonix = await api.key('editor', 'cc-vallee-chamonix');
    cimark = await api.key('editor', 'cimark');
    viewer = await api.key('viewer', 'cimark');
  });
  afterAll(async () => {
    await database.close();
  });

  test('an editor imports its partner’s rows; progress then summary; rejects as CSV', async () => {
    const before = (await api.app.request('/v1/establishments', { headers: auth(chamonix) })).headers.get(
      'etag',
    );
    const response = await api.app.request('/v1/imports', {
      method: 'POST',
      headers: auth(chamonix),
      body: JSON.stringify({
        format: 'sirene-establishments',
        year: 2024,
        fileName: 'stock.csv',
        content: SIRENE_FILE,
      }),
    });
    expect(response.status).toBe(202);
    const location = response.headers.get('location') ?? '';
    expect(location).toMatch(/^\/v1\/imports\/[0-9a-f-]{36}$/);
    const done = await finished(chamonix, location);
    expect(done).toMatchObject({
      status: 'succeeded',
      partnerId: 'cc-vallee-chamonix',
      summary: { read: 3, imported: 1, skipped: 1, rejected: 1 },
    });
    const after = (await api.app.request('/v1/establishments', { headers: auth(chamonix) })).headers.get(
      'etag',
    );
    expect(after).not.toBe(before);
    const rejects = await api.app.request(`${location}/rejects?format=csv&lang=fr`, {
      headers: auth(chamonix),
    });
    const lines = (await rejects.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('Ligne;Colonne;Motif;Explication;Valeur lue');
    expect(lines[1]).toMatch(/^3;siret;invalid-identifier;/);
    const list = (await (await api.app.request('/v1/imports', { headers: auth(chamonix) })).json()) as {
      items: unknown[];
    };
    expect(list.items).toHaveLength(1);
    // Another partner's editor sees neither the import nor its report.
    expect((await api.app.request(location, { headers: auth(cimark) })).status).toBe(403);
    expect(
      (
        (await (await api.app.request('/v1/imports', { headers: auth(cimark) })).json()) as {
          items: unknown[];
        }
      ).items,
    ).toHaveLength(0);
  });

  test('published counts by an editor of CimArk', async () => {
    const response = await api.app.request('/v1/imports', {
      method: 'POST',
      headers: auth(cimark),
      body: JSON.stringify({
        format: 'bfs-statent',
        content: 'GDENR;NOGA;JAHR;ARBST;BESCH;VZAE\n6266;433100;2022;12;60;55.5\n',
      }),
    });
    expect(response.status).toBe(202);
    const done = await finished(cimark, response.headers.get('location') ?? '');
    expect(done).toMatchObject({ status: 'succeeded', summary: { imported: 3, rejected: 0 } });
  });

  test('viewers and anonymous callers are refused; a stock without its year is a 400', async () => {
    const body = JSON.stringify({ format: 'sirene-establishments', year: 2024, content: SIRENE_FILE });
    expect(
      (await api.app.request('/v1/imports', { method: 'POST', headers: auth(viewer), body })).status,
    ).toBe(403);
    expect(
      (
        await api.app.request('/v1/imports', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body,
        })
      ).status,
    ).toBe(401);
    const noYear = await api.app.request('/v1/imports', {
      method: 'POST',
      headers: auth(chamonix),
      body: JSON.stringify({ format: 'sirene-establishments', content: SIRENE_FILE }),
    });
    expect(noYear.status).toBe(400);
    expect((await problemOf(noYear)).errors).toEqual([expect.objectContaining({ field: 'body.year' })]);
    expect(
      (await api.app.request('/v1/imports/00000000-0000-4000-8000-000000000000', { headers: auth(chamonix) }))
        .status,
    ).toBe(404);
  });
});
