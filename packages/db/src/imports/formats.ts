import { ACTIVITY_CODE_SCHEMES, CountryCodeSchema, ESTABLISHMENT_STATUSES, SIZE_BANDS } from '@mbi/domain';
import { z } from 'zod';

/**
 * Column mappings of the files the observatory imports, declared as data: a partner adds a variant of a
 * format (other column names, another separator, other codes) by writing a JSON object of this shape — no
 * code. `mbi import --mapping my-format.json …` reads one; the built-in ones are below.
 */

const Column = z.string().min(1).max(200);
const SchemeSchema = z.enum(ACTIVITY_CODE_SCHEMES);

/** A value read from a column and translated through a table (keys are the file's values, trimmed). */
const MappedColumn = <T extends z.ZodType>(value: T) =>
  z.strictObject({
    column: Column,
    /** File value → domain value; `null` refuses the row with this value (e.g. an old nomenclature). */
    map: z.record(z.string(), value.nullable()),
  });

const DateColumn = z.strictObject({
  column: Column,
  /** `iso` (2024-03-01), `dmy` (01/03/2024 or 01-03-2024), `ymd` (20240301). */
  format: z.enum(['iso', 'dmy', 'ymd']).default('iso'),
});

const TerritoryColumn = z.strictObject({
  column: Column,
  /** Left-pad with zeros to this width (ISTAT codes written as numbers: 7003 → 007003). */
  padTo: z.number().int().min(1).max(8).optional(),
});

const CsvSettings = z
  .strictObject({
    delimiter: z.enum([',', ';', '\t', '|']).default(','),
    /** Text encoding of the file. */
    encoding: z.enum(['utf8', 'latin1']).default('utf8'),
  })
  .prefault({});

const Common = {
  /** Lower-case id, as `mbi import <format>` names it. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/),
  label: z.string().min(1).max(200),
  country: CountryCodeSchema,
  csv: CsvSettings,
  /** Values that mean "not disclosed" (SIRENE writes `[ND]` in the hidden columns of partly hidden rows). */
  hiddenValues: z.array(z.string()).default([]),
};

export const EstablishmentFormatSchema = z.strictObject({
  ...Common,
  kind: z.literal('establishments'),
  columns: z.strictObject({
    identifier: Column,
    /** Columns tried in turn for a name; the identifier when all are empty or hidden. */
    name: z.array(Column).min(1),
    territory: TerritoryColumn,
    activityCode: Column,
    activityScheme: z.union([z.strictObject({ value: SchemeSchema }), MappedColumn(SchemeSchema)]),
    /** A table of size-band codes, or a head count turned into INSEE's bands (`headcount: true`). */
    sizeBand: z.union([
      MappedColumn(z.enum(SIZE_BANDS)).extend({ default: z.enum(SIZE_BANDS).optional() }),
      z.strictObject({ column: Column, headcount: z.literal(true) }),
    ]),
    status: MappedColumn(z.enum(ESTABLISHMENT_STATUSES)),
    openedOn: DateColumn,
    /** Read only when the status is `closed` (SIRENE's `dateDebut` is the start of the current period). */
    closedOn: DateColumn.optional(),
  }),
});

export const MEASURES = ['establishments', 'persons-employed', 'employees', 'fte'] as const;
export type Measure = (typeof MEASURES)[number];

export const CountFormatSchema = z.strictObject({
  ...Common,
  kind: z.literal('counts'),
  /** Cells the statistics office suppressed (kept as `suppressed-at-source`). */
  suppressedValues: z.array(z.string()).default([]),
  /** Decimal mark of the numbers (FTE may have decimals). */
  decimalMark: z.enum(['.', ',']).default('.'),
  columns: z.strictObject({
    territory: TerritoryColumn,
    activityCode: Column,
    activityScheme: z.union([z.strictObject({ value: SchemeSchema }), MappedColumn(SchemeSchema)]),
    year: Column,
    measures: z.array(z.strictObject({ measure: z.enum(MEASURES), column: Column })).min(1),
  }),
});

export const PopulationFormatSchema = z.strictObject({
  ...Common,
  kind: z.literal('population'),
  columns: z.strictObject({ territory: TerritoryColumn, year: Column, population: Column }),
});

/** One declared file layout: establishment rows, published counts, or populations. */
export const ImportFormatSchema = z.discriminatedUnion('kind', [
  EstablishmentFormatSchema,
  CountFormatSchema,
  PopulationFormatSchema,
]);
export type ImportFormat = z.infer<typeof ImportFormatSchema>;
export type EstablishmentFormat = z.infer<typeof EstablishmentFormatSchema>;
export type CountFormat = z.infer<typeof CountFormatSchema>;
export type PopulationFormat = z.infer<typeof PopulationFormatSchema>;
export type ImportKind = ImportFormat['kind'];

const SIRENE_BANDS = Object.fromEntries(SIZE_BANDS.map((band) => [band, band]));

/**
 * The built-in formats, as plain data (checked with {@link ImportFormatSchema} by the tests):
 * - `sirene-establishments` — INSEE SIRENE, stock des établissements (StockEtablissement_utf8.csv);
 * - `registro-imprese-local-units` — an extract of local units of the Registro Imprese (chamber of commerce);
 * - `istat-asia-local-units` — ISTAT ASIA, local units and persons employed by comune × ATECO;
 * - `bfs-statent` — BFS STATENT, establishments, employees and FTE by municipality × NOGA;
 * - `istat-population`, `bfs-population` — resident population by comune / municipality and year.
 *
 * The Italian and Swiss layouts are the project's declared layouts of those publications (column names of the
 * offices' download tools vary): check them against the file, and declare a variant when they differ.
 */
export const BUILT_IN_FORMATS = [
  {
    id: 'sirene-establishments',
    kind: 'establishments',
    label: 'INSEE SIRENE — stock des établissements',
    country: 'FR',
    csv: { delimiter: ',', encoding: 'utf8' },
    hiddenValues: ['[ND]'],
    columns: {
      identifier: 'siret',
      name: ['enseigne1Etablissement', 'denominationUsuelleEtablissement'],
      territory: { column: 'codeCommuneEtablissement' },
      activityCode: 'activitePrincipaleEtablissement',
      activityScheme: {
        column: 'nomenclatureActivitePrincipaleEtablissement',
        map: { NAFRev2: 'naf', NAF2025: 'naf2025', NAFRev1: null, NAF1993: null, NAP: null },
      },
      // INSEE: an empty band is a unit without a declared head count ("NN").
      sizeBand: { column: 'trancheEffectifsEtablissement', map: { ...SIRENE_BANDS, '': 'NN' } },
      status: { column: 'etatAdministratifEtablissement', map: { A: 'active', F: 'closed' } },
      openedOn: { column: 'dateCreationEtablissement', format: 'iso' },
      closedOn: { column: 'dateDebut', format: 'iso' },
    },
  },
  {
    id: 'registro-imprese-local-units',
    kind: 'establishments',
    label: 'Registro Imprese — unità locali (estratto della Camera di commercio)',
    country: 'IT',
    csv: { delimiter: ';', encoding: 'utf8' },
    hiddenValues: [],
    columns: {
      identifier: 'CODICE FISCALE',
      name: ['INSEGNA', 'DENOMINAZIONE'],
      territory: { column: 'CODICE ISTAT COMUNE', padTo: 6 },
      activityCode: 'CODICE ATECO',
      activityScheme: { column: 'CLASSIFICAZIONE ATECO', map: { '2007': 'ateco', '2025': 'ateco2025' } },
      sizeBand: { column: 'ADDETTI', headcount: true },
      status: {
        column: 'STATO ATTIVITA',
        map: { ATTIVA: 'active', INATTIVA: 'active', SOSPESA: 'active', CESSATA: 'closed' },
      },
      openedOn: { column: 'DATA APERTURA', format: 'dmy' },
      closedOn: { column: 'DATA CESSAZIONE', format: 'dmy' },
    },
  },
  {
    id: 'istat-asia-local-units',
    kind: 'counts',
    label: 'ISTAT ASIA — unità locali e addetti per comune e ATECO',
    country: 'IT',
    csv: { delimiter: ';', encoding: 'utf8' },
    hiddenValues: [],
    suppressedValues: ['..', 'x', 'X'],
    decimalMark: ',',
    columns: {
      territory: { column: 'CODICE COMUNE', padTo: 6 },
      activityCode: 'ATECO 2007',
      activityScheme: { value: 'ateco' },
      year: 'ANNO',
      measures: [
        { measure: 'establishments', column: 'UNITA LOCALI' },
        { measure: 'persons-employed', column: 'ADDETTI' },
      ],
    },
  },
  {
    id: 'bfs-statent',
    kind: 'counts',
    label: 'BFS STATENT — Arbeitsstätten, Beschäftigte und Vollzeitäquivalente nach Gemeinde und NOGA',
    country: 'CH',
    csv: { delimiter: ';', encoding: 'utf8' },
    hiddenValues: [],
    suppressedValues: ['X', '*'],
    decimalMark: '.',
    columns: {
      territory: { column: 'GDENR' },
      activityCode: 'NOGA',
      activityScheme: { value: 'noga' },
      year: 'JAHR',
      measures: [
        { measure: 'establishments', column: 'ARBST' },
        { measure: 'employees', column: 'BESCH' },
        { measure: 'fte', column: 'VZAE' },
      ],
    },
  },
  {
    id: 'istat-population',
    kind: 'population',
    label: 'ISTAT — popolazione residente per comune',
    country: 'IT',
    csv: { delimiter: ';', encoding: 'utf8' },
    hiddenValues: [],
    columns: { territory: { column: 'CODICE COMUNE', padTo: 6 }, year: 'ANNO', population: 'POPOLAZIONE' },
  },
  {
    id: 'bfs-population',
    kind: 'population',
    label: 'BFS STATPOP — ständige Wohnbevölkerung nach Gemeinde',
    country: 'CH',
    csv: { delimiter: ';', encoding: 'utf8' },
    hiddenValues: [],
    columns: { territory: { column: 'GDENR' }, year: 'JAHR', population: 'BEVOELKERUNG' },
  },
] as const satisfies readonly z.input<typeof ImportFormatSchema>[];

/** The ids of the built-in formats. */
export type BuiltInFormatId = (typeof BUILT_IN_FORMATS)[number]['id'];

/**
 * A built-in format by id, parsed (defaults filled in), or `undefined`.
 *
 * @example
 * importFormat('sirene-establishments')?.columns; // { identifier: 'siret', … }
 */
export function importFormat(id: string): ImportFormat | undefined {
  const found = BUILT_IN_FORMATS.find((format) => format.id === id);
  return found === undefined ? undefined : ImportFormatSchema.parse(found);
}

/** The ids of every built-in format. */
export const IMPORT_FORMAT_IDS: readonly BuiltInFormatId[] = BUILT_IN_FORMATS.map((format) => format.id);
