import type { Database } from '@mbi/db';
import { testEngines } from '@mbi/db/testing';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../../testing';

// Golden values: BRIEF.md (14 communes, 74 comuni, 122 Valais municipalities; NUTS 3 FRK28, ITC20, CH012); INSEE
// legal population 2022 of Vallorcine (453); BFS: Val de Bagnes 6037 took over Bagnes 6031 and Vollèges 6036 in 2021.
describe.each(testEngines())('territories on $name', (engine) => {
  let database: Database;
  let app: TestApp['app'];
  beforeAll(async () => {
    database = await engine.open();
    app = (await createTestApp(database)).app;
  });
  afterAll(async () => {
    await database.close();
  });

  test('GET /v1/territories lists every unit, with filters, as public data', async () => {
    const response = await app.request('/v1/territories');
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      items: Array<{ country: string; code: string; partner: string; nuts3: string; population: unknown }>;
      attribution: string;
    };
    expect(body.items).toHaveLength(210);
    expect(body.attribution).toMatch(/IGN/);
    const vallorcine = body.items.find((unit) => unit.code === '74290');
    expect(vallorcine).toMatchObject({ partner: 'cc-vallee-chamonix', nuts3: 'FRK28' });
    expect(vallorcine?.population).toMatchObject({ year: 2022, value: 453 });
    const swiss = (await (await app.request('/v1/territories?country=CH')).json()) as typeof body;
    expect(swiss.items).toHaveLength(122);
    expect(swiss.items.find((unit) => unit.code === '6037')).toMatchObject({
      formerCodes: [
        { code: '6031', name: 'Bagnes', effectiveYear: 2021 },
        { code: '6036', name: 'Vollèges', effectiveYear: 2021 },
      ],
    });
    const pays = (await (
      await app.request('/v1/territories?partner=cc-pays-mont-blanc')
    ).json()) as typeof body;
    expect(pays.items).toHaveLength(10);
    const bad = await app.request('/v1/territories?country=DE');
    expect(bad.status).toBe(400);
  });

  test('an ETag from the data version answers 304', async () => {
    const first = await app.request('/v1/territories?country=IT');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"t/);
    const again = await app.request('/v1/territories?country=IT', {
      headers: { 'If-None-Match': etag ?? '' },
    });
    expect(again.status).toBe(304);
  });

  test('CSV with localised headers', async () => {
    const response = await app.request('/v1/territories?format=csv&partner=cc-vallee-chamonix&lang=it');
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (await response.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'Paese;Codice ufficiale;Nome;Tipo di unità;NUTS 3;Partner;Anno dell’elenco;Anno della popolazione;Popolazione;Codici precedenti',
    );
    expect(lines).toHaveLength(5);
    expect(lines[1]).toMatch(
      /^FR;74056;Chamonix-Mont-Blanc;commune;FRK28;cc-vallee-chamonix;2026;2022;8705;$/,
    );
  });

  test('GET /v1/territories.geojson is RFC 7946 GeoJSON in WGS 84 with code, name, country, partner', async () => {
    const response = await app.request('/v1/territories.geojson');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/geo+json');
    const collection = (await response.json()) as {
      type: string;
      features: Array<{
        properties: Record<string, unknown>;
        geometry: { type: string; coordinates: unknown };
      }>;
    };
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features).toHaveLength(210);
    for (const item of collection.features) {
      expect(Object.keys(item.properties).sort()).toEqual(['code', 'country', 'name', 'partner']);
      const positions =
        JSON.stringify(item.geometry.coordinates)
          .match(/-?\d+(\.\d+)?/g)
          ?.map(Number) ?? [];
      for (let index = 0; index < positions.length; index += 2) {
        // The Espace Mont-Blanc and Valais lie between 5.8–8.5° E and 45.4–46.7° N.
        expect(positions[index]).toBeGreaterThan(5);
        expect(positions[index]).toBeLessThan(9);
        expect(positions[index + 1]).toBeGreaterThan(45);
        expect(positions[index + 1]).toBeLessThan(47);
      }
    }
    const etag = response.headers.get('etag') ?? '';
    const again = await app.request('/v1/territories.geojson', { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    const chamonix = (await (
      await app.request('/v1/territories.geojson?partner=cc-vallee-chamonix')
    ).json()) as typeof collection;
    expect(chamonix.features.map((item) => item.properties.name)).toEqual([
      'Chamonix-Mont-Blanc',
      'Les Houches',
      'Servoz',
      'Vallorcine',
    ]);
    const context = (await (
      await app.request('/v1/territories.geojson?country=FR&context=true')
    ).json()) as typeof collection;
    expect(context.features).toHaveLength(281);
  });
});
