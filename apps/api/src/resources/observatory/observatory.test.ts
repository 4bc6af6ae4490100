import { Readable } from 'node:stream';
import { type Database, importFormat, runImport, synthesize } from '@mbi/db';
import { testEngines } from '@mbi/db/testing';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../../testing';

// Golden values: BRIEF.md (filières outdoor, phyto, renovation; 14 French communes of the two communities, 74056
// Chamonix-Mont-Blanc); INSEE's confidentiality rule (cells of fewer than 3 establishments are not published). The
// figures themselves come from synthetic SIRENE stocks (seeded), checked for consistency, not for values.

const admin = {
  principal: { kind: 'system', id: 'test', label: 'test', role: 'admin', partnerId: null },
} as const;

async function importStock(database: Database, year: number, seed: number, rows: number) {
  const format = importFormat('sirene-establishments');
  if (format === undefined) throw new Error('no format');
  const result = await runImport(database, {
    format,
    source: synthesize('sirene-establishments', { rows, seed, inTerritory: 1, year }),
    year,
    actor: admin,
  });
  if (!result.ok) throw new Error(result.error.message);
}

interface Body {
  items: Array<{
    year: number;
    level: string;
    territory: string;
    filiere: string;
    naceClass: string | null;
    naceLabel: string | null;
    measure: string;
    value: number | null;
    low: number | null;
    high: number | null;
    status: string;
    weight: string | null;
  }>;
  years: number[];
  legend: { measures: Record<string, string>; statuses: Record<string, string> };
  notes: { confidentiality: string; employees: string; partial: string };
}

describe.each(testEngines())('observatory indicators on $name', (engine) => {
  let database: Database;
  let app: TestApp['app'];
  beforeAll(async () => {
    database = await engine.open();
    app = (await createTestApp(database)).app;
    await importStock(database, 2023, 7, 400);
    await importStock(database, 2024, 8, 400);
  });
  afterAll(async () => {
    await database.close();
  });

  test('GET /v1/observatory/indicators: public, long form, a state on every row, no value behind a suppression', async () => {
    const response = await app.request('/v1/observatory/indicators?filiere=outdoor&year=2024&country=FR');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-language')).toBe('fr');
    const body = (await response.json()) as Body;
    expect(body.years).toEqual([2023, 2024]);
    // 14 communes × 12 measures, one filière, one year.
    expect(body.items).toHaveLength(168);
    expect(new Set(body.items.map((item) => item.measure)).size).toBe(12);
    for (const item of body.items) {
      expect(item).toMatchObject({ year: 2024, level: 'unit', filiere: 'outdoor', naceClass: null });
      if (item.status !== 'value') expect(item).toMatchObject({ value: null, low: null, high: null });
    }
    expect(body.notes.confidentiality).toMatch(/85/);
    expect(body.legend.statuses['suppressed-secondary']).toMatch(/secondaire/);

    const partners = (await (
      await app.request('/v1/observatory/indicators?level=partner&measure=establishments,employees&year=2024')
    ).json()) as Body;
    // Two French partners, the Italian and the Swiss one (no data: no-data rows), 3 filières, 2 measures.
    expect(partners.items).toHaveLength(4 * 3 * 2);
    expect(partners.items.filter((item) => item.status === 'no-data')).toHaveLength(2 * 3 * 2);
    const employees = partners.items.find(
      (item) =>
        item.measure === 'employees' && item.status === 'value' && item.value !== null && item.value > 0,
    );
    expect(employees?.low).toBeLessThanOrEqual(employees?.value ?? -1);
    expect(employees?.high ?? Number.POSITIVE_INFINITY).toBeGreaterThanOrEqual(employees?.value ?? 0);
  });

  test('units add up to their partner where every cell is published', async () => {
    const units = (await (
      await app.request('/v1/observatory/indicators?measure=establishments&year=2024&country=FR')
    ).json()) as Body;
    const partners = (await (
      await app.request(
        '/v1/observatory/indicators?measure=establishments&year=2024&country=FR&level=partner',
      )
    ).json()) as Body;
    const territories = (await (await app.request('/v1/territories?country=FR')).json()) as {
      items: { code: string; partner: string }[];
    };
    const partnerOf = new Map(territories.items.map((unit) => [unit.code, unit.partner]));
    for (const partner of partners.items) {
      const members = units.items.filter(
        (unit) => unit.filiere === partner.filiere && partnerOf.get(unit.territory) === partner.territory,
      );
      const hidden = members.filter((unit) => unit.status !== 'value');
      if (partner.status === 'value' && hidden.length === 0) {
        expect(members.reduce((sum, unit) => sum + (unit.value ?? 0), 0)).toBe(partner.value);
      }
      // Never exactly one hidden member under a published total: it could be recovered by subtraction.
      if (partner.status === 'value') expect(hidden.length).not.toBe(1);
    }
  });

  test('GET /v1/observatory/classes: NACE classes with their labels and weights, in the request’s language', async () => {
    const response = await app.request(
      '/v1/observatory/classes?territory=FR&level=country&year=2024&measure=establishments&lang=it',
    );
    expect(response.status).toBe(200);
    const body = (await response.json()) as Body;
    expect(body.items.length).toBeGreaterThan(0);
    for (const item of body.items) {
      expect(item.naceClass).toMatch(/^\d{2}\.\d{2}$/);
      expect(item.naceLabel).not.toBeNull();
      expect(['core', 'partial']).toContain(item.weight);
    }
    expect(body.legend.measures.establishments).toBe('Unità locali');
  });

  test('CSV with a status column and localized headers; no figure of a suppressed cell', async () => {
    const response = await app.request(
      '/v1/observatory/indicators?format=csv&year=2024&country=FR&measure=establishments&lang=fr',
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (await response.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    const header = lines[0]?.split(';') ?? [];
    expect(header).toEqual([
      'Année',
      'Niveau',
      'Pays',
      'Code du territoire',
      'Territoire',
      'Filière',
      'Mesure',
      'Valeur',
      'Borne basse',
      'Borne haute',
      'Statut',
      'Poids dans la filière',
      'Source',
      'Base des effectifs',
    ]);
    const status = header.indexOf('Statut');
    const value = header.indexOf('Valeur');
    expect(lines).toHaveLength(1 + 14 * 3);
    for (const line of lines.slice(1)) {
      const cells = line.split(';');
      if (cells[status] !== 'value') expect(cells[value]).toBe('');
    }
  });

  test('ETag from the data version: 304, then a new one after an import', async () => {
    const first = await app.request('/v1/observatory/indicators?year=2024&measure=establishments');
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"o/);
    const again = await app.request('/v1/observatory/indicators?year=2024&measure=establishments', {
      headers: { 'If-None-Match': etag },
    });
    expect(again.status).toBe(304);
    await importStock(database, 2024, 9, 300);
    const after = await app.request('/v1/observatory/indicators?year=2024&measure=establishments', {
      headers: { 'If-None-Match': etag },
    });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etag);
  });

  test('invalid filters are problem documents in the request’s language', async () => {
    const response = await app.request('/v1/observatory/indicators?measure=turnover&lang=de');
    expect(response.status).toBe(400);
    expect(response.headers.get('content-language')).toBe('de');
    const problem = (await response.json()) as { code: string; errors: { field: string }[] };
    expect(problem.code).toBe('validation-failed');
    expect(problem.errors[0]?.field).toBe('query.measure');
    expect((await app.request('/v1/observatory/indicators?year=24')).status).toBe(400);
    expect((await app.request('/v1/observatory/indicators?level=region')).status).toBe(400);
  });

  test('location quotients: none while only France has data, then against the three countries, in JSON and CSV', async () => {
    const url =
      '/v1/observatory/indicators?measure=establishments-lq,employees-lq&year=2024&level=country&filiere=outdoor';
    const before = (await (await app.request(url)).json()) as Body;
    // France's quotient has no reference without Italy and Switzerland; they have no data at all.
    expect(before.items).toHaveLength(3 * 2);
    expect(before.items.every((item) => item.status === 'no-data' && item.value === null)).toBe(true);
    expect(before.legend.measures['establishments-lq']).toMatch(/^Quotient de localisation/);

    // Published counts of Courmayeur (ISTAT ASIA) and Martigny (BFS STATENT): outdoor (32.30) and supermarkets.
    for (const [id, text] of [
      [
        'istat-asia-local-units',
        'CODICE COMUNE;ATECO 2007;ANNO;UNITA LOCALI;ADDETTI\n007022;32.30.00;2024;5;12\n007022;47.11.00;2024;9;20',
      ],
      [
        'bfs-statent',
        'GDENR;NOGA;JAHR;ARBST;BESCH;VZAE\n6136;323000;2024;4;8;6.0\n6136;471100;2024;12;30;25.0',
      ],
    ] as const) {
      const result = await runImport(database, {
        format: importFormat(id) as NonNullable<ReturnType<typeof importFormat>>,
        source: Readable.from([Buffer.from(text)]),
        actor: admin,
      });
      if (!result.ok) throw new Error(result.error.message);
    }
    const after = (await (await app.request(url)).json()) as Body;
    const published = after.items.filter((item) => item.status === 'value');
    expect(published).toHaveLength(3 * 2);
    for (const item of after.items) {
      if (item.status === 'value') expect(item.value).toBeGreaterThan(0);
      else expect(item.value).toBeNull();
    }
    const csv = await (await app.request(`${url}&format=csv&lang=fr`)).text();
    const rows = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
      .slice(1)
      .map((line) => line.split(';'));
    expect(rows).toHaveLength(after.items.length);
    for (const cells of rows.filter((row) => row[10] === 'value')) {
      expect(cells[6]).toMatch(/^(establishments|employees)-lq$/);
      expect(cells[7]).toMatch(/^\d+(,\d{1,2})?$/);
    }
  });
});
