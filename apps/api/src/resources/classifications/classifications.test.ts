import { type Database, openDatabase } from '@mbi/db';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../../testing';

let database: Database;
let app: TestApp['app'];

beforeAll(async () => {
  database = await openDatabase({ dataDir: 'memory://' });
  app = (await createTestApp(database)).app;
});
afterAll(async () => {
  await database.close();
});

describe('GET /v1/classifications/{code}', () => {
  test('NAF 43.31Z (plâtrerie) is renovation', async () => {
    const body = (await (await app.request('/v1/classifications/43.31Z')).json()) as {
      naceClass: string;
      filieres: { filiere: string }[];
      naceLabel: string;
    };
    expect(body.naceClass).toBe('43.31');
    expect(body.naceLabel).toBe('Travaux de plâtrerie');
    expect(body.filieres.map((f) => f.filiere)).toEqual(['renovation']);
  });

  test('a 2025 code classifies like its 2008 predecessor (47.64 → 47.63)', async () => {
    const body = (await (await app.request('/v1/classifications/47.63?scheme=nace2025')).json()) as {
      filieres: { filiere: string }[];
    };
    expect(body.filieres.map((f) => f.filiere)).toEqual(['outdoor']);
  });

  test('not a code → 400, unknown code → 404, bad scheme → 400', async () => {
    expect((await app.request('/v1/classifications/hello')).status).toBe(400);
    expect((await app.request('/v1/classifications/43.35')).status).toBe(404);
    expect((await app.request('/v1/classifications/43.31?scheme=sic')).status).toBe(400);
  });
});
