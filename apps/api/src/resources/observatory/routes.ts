import { z } from '@hono/zod-openapi';
import {
  CELL_STATES,
  INDICATOR_LEVELS,
  INDICATOR_MEASURES,
  INDICATOR_WEIGHTS,
  type IndicatorFilters,
  type IndicatorMeasure,
  type IndicatorRow,
  indicatorsVersion,
  listIndicators,
} from '@mbi/db';
import { CountryCodeSchema, type FILIERE_IDS, FiliereIdSchema, type Locale } from '@mbi/domain';
import { createTranslator, getLabels } from '@mbi/i18n';
import { FILIERE_MAP_VERSION, getLabel } from '@mbi/taxonomy';
import type { Context } from 'hono';
import type { AppDeps, AppEnv } from '../../context';
import { type CsvColumn, csvOptionsFor, toCsv } from '../../lib/csv';
import { localeOf } from '../../lib/locale';
import { formatOf, type Representation, representation, send } from '../../lib/respond';
import { createRouter, defineRoute, problemAnswer } from '../../lib/router';
import { csvContent, ListQuery, notModified } from '../../lib/schemas';

const TAGS = ['Observatory'];

const listOf = (values: readonly string[]) => {
  const one = `(?:${values.join('|')})`;
  return new RegExp(`^${one}(?:,${one})*$`);
};

const IndicatorQuery = ListQuery.extend({
  filiere: FiliereIdSchema.optional(),
  measure: z
    .string()
    .max(400)
    .regex(listOf(INDICATOR_MEASURES))
    .optional()
    .openapi({
      description: `Measures, comma-separated (default all): ${INDICATOR_MEASURES.join(', ')}.`,
      example: 'establishments,employees-per-1000',
    }),
  year: z
    .string()
    .max(200)
    .regex(/^\d{4}(?:,\d{4})*$/)
    .optional()
    .openapi({ description: 'Years, comma-separated (default every year with data).', example: '2023,2024' }),
  level: z
    .enum(INDICATOR_LEVELS)
    .optional()
    .openapi({ description: 'unit (default: the communes), partner (partner territories) or country.' }),
  country: CountryCodeSchema.optional(),
  territory: z
    .string()
    .max(40)
    .regex(/^[A-Za-z0-9-]+$/)
    .optional()
    .openapi({
      description: 'One territory at the chosen level: a unit code, a partner id or a country code.',
    }),
});

const IndicatorRowSchema = z
  .object({
    year: z.number().int(),
    level: z.enum(INDICATOR_LEVELS),
    country: CountryCodeSchema,
    territory: z
      .string()
      .openapi({ description: 'Unit code (INSEE, ISTAT, BFS), partner id or country code.' }),
    name: z.string(),
    filiere: FiliereIdSchema,
    naceClass: z
      .string()
      .nullable()
      .openapi({ description: 'NACE class (class breakdown); null for a total.' }),
    naceLabel: z.string().nullable(),
    measure: z.enum(INDICATOR_MEASURES),
    value: z.number().nullable().openapi({ description: 'Null unless status is `value`.' }),
    low: z
      .number()
      .nullable()
      .openapi({ description: 'Employees from size bands: lower bound of the range.' }),
    high: z
      .number()
      .nullable()
      .openapi({ description: 'Employees from size bands: upper bound (null when a band is open-ended).' }),
    status: z.enum(CELL_STATES),
    weight: z.enum(INDICATOR_WEIGHTS).nullable().openapi({
      description:
        'core; partial: a class the filière map weighs partial, counted in full; mixed: a total holding such classes.',
    }),
    source: z.string().nullable(),
    employeesBasis: z
      .string()
      .nullable()
      .openapi({ description: 'size-bands, persons-employed (ISTAT addetti) or employees (BFS).' }),
  })
  .openapi('IndicatorRow');

export const IndicatorListSchema = z
  .object({
    items: z.array(IndicatorRowSchema),
    years: z.array(z.number().int()).openapi({ description: 'Every year the observatory has data for.' }),
    legend: z.object({
      measures: z.record(z.string(), z.string()),
      statuses: z.record(z.string(), z.string()),
      weights: z.record(z.string(), z.string()),
    }),
    notes: z.object({ confidentiality: z.string(), employees: z.string(), partial: z.string() }),
    filiereMapVersion: z.string(),
  })
  .openapi('IndicatorList');

type Row = IndicatorRow & { naceLabel: string | null };

function legendOf(locale: Locale) {
  const t = createTranslator(locale);
  return {
    legend: {
      measures: Object.fromEntries(
        INDICATOR_MEASURES.map((measure) => [measure, t(`observatory.indicator.measure.${measure}`)]),
      ),
      statuses: Object.fromEntries(
        CELL_STATES.map((state) => [state, t(`observatory.indicator.status.${state}`)]),
      ),
      weights: Object.fromEntries(
        INDICATOR_WEIGHTS.map((weight) => [weight, t(`observatory.indicator.weight.${weight}`)]),
      ),
    },
    notes: {
      confidentiality: t('observatory.indicator.note.confidentiality'),
      employees: t('observatory.indicator.note.employees'),
      partial: t('observatory.indicator.note.partial'),
    },
  };
}

function csvOf(rows: Row[], locale: Locale, separator: string | undefined, classes: boolean): string {
  const t = createTranslator(locale);
  const filieres = getLabels(locale).filiere;
  const options = csvOptionsFor(locale, separator);
  const number = (value: number | null) => (value === null ? null : String(value));
  const columns: CsvColumn<Row>[] = [
    { header: t('observatory.indicator.column.year'), value: (r) => r.year },
    { header: t('observatory.indicator.column.level'), value: (r) => r.level },
    { header: t('observatory.indicator.column.country'), value: (r) => r.country },
    { header: t('observatory.indicator.column.territory'), value: (r) => r.territory },
    { header: t('observatory.indicator.column.name'), value: (r) => r.name },
    {
      header: t('observatory.indicator.column.filiere'),
      value: (r) => filieres[r.filiere as (typeof FILIERE_IDS)[number]] ?? r.filiere,
    },
    ...(classes
      ? [
          { header: t('observatory.indicator.column.naceClass'), value: (r: Row) => r.naceClass },
          { header: t('observatory.indicator.column.naceLabel'), value: (r: Row) => r.naceLabel },
        ]
      : []),
    { header: t('observatory.indicator.column.measure'), value: (r) => r.measure },
    { header: t('observatory.indicator.column.value'), value: (r) => number(r.value), kind: 'decimal' },
    { header: t('observatory.indicator.column.low'), value: (r) => number(r.low), kind: 'decimal' },
    { header: t('observatory.indicator.column.high'), value: (r) => number(r.high), kind: 'decimal' },
    { header: t('observatory.indicator.column.status'), value: (r) => r.status },
    { header: t('observatory.indicator.column.weight'), value: (r) => r.weight },
    { header: t('observatory.indicator.column.source'), value: (r) => r.source },
    { header: t('observatory.indicator.column.employeesBasis'), value: (r) => r.employeesBasis },
  ];
  return toCsv(columns, rows, options);
}

const MAX_CACHED = 256;

/**
 * `GET /v1/observatory/indicators` and `/classes`: the observatory's indicators per filière × territory × year
 * (and NACE class), in tidy long form, JSON or CSV, public. They are read from the table the imports refresh in
 * their transaction, serialised once per (data version, filters, language, format): the ETag is the version.
 */
export function createObservatoryRoutes({ database }: Pick<AppDeps, 'database'>) {
  let cachedVersion = '';
  const cache = new Map<string, Representation>();

  const answer = async (
    c: Context<AppEnv>,
    query: z.infer<typeof IndicatorQuery>,
    breakdown: 'filiere' | 'class',
  ) => {
    const locale = localeOf(c);
    const format = formatOf(c);
    const version = await indicatorsVersion(database.db);
    if (version !== cachedVersion || cache.size >= MAX_CACHED) {
      cache.clear();
      cachedVersion = version;
    }
    const csv = csvOptionsFor(locale, query.sep);
    const key = [
      breakdown,
      format,
      locale,
      csv.separator,
      query.filiere,
      query.measure,
      query.year,
      query.level,
      query.country,
      query.territory,
    ].join('|');
    let entry = cache.get(key);
    if (entry === undefined) {
      const filters: IndicatorFilters = {
        breakdown,
        filiere: query.filiere,
        level: query.level,
        country: query.country,
        territory: query.territory,
        measures: query.measure?.split(',') as IndicatorMeasure[] | undefined,
        years: query.year?.split(',').map(Number),
      };
      const list = await listIndicators(database.db, filters);
      const rows: Row[] = list.items.map((item) => ({
        ...item,
        naceLabel: item.naceClass === null ? null : (getLabel(item.naceClass, locale) ?? null),
      }));
      entry =
        format === 'json'
          ? representation(
              JSON.stringify({
                items: rows,
                years: list.years,
                ...legendOf(locale),
                filiereMapVersion: FILIERE_MAP_VERSION,
              }),
              'application/json; charset=utf-8',
              `o${version}-${key}`,
            )
          : representation(
              csvOf(rows, locale, query.sep, breakdown === 'class'),
              'text/csv; charset=utf-8; header=present',
              `o${version}-${key}`,
            );
      cache.set(key, entry);
    }
    return send(c, entry);
  };

  const responses = (description: string) => ({
    200: {
      description,
      content: { 'application/json': { schema: IndicatorListSchema }, ...csvContent },
    },
    ...notModified,
    406: problemAnswer('Neither JSON nor CSV is acceptable'),
  });

  return createRouter()
    .openapi(
      defineRoute({
        method: 'get',
        path: '/indicators',
        operationId: 'listIndicators',
        access: 'public',
        tags: TAGS,
        summary:
          'Indicators per filière × territory × year, with their confidentiality state (tidy long form)',
        description:
          'One row per year × territory × filière × measure. A cell suppressed by statistical confidentiality ' +
          'carries its `status` and no value. Employees of establishment-level sources come from size bands ' +
          '(central estimate, with `low`/`high`). Partial classes count in full: `weight` says so.',
        request: { query: IndicatorQuery },
        responses: responses('Indicators, by year, country, level, territory, filière and measure'),
      }),
      (c) => answer(c, c.req.valid('query'), 'filiere'),
    )
    .openapi(
      defineRoute({
        method: 'get',
        path: '/classes',
        operationId: 'listIndicatorClasses',
        access: 'public',
        tags: TAGS,
        summary: 'Indicators broken down by NACE class of each filière (tidy long form)',
        description:
          'As /indicators, one row per NACE class with establishments in the territory; `weight` is `partial` ' +
          'for a class the filière map puts only partly in the filière. A class shared by two filières has the ' +
          'same state in both.',
        request: { query: IndicatorQuery },
        responses: responses('Indicators by NACE class'),
      }),
      (c) => answer(c, c.req.valid('query'), 'class'),
    );
}
