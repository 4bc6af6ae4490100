import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Actor } from '../audit/audit';
import { type Database, queryRows } from '../connection';
import { type ImportFormat, importFormat } from '../imports/formats';
import { runImport } from '../imports/run';
import { SIRENE_STOCK_COLUMNS } from '../imports/synthetic';
import { seedReferenceData } from '../reference/seed';
import { siretFor, testEngines } from '../testing';
import { type IndicatorRow, listIndicators } from './queries';

// Golden values worked by hand from the files below: communes of BRIEF.md (74056 Chamonix-Mont-Blanc, 74143 Les
// Houches, 74266 Servoz of CC Vallée de Chamonix; 74256 Sallanches of CC Pays du Mont-Blanc); INSEE's size bands
// of the SIRENE stock documentation (11 = 10 to 19 employees, 02 = 3 to 5, 01 = 1 or 2, 03 = 6 to 9); the filière
// map of @mbi/taxonomy as its own tests state it (32.30Z outdoor core, 43.31Z renovation partial, 71.12B outdoor
// and renovation partial, 47.11F none); INSEE's confidentiality rule (fewer than 3 establishments: suppressed).

const admin: Actor = {
  principal: { kind: 'system', id: 'cli', label: 'cli', role: 'admin', partnerId: null },
};

type Cells = Partial<Record<(typeof SIRENE_STOCK_COLUMNS)[number], string>>;
const line = (cells: Cells) => SIRENE_STOCK_COLUMNS.map((column) => cells[column] ?? '').join(',');
let serial = 0;
function site(commune: string, naf: string, band: string, extra: Cells = {}): Cells {
  serial += 1;
  const siret = siretFor('41234567', serial);
  return {
    siren: siret.slice(0, 9),
    nic: siret.slice(9),
    siret,
    statutDiffusionEtablissement: 'O',
    dateCreationEtablissement: '2015-04-01',
    trancheEffectifsEtablissement: band,
    codeCommuneEtablissement: commune,
    dateDebut: '2015-04-01',
    etatAdministratifEtablissement: 'A',
    enseigne1Etablissement: `Site ${serial}`,
    activitePrincipaleEtablissement: naf,
    nomenclatureActivitePrincipaleEtablissement: 'NAFRev2',
    ...extra,
  };
}
const times = (n: number, make: () => Cells) => Array.from({ length: n }, make);

const stable = [
  ...times(4, () => site('74056', '32.30Z', '11')),
  site('74056', '43.31Z', '01'),
  ...times(3, () => site('74056', '47.11F', '02')),
  ...times(4, () => site('74143', '32.30Z', '02')),
  ...times(2, () => site('74266', '32.30Z', '01')),
  ...times(3, () => site('74256', '32.30Z', '03')),
  ...times(3, () => site('74256', '71.12B', '02')),
];
const created2024 = site('74056', '32.30Z', '11', { dateCreationEtablissement: '2024-03-01' });
const closed2024 = site('74056', '32.30Z', '11', {
  etatAdministratifEtablissement: 'F',
  dateDebut: '2024-05-31',
});
const file = (rows: readonly Cells[]) => `${SIRENE_STOCK_COLUMNS.join(',')}\n${rows.map(line).join('\n')}\n`;
const source = (text: string) => Readable.from([Buffer.from(text)]);
const sireneFormat = importFormat('sirene-establishments') as ImportFormat;

const find = (items: IndicatorRow[], match: Partial<IndicatorRow>) =>
  items.find((item) =>
    Object.entries(match).every(([key, value]) => item[key as keyof IndicatorRow] === value),
  );

describe.each(testEngines())('indicators on $name', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await engine.open();
    await seedReferenceData(database.db);
    for (const [year, rows] of [
      [2023, stable],
      [2024, [...stable, created2024, closed2024]],
    ] as const) {
      const result = await runImport(database, {
        format: sireneFormat,
        source: source(file(rows)),
        year,
        actor: admin,
      });
      expect(result.ok).toBe(true);
    }
  });
  afterAll(async () => {
    await database.close();
  });

  test('counts, employees from size bands, creations and closures of a unit, and the change over a year', async () => {
    const { items, years } = await listIndicators(database.db, {
      filiere: 'outdoor',
      years: [2024],
      country: 'FR',
    });
    expect(years).toEqual([2023, 2024]);
    const chamonix = { year: 2024, territory: '74056', filiere: 'outdoor' } as const;
    expect(find(items, { ...chamonix, measure: 'establishments' })).toMatchObject({
      value: 5,
      status: 'value',
      weight: 'core',
      level: 'unit',
      name: 'Chamonix-Mont-Blanc',
      source: 'sirene-establishments',
      employeesBasis: 'size-bands',
    });
    // Five establishments of band 11 (10 to 19): 50 to 95 employees, midpoints 5 × 14.5.
    expect(find(items, { ...chamonix, measure: 'employees' })).toMatchObject({
      value: 72.5,
      low: 50,
      high: 95,
    });
    expect(find(items, { ...chamonix, measure: 'creations' })?.value).toBe(1);
    expect(find(items, { ...chamonix, measure: 'closures' })?.value).toBe(1);
    expect(find(items, { ...chamonix, measure: 'establishments-change' })?.value).toBe(1);
    // Of the 9 active establishments of Chamonix (5 outdoor, 1 plastering, 3 supermarkets).
    expect(find(items, { ...chamonix, measure: 'establishments-share' })?.value).toBe(55.56);
  });

  test('per 1,000 inhabitants with the unit’s legal population', async () => {
    const [population] = await queryRows<{ population: number }>(
      database.db,
      sql`select population from territory_populations where country = 'FR' and code = '74056'
          order by year desc limit 1`,
    );
    const { items } = await listIndicators(database.db, {
      filiere: 'outdoor',
      years: [2024],
      measures: ['establishments-per-1000'],
      territory: '74056',
    });
    expect(items).toHaveLength(1);
    expect(items[0]?.value).toBe(Math.round((5000 / Number(population?.population)) * 100) / 100);
  });

  test('confidentiality: frequency, secondary suppression along the roll-up, no value leaves with a suppressed cell', async () => {
    const { items } = await listIndicators(database.db, { years: [2024], country: 'FR' });
    const state = (territory: string, filiere: string) =>
      find(items, { territory, filiere, measure: 'establishments' })?.status;
    // Servoz: 2 outdoor establishments; Les Houches (4) is the smallest complement in the partner's total (11).
    expect(state('74266', 'outdoor')).toBe('suppressed-frequency');
    expect(state('74143', 'outdoor')).toBe('suppressed-secondary');
    expect(state('74056', 'renovation')).toBe('suppressed-frequency');
    expect(
      find(items, { territory: '74056', filiere: 'renovation', measure: 'establishments' })?.weight,
    ).toBe('mixed');
    for (const item of items.filter((row) => row.status !== 'value')) {
      expect(item).toMatchObject({ value: null, low: null, high: null });
    }
    const partner = await listIndicators(database.db, {
      years: [2024],
      level: 'partner',
      territory: 'cc-vallee-chamonix',
      filiere: 'outdoor',
      measures: ['establishments'],
    });
    expect(partner.items).toMatchObject([{ value: 11, status: 'value', name: expect.any(String) }]);
    // Units without any establishment have a published zero; other countries without data say so.
    expect(find(items, { territory: '74290', filiere: 'phyto', measure: 'establishments' })).toMatchObject({
      value: 0,
      status: 'value',
    });
    const all = await listIndicators(database.db, {
      years: [2024],
      filiere: 'phyto',
      measures: ['establishments'],
    });
    expect(all.items.filter((row) => row.country === 'IT').every((row) => row.status === 'no-data')).toBe(
      true,
    );
  });

  test('breakdown by NACE class: partial classes say so, a class shared by two filières has one state', async () => {
    const { items } = await listIndicators(database.db, {
      years: [2024],
      breakdown: 'class',
      territory: '74256',
      measures: ['establishments'],
    });
    const outdoor = find(items, { filiere: 'outdoor', naceClass: '71.12' });
    const renovation = find(items, { filiere: 'renovation', naceClass: '71.12' });
    expect(outdoor?.weight).toBe('partial');
    expect(find(items, { filiere: 'outdoor', naceClass: '32.30' })?.weight).toBe('core');
    expect(outdoor?.status).toBe(renovation?.status);
    expect(outdoor?.value).toBe(renovation?.value);
  });

  test('an import that changes nothing leaves the indicators as they were; a count source keeps its suppressions', async () => {
    const before = await queryRows(
      database.db,
      sql`select * from observatory_cells order by 1, 2, 3, 4, 5, 6`,
    );
    const again = await runImport(database, {
      format: sireneFormat,
      source: source(file([...stable, created2024, closed2024])),
      year: 2024,
      actor: admin,
    });
    expect(again.ok).toBe(true);
    expect(
      await queryRows(database.db, sql`select * from observatory_cells order by 1, 2, 3, 4, 5, 6`),
    ).toEqual(before);

    const statent = importFormat('bfs-statent') as ImportFormat;
    const counts = [
      'GDENR;NOGA;JAHR;ARBST;BESCH;VZAE',
      '6266;433100;2020;12;60;55.0',
      '6266;433200;2020;X;X;X',
      '6002;433100;2020;7;30;25.0',
    ].join('\n');
    expect((await runImport(database, { format: statent, source: source(counts), actor: admin })).ok).toBe(
      true,
    );
    const swiss = await listIndicators(database.db, {
      years: [2020],
      country: 'CH',
      filiere: 'renovation',
      breakdown: 'class',
      measures: ['establishments', 'employees', 'creations'],
    });
    expect(
      find(swiss.items, { territory: '6266', naceClass: '43.32', measure: 'establishments' })?.status,
    ).toBe('suppressed-at-source');
    expect(find(swiss.items, { territory: '6266', naceClass: '43.31', measure: 'employees' })).toMatchObject({
      employeesBasis: 'employees',
      source: 'bfs-statent',
    });
    expect(find(swiss.items, { territory: '6002', naceClass: '43.31', measure: 'creations' })?.status).toBe(
      'no-data',
    );
    const totals = await listIndicators(database.db, {
      years: [2020],
      country: 'CH',
      filiere: 'renovation',
      measures: ['establishments'],
    });
    expect(find(totals.items, { territory: '6266' })?.status).toBe('suppressed-at-source');
  });
});
