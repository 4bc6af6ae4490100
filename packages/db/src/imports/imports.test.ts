import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Actor, currentChangeSeq } from '../audit/audit';
import { listChanges } from '../changes/changes';
import { type Database, queryRows } from '../connection';
import { getEstablishment } from '../establishments/queries';
import { seedReferenceData } from '../reference/seed';
import { listTerritories } from '../territories/queries';
import { siretFor, testEngines } from '../testing';
import { type ImportFormat, importFormat } from './formats';
import { getImport, listImportRejects } from './queries';
import { runImport } from './run';
import { SIRENE_STOCK_COLUMNS } from './synthetic';

// Golden values: BRIEF.md (SIRENE columns and codes; communes 74056 Chamonix-Mont-Blanc and 74143 Les Houches of
// CC Vallée de Chamonix, 74256 Sallanches of CC Pays du Mont-Blanc); INSEE SIRENE (La Poste's head office SIRET
// 356 000 000 00048); INSEE COG (74246, a former commune now part of Sallanches); FILIERE_MAP of @mbi/taxonomy
// as its own tests state it (NAF 32.30Z outdoor core, 43.31Z renovation partial); BFS (Val de Bagnes 6037 took
// over Bagnes 6031 and Vollèges 6036 on 1 January 2021).

const admin: Actor = {
  principal: { kind: 'system', id: 'cli', label: 'cli', role: 'admin', partnerId: null },
};
const chamonixEditor: Actor = {
  principal: {
    kind: 'api-key',
    id: 'k1',
    label: 'Chamonix',
    role: 'editor',
    partnerId: 'cc-vallee-chamonix',
  },
};
const viewer: Actor = {
  principal: { kind: 'api-key', id: 'k2', label: 'viewer', role: 'viewer', partnerId: 'cimark' },
};

type SireneCells = Partial<Record<(typeof SIRENE_STOCK_COLUMNS)[number], string>>;
function sirene(rows: SireneCells[]): string {
  const line = (cells: SireneCells) =>
    SIRENE_STOCK_COLUMNS.map((column) => {
      const value = cells[column] ?? '';
      return /[",]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
    }).join(',');
  return `${SIRENE_STOCK_COLUMNS.join(',')}\n${rows.map(line).join('\n')}\n`;
}
const base = (siret: string, commune: string, naf: string, extra: SireneCells = {}): SireneCells => ({
  siren: siret.slice(0, 9),
  nic: siret.slice(9),
  siret,
  statutDiffusionEtablissement: 'O',
  dateCreationEtablissement: '2015-04-01',
  trancheEffectifsEtablissement: '11',
  codeCommuneEtablissement: commune,
  dateDebut: '2015-04-01',
  etatAdministratifEtablissement: 'A',
  enseigne1Etablissement: `Atelier ${siret.slice(-5)}`,
  activitePrincipaleEtablissement: naf,
  nomenclatureActivitePrincipaleEtablissement: 'NAFRev2',
  ...extra,
});

const LA_POSTE = '35600000000048';
const A = siretFor('41234567', 1);
const B = siretFor('41234567', 2);
const C = siretFor('41234567', 3);
const FILE_2024 = sirene([
  base(LA_POSTE, '74056', '32.30Z', { enseigne1Etablissement: 'Atelier de skis, "Le Brévent"' }),
  base(siretFor('41234567', 9), '75056', '32.30Z'),
  base(`${LA_POSTE.slice(0, 13)}9`, '74056', '32.30Z'),
  base(A, '74143', '43.31Z', {
    statutDiffusionEtablissement: 'P',
    enseigne1Etablissement: '[ND]',
    denominationUsuelleEtablissement: '[ND]',
  }),
  base(B, '74056', '43.31Z', { nomenclatureActivitePrincipaleEtablissement: 'NAFRev1' }),
  base(C, '74246', '96.04Z', { etatAdministratifEtablissement: 'F', dateDebut: '2020-06-30' }),
]);

const source = (text: string) => Readable.from([Buffer.from(text)]);
const sireneFormat = importFormat('sirene-establishments') as ImportFormat;

async function snapshot(database: Database) {
  const [row] = await queryRows<Record<string, number>>(
    database.db,
    sql`select (select count(*) from establishments)::int as establishments,
      (select count(*) from establishment_snapshots)::int as snapshots,
      (select count(*) from published_counts)::int as counts,
      (select count(*) from audit_log)::int as audit,
      (select seq from change_clock)::int as clock`,
  );
  return row;
}

describe.each(testEngines())('imports on $name', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await engine.open();
    await seedReferenceData(database.db);
  });
  afterAll(async () => {
    await database.close();
  });

  test('a SIRENE stock: rows validated, classified, matched, skipped or rejected with row and column', async () => {
    const before = await currentChangeSeq(database.db);
    const result = await runImport(database, {
      format: sireneFormat,
      source: source(FILE_2024),
      year: 2024,
      actor: admin,
    });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.summary).toEqual({
      read: 6,
      imported: 3,
      updated: 0,
      unchanged: 0,
      removed: 0,
      skipped: 1,
      rejected: 2,
    });
    const rejects = await listImportRejects(database.db, result.value.importId);
    expect(rejects.map((r) => [r.row, r.column, r.reason])).toEqual([
      [4, 'siret', 'invalid-identifier'],
      [6, 'nomenclatureActivitePrincipaleEtablissement', 'unsupported-nomenclature'],
    ]);
    const rows = await queryRows<{
      identifier: string;
      unit: string;
      partner: string;
      name: string;
      filieres: string[];
      partial: string[];
      status: string;
      closed: string | null;
    }>(
      database.db,
      sql`select e.national_identifier as identifier, s.territory_unit_code as unit, s.partner_id as partner,
            e.name, s.filieres, s.partial_filieres as partial, s.status, s.closed_on::text as closed
          from establishments e join establishment_snapshots s on s.establishment_id = e.id and s.year = 2024
          order by e.national_identifier`,
    );
    expect(rows).toEqual([
      {
        identifier: LA_POSTE,
        unit: '74056',
        partner: 'cc-vallee-chamonix',
        name: 'Atelier de skis, "Le Brévent"',
        filieres: ['outdoor'],
        partial: [],
        status: 'active',
        closed: null,
      },
      {
        identifier: A,
        unit: '74143',
        partner: 'cc-vallee-chamonix',
        name: A,
        filieres: ['renovation'],
        partial: ['renovation'],
        status: 'active',
        closed: null,
      },
      {
        identifier: C,
        unit: '74256',
        partner: 'cc-pays-mont-blanc',
        name: `Atelier ${C.slice(-5)}`,
        filieres: ['phyto'],
        partial: [],
        status: 'closed',
        closed: '2020-06-30',
      },
    ]);
    // One audit entry per created establishment, then one for the import: the feed and ETags see them.
    expect(await currentChangeSeq(database.db)).toBe(before + 4);
    const feed = await listChanges(database.db, { cursor: null, limit: 100, resources: ['establishment'] });
    if (!feed.ok) throw new Error('feed');
    expect(feed.value.items).toHaveLength(3);
    for (const change of feed.value.items) {
      expect(change.operation).toBe('create');
      expect(change.representation).toEqual(
        JSON.parse(JSON.stringify(await getEstablishment(database, change.id))),
      );
    }
    expect((await getImport(database.db, result.value.importId))?.status).toBe('succeeded');
  });

  test('the same file twice changes nothing', async () => {
    const before = await snapshot(database);
    const result = await runImport(database, {
      format: sireneFormat,
      source: source(FILE_2024),
      year: 2024,
      actor: admin,
    });
    expect(result.ok && result.value.summary).toMatchObject({
      imported: 0,
      updated: 0,
      unchanged: 3,
      rejected: 2,
    });
    expect(await snapshot(database)).toEqual(before);
  });

  test('a later year updates the establishment and keeps the earlier year’s snapshot; an earlier one does not', async () => {
    const next = sirene([
      base(LA_POSTE, '74056', '32.30Z', {
        enseigne1Etablissement: 'Atelier de skis, "Le Brévent"',
        trancheEffectifsEtablissement: '12',
      }),
    ]);
    const later = await runImport(database, {
      format: sireneFormat,
      source: source(next),
      year: 2025,
      actor: admin,
    });
    expect(later.ok && later.value.summary).toMatchObject({ imported: 0, updated: 1 });
    const older = sirene([base(LA_POSTE, '74056', '32.30Z', { trancheEffectifsEtablissement: '03' })]);
    const earlier = await runImport(database, {
      format: sireneFormat,
      source: source(older),
      year: 2023,
      actor: admin,
    });
    expect(earlier.ok && earlier.value.summary).toMatchObject({ imported: 0, updated: 1 });
    const bands = await queryRows<{ year: number; band: string; current: string; version: number }>(
      database.db,
      sql`select s.year, s.size_band as band, e.size_band as current, e.version from establishment_snapshots s
          join establishments e on e.id = s.establishment_id where e.national_identifier = ${LA_POSTE} order by s.year`,
    );
    expect(bands).toEqual([
      { year: 2023, band: '03', current: '12', version: 2 },
      { year: 2024, band: '11', current: '12', version: 2 },
      { year: 2025, band: '12', current: '12', version: 2 },
    ]);
  });

  test('an editor imports its own partner’s territory only; a viewer nothing', async () => {
    const file = sirene([
      base(siretFor('41234567', 20), '74290', '32.30Z'),
      base(siretFor('41234567', 21), '74256', '32.30Z'),
      base(C, '74256', '96.04Z'),
    ]);
    const result = await runImport(database, {
      format: sireneFormat,
      source: source(file),
      year: 2024,
      actor: chamonixEditor,
    });
    expect(result.ok && result.value.summary).toMatchObject({
      read: 3,
      imported: 1,
      skipped: 2,
      rejected: 0,
    });
    expect(result.ok && (await getImport(database.db, result.value.importId))?.partnerId).toBe(
      'cc-vallee-chamonix',
    );
    const before = await snapshot(database);
    const refused = await runImport(database, {
      format: sireneFormat,
      source: source(file),
      year: 2024,
      actor: viewer,
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await snapshot(database)).toEqual(before);
  });

  test('a file without the declared columns, or failing halfway, writes nothing', async () => {
    const before = await snapshot(database);
    const missing = await runImport(database, {
      format: sireneFormat,
      source: source('siret,codeCommuneEtablissement\n1,74056\n'),
      year: 2024,
      actor: admin,
    });
    expect(missing).toMatchObject({ ok: false, error: { code: 'missing-columns' } });
    const many = sirene(
      Array.from({ length: 300 }, (_, n) => base(siretFor('51234567', n + 1), '74056', '32.30Z')),
    );
    async function* broken() {
      yield Buffer.from(many.slice(0, Math.floor(many.length * 0.9)));
      throw new Error('disk read error');
    }
    await expect(
      runImport(database, {
        format: sireneFormat,
        source: broken(),
        year: 2024,
        actor: admin,
        chunkRows: 50,
      }),
    ).rejects.toThrow();
    expect(await snapshot(database)).toEqual(before);
    const failed = await queryRows<{ status: string; error_code: string }>(
      database.db,
      sql`select status, error_code from imports where status <> 'succeeded' order by started_at`,
    );
    expect(failed).toEqual([
      { status: 'failed', error_code: 'missing-columns' },
      { status: 'failed', error_code: 'internal' },
    ]);
  });

  test('published counts: former units added into the current one, suppressed cells kept, replaced on re-import', async () => {
    const statent = importFormat('bfs-statent') as ImportFormat;
    const file = [
      'GDENR;NOGA;JAHR;ARBST;BESCH;VZAE',
      '6031;551000;2020;5;40;31.5',
      '6036;551000;2020;2;X;X',
      '6266;433100;2020;12;60;55.0',
      '6266;960400;2020;1;X;X',
      '351;551000;2020;40;900;800',
    ].join('\n');
    const result = await runImport(database, { format: statent, source: source(file), actor: admin });
    expect(result.ok && result.value.summary).toMatchObject({
      read: 5,
      imported: 9,
      skipped: 1,
      rejected: 0,
    });
    const cells = await queryRows<{
      unit: string;
      code: string;
      measure: string;
      value: string | null;
      status: string;
      filieres: string[];
    }>(
      database.db,
      sql`select territory_unit_code as unit, activity_code as code, measure, value::text as value, status, filieres
          from published_counts order by unit, code, measure`,
    );
    expect(cells.filter((cell) => cell.unit === '6037')).toEqual([
      {
        unit: '6037',
        code: '551000',
        measure: 'employees',
        value: null,
        status: 'suppressed-at-source',
        filieres: expect.any(Array),
      },
      {
        unit: '6037',
        code: '551000',
        measure: 'establishments',
        value: '7.00',
        status: 'value',
        filieres: expect.any(Array),
      },
      {
        unit: '6037',
        code: '551000',
        measure: 'fte',
        value: null,
        status: 'suppressed-at-source',
        filieres: expect.any(Array),
      },
    ]);
    expect(cells.find((cell) => cell.unit === '6266' && cell.code === '433100')?.filieres).toEqual([
      'renovation',
    ]);
    const again = await runImport(database, { format: statent, source: source(file), actor: admin });
    expect(again.ok && again.value.summary).toMatchObject({ imported: 0, updated: 0, unchanged: 9 });
    const fewer = await runImport(database, {
      format: statent,
      source: source(file.split('\n').slice(0, 4).join('\n')),
      actor: admin,
    });
    expect(fewer.ok && fewer.value.summary).toMatchObject({
      imported: 0,
      updated: 0,
      unchanged: 6,
      removed: 3,
    });
  });

  test('populations from a CSV reach the territories', async () => {
    const population = importFormat('bfs-population') as ImportFormat;
    const result = await runImport(database, {
      format: population,
      source: source('GDENR;JAHR;BEVOELKERUNG\n6031;2020;8000\n6036;2020;2000\n6266;2023;35000\n'),
      actor: admin,
    });
    expect(result.ok && result.value.summary).toMatchObject({ imported: 2, rejected: 0 });
    const { items } = await listTerritories(database.db, { country: 'CH' });
    expect(items.find((unit) => unit.code === '6037')?.population).toMatchObject({
      year: 2020,
      value: 10000,
    });
  });
});
