import { createHash } from 'node:crypto';
import { z } from '@hono/zod-openapi';
import { currentChangeSeq, listTerritories, TERRITORY_DATA_VERSION, type TerritoryRecord } from '@mbi/db';
import {
  CountryCodeSchema,
  type Locale,
  Nuts3CodeSchema,
  PartnerIdSchema,
  TerritoryKindSchema,
} from '@mbi/domain';
import { BOUNDARY_ATTRIBUTION, getTerritoryBoundaries, TERRITORY_TOPOLOGY } from '@mbi/geo';
import { createTranslator } from '@mbi/i18n';
import type { AppDeps } from '../../context';
import { type CsvColumn, type CsvOptions, csvOptionsFor, toCsv } from '../../lib/csv';
import { localeOf } from '../../lib/locale';
import { formatOf, type Representation, representation, send } from '../../lib/respond';
import { createRouter, defineRoute, problemAnswer } from '../../lib/router';
import { csvContent, ListQuery, notModified } from '../../lib/schemas';

const TAGS = ['Territories'];

const FilterQuery = z.object({
  country: CountryCodeSchema.optional(),
  partner: PartnerIdSchema.optional(),
});

export const TerritorySchema = z
  .object({
    country: CountryCodeSchema,
    code: z.string().openapi({ description: 'INSEE commune code, ISTAT comune code or BFS number.' }),
    kind: TerritoryKindSchema,
    name: z.string(),
    nuts3: Nuts3CodeSchema,
    partner: PartnerIdSchema,
    listYear: z
      .number()
      .int()
      .nullable()
      .openapi({ description: 'Year of the official list the code and name come from.' }),
    population: z
      .object({ year: z.number().int(), value: z.number().int(), source: z.string() })
      .nullable()
      .openapi({ description: 'The latest population known (legal population for France).' }),
    formerCodes: z
      .array(z.object({ code: z.string(), name: z.string(), effectiveYear: z.number().int().nullable() }))
      .openapi({ description: 'Codes merged into this unit, with the first year of its current code.' }),
  })
  .openapi('Territory');

export const TerritoryListSchema = z
  .object({ items: z.array(TerritorySchema), attribution: z.string() })
  .openapi('TerritoryList');

const PositionSchema = z.array(z.number());
const TerritoryFeatureSchema = z
  .object({
    type: z.literal('Feature'),
    properties: z.object({
      code: z.string(),
      name: z.string(),
      country: CountryCodeSchema,
      partner: PartnerIdSchema.nullable(),
    }),
    geometry: z.object({
      type: z.enum(['Polygon', 'MultiPolygon']),
      coordinates: z.array(z.array(z.union([PositionSchema, z.array(PositionSchema)]))),
    }),
  })
  .openapi('TerritoryFeature');
export const TerritoryFeatureCollectionSchema = z
  .object({ type: z.literal('FeatureCollection'), features: z.array(TerritoryFeatureSchema) })
  .openapi('TerritoryFeatureCollection');

const view = (unit: TerritoryRecord) => ({
  country: unit.country,
  code: unit.code,
  kind: unit.kind,
  name: unit.name,
  nuts3: unit.nuts3,
  partner: unit.partnerId,
  listYear: unit.listYear,
  population: unit.population,
  formerCodes: unit.formerCodes,
});

type TerritoryView = ReturnType<typeof view>;

function territoriesJson(rows: TerritoryView[], version: string, key: string): Representation {
  return representation(
    JSON.stringify({ items: rows, attribution: BOUNDARY_ATTRIBUTION }),
    'application/json; charset=utf-8',
    `t${version}-${key}`,
  );
}

function territoriesCsv(
  rows: TerritoryView[],
  locale: Locale,
  options: CsvOptions,
  version: string,
  key: string,
): Representation {
  const t = createTranslator(locale);
  const columns: CsvColumn<TerritoryView>[] = [
    { header: t('territory.column.country'), value: (r) => r.country },
    { header: t('territory.column.code'), value: (r) => r.code },
    { header: t('territory.column.name'), value: (r) => r.name },
    { header: t('territory.column.kind'), value: (r) => r.kind },
    { header: 'NUTS 3', value: (r) => r.nuts3 },
    { header: t('territory.column.partner'), value: (r) => r.partner },
    { header: t('territory.column.listYear'), value: (r) => r.listYear },
    { header: t('territory.column.populationYear'), value: (r) => r.population?.year },
    { header: t('territory.column.population'), value: (r) => r.population?.value },
    { header: t('territory.column.formerCodes'), value: (r) => r.formerCodes.map((f) => f.code) },
  ];
  return representation(
    toCsv(columns, rows, options),
    'text/csv; charset=utf-8; header=present',
    `t${version}-${key}`,
  );
}

/** A version of the committed boundaries: the content hash of the topology, computed once per process. */
let boundaryVersion: string | undefined;
function boundariesVersion(): string {
  boundaryVersion ??= createHash('sha256')
    .update(JSON.stringify(TERRITORY_TOPOLOGY))
    .digest('hex')
    .slice(0, 16);
  return boundaryVersion;
}

/**
 * `GET /v1/territories` and `GET /v1/territories.geojson`: the partners' territory units (official codes and
 * names, list year, NUTS 3, partner, latest population, former codes) and their simplified boundaries —
 * public reference data, serialised once per data version (the ETag).
 */
export function createTerritoryRoutes({ database }: Pick<AppDeps, 'database'>) {
  // Representations of the current data version only: a new version (an import of populations) replaces them.
  let cachedVersion = '';
  const cache = new Map<string, Representation>();
  const geojson = new Map<string, Representation>();

  return createRouter()
    .openapi(
      defineRoute({
        method: 'get',
        path: '/territories',
        operationId: 'listTerritories',
        access: 'public',
        tags: TAGS,
        summary: 'The partners’ territory units: codes, names, list year, NUTS 3, population, former codes',
        request: { query: ListQuery.extend(FilterQuery.shape) },
        responses: {
          200: {
            description: 'Territory units, in the order FR, IT, CH, then by code',
            content: { 'application/json': { schema: TerritoryListSchema }, ...csvContent },
          },
          ...notModified,
          406: problemAnswer('Neither JSON nor CSV is acceptable'),
        },
      }),
      async (c) => {
        const query = c.req.valid('query');
        const locale: Locale = localeOf(c);
        const format = formatOf(c);
        const version = `${TERRITORY_DATA_VERSION}.${await currentChangeSeq(database.db)}`;
        const filters = { country: query.country, partnerId: query.partner };
        const csv = csvOptionsFor(locale, query.sep);
        const key = `${format}|${locale}|${csv.separator}|${query.country ?? ''}|${query.partner ?? ''}`;
        if (version !== cachedVersion) {
          cache.clear();
          cachedVersion = version;
        }
        let entry = cache.get(key);
        if (entry === undefined) {
          const rows = (await listTerritories(database.db, filters)).items.map(view);
          entry =
            format === 'json'
              ? territoriesJson(rows, version, key)
              : territoriesCsv(rows, locale, csv, version, key);
          cache.set(key, entry);
        }
        return send(c, entry);
      },
    )
    .openapi(
      defineRoute({
        method: 'get',
        path: '/territories.geojson',
        operationId: 'getTerritoryBoundaries',
        access: 'public',
        tags: TAGS,
        summary: 'Simplified boundaries of the territory units (RFC 7946 GeoJSON, WGS 84)',
        description: `Properties: code, name, country, partner (null for the context communes of Haute-Savoie, with \`context=true\`). Credit: ${BOUNDARY_ATTRIBUTION}`,
        request: {
          query: FilterQuery.extend({
            context: z.enum(['true', 'false']).optional().openapi({
              description: 'Also the other communes of Haute-Savoie, as background (partner null).',
            }),
          }),
        },
        responses: {
          200: {
            description: 'A FeatureCollection; its ETag is the version of the committed boundary file',
            content: { 'application/geo+json': { schema: TerritoryFeatureCollectionSchema } },
          },
          ...notModified,
        },
      }),
      (c) => {
        const query = c.req.valid('query');
        const key = `${query.country ?? ''}|${query.partner ?? ''}|${query.context ?? ''}`;
        let entry = geojson.get(key);
        if (entry === undefined) {
          const collection = getTerritoryBoundaries({
            ...(query.country === undefined ? {} : { country: query.country }),
            ...(query.partner === undefined ? {} : { partner: query.partner }),
            includeContext: query.context === 'true',
          });
          entry = representation(
            JSON.stringify(collection),
            'application/geo+json',
            `b${boundariesVersion()}-${key}`,
          );
          geojson.set(key, entry);
        }
        return c.body(entry.body, 200, {
          'Content-Type': entry.contentType,
          ETag: entry.etag,
          'Cache-Control': 'public, max-age=3600',
        });
      },
    );
}
