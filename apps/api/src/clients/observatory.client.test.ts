import { createMbiClient, type MbiClient } from '@mbi/client';
import { type Database, importFormat, runImport, synthesize } from '@mbi/db';
import { testEngines } from '@mbi/db/testing';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BASE_URL, createTestApp, type TestApp } from '../testing';

// Golden values: BRIEF.md (the partners' territories: 14 French communes; the filières); the six states of a cell
// named by issue 9. Figures come from a seeded synthetic SIRENE stock.
describe.each(testEngines())('observatory indicators through the client, API on $name', (engine) => {
  let database: Database;
  let api: TestApp;
  let client: MbiClient;

  beforeAll(async () => {
    database = await engine.open();
    api = await createTestApp(database);
    client = createMbiClient({ baseUrl: BASE_URL, fetch: api.fetch, lang: 'en' });
    const format = importFormat('sirene-establishments');
    if (format === undefined) throw new Error('no format');
    const imported = await runImport(database, {
      format,
      source: synthesize('sirene-establishments', { rows: 300, seed: 3, inTerritory: 1, year: 2024 }),
      year: 2024,
      actor: { principal: { kind: 'system', id: 't', label: 't', role: 'admin', partnerId: null } },
    });
    if (!imported.ok) throw new Error(imported.error.message);
  });
  afterAll(async () => {
    await database.close();
  });

  test('listIndicators: lists of measures and years, without a key', async () => {
    const result = await client.listIndicators({
      filiere: 'renovation',
      measures: ['establishments', 'establishments-per-1000'],
      years: [2024],
      country: 'FR',
    });
    if (!result.ok) throw new Error(result.problem.title);
    expect(result.value.items).toHaveLength(14 * 2);
    expect(result.value.notes.confidentiality).toMatch(/INSEE/);
    for (const row of result.value.items) {
      expect([
        'value',
        'suppressed-frequency',
        'suppressed-dominance',
        'suppressed-secondary',
        'suppressed-at-source',
        'no-data',
      ]).toContain(row.status);
      if (row.status !== 'value') expect(row.value).toBeNull();
    }
  });

  test('listIndicatorClasses: one row per class, and a problem for an unknown level', async () => {
    const result = await client.listIndicatorClasses({
      level: 'country',
      territory: 'FR',
      measures: ['employees'],
    });
    if (!result.ok) throw new Error(result.problem.title);
    expect(result.value.items.every((row) => row.naceClass !== null)).toBe(true);
    const bad = await client.listIndicators({ level: 'region' as 'unit' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problem.code).toBe('validation-failed');
  });
});
