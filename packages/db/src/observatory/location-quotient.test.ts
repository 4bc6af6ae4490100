import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Actor } from '../audit/audit';
import type { Database } from '../connection';
import { type ImportFormat, importFormat } from '../imports/formats';
import { runImport } from '../imports/run';
import { SIRENE_STOCK_COLUMNS } from '../imports/synthetic';
import { seedReferenceData } from '../reference/seed';
import { siretFor, testEngines } from '../testing';
import { type IndicatorRow, listIndicators } from './queries';

// The location quotient worked by hand. 2024, filière outdoor (32.30 core), every other establishment a
// supermarket (47.11, no filière); employees from INSEE's bands (01 = 1 or 2, midpoint 1.5; 02 = 3 to 5, midpoint 4)
// or as published (ISTAT addetti, BFS employees):
//
//   territory                   outdoor estab. / all estab.   outdoor employees / all employees
//   74056 Chamonix-Mont-Blanc   6 (band 02)    / 6 + 4 = 10   6 × 4 = 24 / 24 + 4 × 1.5 = 30
//   74256 Sallanches            3 (band 02)    / 3 + 9 = 12   3 × 4 = 12 / 12 + 9 × 1.5 = 25.5
//   France (country)            9              / 22           36         / 55.5
//   007022 Courmayeur (ISTAT)   3              / 3 + 7 = 10   10         / 10 + 20 = 30
//   6136 Martigny (BFS)         3              / 3 + 12 = 15  6          / 6 + 30 = 36
//   Espace Mont-Blanc           9 + 3 + 3 = 15 / 22 + 10 + 15 = 47   36 + 10 + 6 = 52 / 55.5 + 30 + 36 = 121.5
//
//   establishments-lq Chamonix  = (6 / 10) ÷ (15 / 47) = 282 / 150 = 1.88
//   establishments-lq Courmayeur = (3 / 10) ÷ (15 / 47) = 141 / 150 = 0.94
//   establishments-lq Martigny  = (3 / 15) ÷ (15 / 47) = 141 / 225 = 0.6266… → 0.63
//   establishments-lq France    = (9 / 22) ÷ (15 / 47) = 423 / 330 = 1.2818… → 1.28
//   employees-lq Chamonix       = (24 / 30) ÷ (52 / 121.5) = 2916 / 1560 = 1.8692… → 1.87
//   employees-lq Martigny       = (6 / 36) ÷ (52 / 121.5) = 729 / 1872 = 0.3894… → 0.39
//
// 2023: the same, except Martigny has 2 outdoor establishments: the Swiss outdoor cells are suppressed
// (frequency) up to the country, so every outdoor quotient of the year (which would reveal the Espace Mont-Blanc's
// total, hence Switzerland's) takes that state. 2022: France alone has data, so there is no reference.

const admin: Actor = {
  principal: { kind: 'system', id: 'cli', label: 'cli', role: 'admin', partnerId: null },
};

type Cells = Partial<Record<(typeof SIRENE_STOCK_COLUMNS)[number], string>>;
const line = (cells: Cells) => SIRENE_STOCK_COLUMNS.map((column) => cells[column] ?? '').join(',');
let serial = 0;
function site(commune: string, naf: string, band: string): Cells {
  serial += 1;
  const siret = siretFor('51234567', serial);
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
  };
}
const times = (count: number, make: () => Cells) => Array.from({ length: count }, make);
const french = [
  ...times(6, () => site('74056', '32.30Z', '02')),
  ...times(4, () => site('74056', '47.11F', '01')),
  ...times(3, () => site('74256', '32.30Z', '02')),
  ...times(9, () => site('74256', '47.11F', '01')),
];
const sirene = `${SIRENE_STOCK_COLUMNS.join(',')}\n${french.map(line).join('\n')}\n`;
const istat = [
  'CODICE COMUNE;ATECO 2007;ANNO;UNITA LOCALI;ADDETTI',
  ...[2023, 2024].flatMap((year) => [`007022;32.30.00;${year};3;10`, `007022;47.11.00;${year};7;20`]),
].join('\n');
const statent = [
  'GDENR;NOGA;JAHR;ARBST;BESCH;VZAE',
  '6136;323000;2023;2;6;5.0',
  '6136;471100;2023;12;30;25.0',
  '6136;323000;2024;3;6;5.0',
  '6136;471100;2024;12;30;25.0',
].join('\n');
const source = (text: string) => Readable.from([Buffer.from(text)]);

const find = (items: IndicatorRow[], match: Partial<IndicatorRow>) =>
  items.find((item) =>
    Object.entries(match).every(([key, value]) => item[key as keyof IndicatorRow] === value),
  );

describe.each(testEngines())('location quotients on $name', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await engine.open();
    await seedReferenceData(database.db);
    for (const year of [2022, 2023, 2024]) {
      const result = await runImport(database, {
        format: importFormat('sirene-establishments') as ImportFormat,
        source: source(sirene),
        year,
        actor: admin,
      });
      expect(result.ok).toBe(true);
    }
    for (const [format, text] of [
      ['istat-asia-local-units', istat],
      ['bfs-statent', statent],
    ] as const) {
      const result = await runImport(database, {
        format: importFormat(format) as ImportFormat,
        source: source(text),
        actor: admin,
      });
      expect(result.ok).toBe(true);
    }
  });
  afterAll(async () => {
    await database.close();
  });

  const lq = async (level: 'unit' | 'country', year: number) =>
    (
      await listIndicators(database.db, {
        filiere: 'outdoor',
        years: [year],
        level,
        measures: ['establishments-lq', 'employees-lq'],
      })
    ).items;

  test('a unit’s and a country’s share of the filière against the whole Espace Mont-Blanc’s', async () => {
    const units = await lq('unit', 2024);
    const value = (territory: string, measure: IndicatorRow['measure']) =>
      find(units, { territory, measure })?.value;
    expect(find(units, { territory: '74056', measure: 'establishments-lq' })).toMatchObject({
      value: 1.88,
      status: 'value',
      filiere: 'outdoor',
    });
    expect(value('007022', 'establishments-lq')).toBe(0.94);
    expect(value('6136', 'establishments-lq')).toBe(0.63);
    expect(value('74056', 'employees-lq')).toBe(1.87);
    expect(value('6136', 'employees-lq')).toBe(0.39);
    // A unit without any establishment has no share to compare.
    expect(find(units, { territory: '74143', measure: 'establishments-lq' })?.status).toBe('no-data');
    const countries = await lq('country', 2024);
    expect(find(countries, { territory: 'FR', measure: 'establishments-lq' })?.value).toBe(1.28);
  });

  test('a suppressed reference suppresses every quotient of the year; without every country there is none', async () => {
    const countries = await listIndicators(database.db, {
      filiere: 'outdoor',
      years: [2023],
      level: 'country',
      country: 'CH',
      measures: ['establishments'],
    });
    expect(countries.items[0]?.status).toBe('suppressed-frequency');
    const units = await lq('unit', 2023);
    for (const measure of ['establishments-lq', 'employees-lq'] as const) {
      expect(find(units, { territory: '74056', measure })).toMatchObject({
        value: null,
        status: 'suppressed-frequency',
      });
    }
    expect(units.filter((row) => row.status === 'value')).toEqual([]);
    // 2022: France's share is published, its quotient has no reference.
    const alone = await listIndicators(database.db, {
      filiere: 'outdoor',
      years: [2022],
      territory: '74056',
      measures: ['establishments-share', 'establishments-lq'],
    });
    expect(find(alone.items, { measure: 'establishments-share' })).toMatchObject({
      value: 60,
      status: 'value',
    });
    expect(find(alone.items, { measure: 'establishments-lq' })).toMatchObject({
      value: null,
      status: 'no-data',
    });
  });
});
