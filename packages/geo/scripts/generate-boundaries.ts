/**
 * Writes `src/internal/generated/territory-boundaries.topo.json` — the simplified boundaries of the partners'
 * territory units — from the official boundary files, and reports what does not match `@mbi/domain`'s list.
 *
 *   pnpm --filter @mbi/geo generate -- --fr <communes-74.geojson> --it <comuni-R2.geojson> [--ch <swiss-maps>]
 *     [--year 2024] [--keep 0.5] [--quantization 100000] [--no-context] [--out <file>]
 *
 * --fr  communes of Haute-Savoie: gregoiredavid/france-geojson
 *       `departements/74-haute-savoie/communes-74-haute-savoie.geojson` (IGN ADMIN EXPRESS; `code`, `nom`).
 * --it  comuni of Valle d'Aosta: openpolis/geojson-italy `geojson/limits_R_2_municipalities.geojson`
 *       (ISTAT; `com_istat_code`, `name`).
 * --ch  the `swiss-maps` package folder (default: this package's devDependency), one of its year folders, or a
 *       `ch-combined.json` with its `municipalities.dbf` beside it (BFS GEOSTAT; municipality ids = BFS numbers).
 * --year the swiss-maps year folder read when --ch is the package folder (default 2024).
 *
 * Exit status: 1, writing nothing, when a partner's unit has no boundary (or an input is unreadable), 0 otherwise — features
 * that are in no partner's list are reported and kept as context (`partner: null`), or left out with
 * --no-context.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { MONT_BLANC_INNOVATION } from '@mbi/domain';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { buildBoundaries, type SourceFeature } from './build-boundaries.ts';
import { readDbf } from './read-dbf.ts';

const VALAIS_BFS_CANTON = 23;
const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

// pnpm passes on the `--` that separates its own options from the script's: skip it.
const argv = process.argv.slice(2);
const { values } = parseArgs({
  args: argv[0] === '--' ? argv.slice(1) : argv,
  options: {
    fr: { type: 'string' },
    it: { type: 'string' },
    ch: { type: 'string' },
    year: { type: 'string', default: '2024' },
    keep: { type: 'string', default: '0.5' },
    quantization: { type: 'string', default: '100000' },
    'no-context': { type: 'boolean', default: false },
    out: {
      type: 'string',
      default: join(packageRoot, 'src/internal/generated/territory-boundaries.topo.json'),
    },
  },
});

function fail(message: string): never {
  console.error(`generate-boundaries: ${message}`);
  process.exit(1);
}

if (values.fr === undefined || values.it === undefined) {
  fail(
    'usage: generate -- --fr <fr.geojson> --it <it.geojson> [--ch <swiss-maps dir|year dir|ch-combined.json>] [--year 2024]',
  );
}

type Shape = Polygon | MultiPolygon;

function readJson<T>(path: string): T {
  if (!existsSync(path)) fail(`no file ${path}`);
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

function polygonal(geometry: { type: string } | null, where: string): Shape {
  if (geometry?.type !== 'Polygon' && geometry?.type !== 'MultiPolygon') {
    fail(`${where}: geometry ${geometry?.type ?? 'null'} is not a Polygon or MultiPolygon`);
  }
  return geometry as Shape;
}

/** Reads a GeoJSON FeatureCollection, taking each feature's code and name from the named properties. */
function readGeojson(
  path: string,
  country: SourceFeature['country'],
  codeKey: string,
  nameKey: string,
): SourceFeature[] {
  const collection = readJson<FeatureCollection<Shape | null, Record<string, unknown>>>(path);
  if (collection.type !== 'FeatureCollection') fail(`${path} is not a GeoJSON FeatureCollection`);
  return collection.features.map((item, index) => {
    const code = String(item.properties?.[codeKey] ?? '');
    const name = String(item.properties?.[nameKey] ?? '');
    if (code === '' || name === '') fail(`${path}: feature ${index} has no "${codeKey}" or "${nameKey}"`);
    return { country, code, name, geometry: polygonal(item.geometry, `${path} ${code}`) };
  });
}

/** Finds `ch-combined.json` and `municipalities.dbf` from what --ch names. */
function swissMapsFiles(ch: string | undefined, year: string): { topology: string; dbf: string } {
  const base = ch ?? dirname(createRequire(import.meta.url).resolve('swiss-maps/package.json'));
  if (!existsSync(base)) fail(`no file or folder ${base}`);
  const folder = statSync(base).isDirectory()
    ? existsSync(join(base, 'ch-combined.json'))
      ? base
      : join(base, year)
    : dirname(base);
  const topology = statSync(base).isDirectory() ? join(folder, 'ch-combined.json') : base;
  return { topology, dbf: join(folder, 'municipalities.dbf') };
}

/** The municipalities of the canton of Valais in swiss-maps: ids (BFS numbers) from the topology, names and cantons from the shapefile's table. */
function readValais(ch: string | undefined, year: string): SourceFeature[] {
  const files = swissMapsFiles(ch, year);
  const topo = readJson<Topology<{ municipalities: GeometryCollection }>>(files.topology);
  if (!existsSync(files.dbf)) fail(`no file ${files.dbf} (the municipalities' names and cantons)`);
  const records = new Map(readDbf(readFileSync(files.dbf)).map((record) => [Number(record.id), record]));
  const municipalities = topo.objects.municipalities;
  if (municipalities === undefined) fail(`${files.topology} has no "municipalities" object`);
  const collection = feature(topo, municipalities) as FeatureCollection<Shape | null>;
  return collection.features
    .filter((item) => Number(records.get(Number(item.id))?.KTNR) === VALAIS_BFS_CANTON)
    .map((item) => {
      const code = String(Number(item.id));
      return {
        country: 'CH',
        code,
        name: records.get(Number(item.id))?.name ?? '',
        geometry: polygonal(item.geometry, `${files.topology} ${code}`),
      };
    });
}

const keep = Number(values.keep);
const quantization = Number(values.quantization);
if (!(keep > 0 && keep <= 1))
  fail(`--keep must be a share of the points between 0 and 1, not ${values.keep}`);
if (!(Number.isInteger(quantization) && quantization >= 2)) {
  fail(`--quantization must be a whole number of steps (at least 2), not ${values.quantization}`);
}

const features = [
  ...readGeojson(values.fr, 'FR', 'code', 'nom'),
  ...readGeojson(values.it, 'IT', 'com_istat_code', 'name'),
  ...readValais(values.ch, values.year),
];
const { topology, report } = buildBoundaries(
  features,
  MONT_BLANC_INNOVATION.territoryUnits,
  MONT_BLANC_INNOVATION.partners,
  { keep, quantization, context: !values['no-context'] },
);

const count = (country: string) =>
  topology.objects.territories.geometries.filter((geometry) => geometry.properties.country === country);
for (const country of ['FR', 'IT', 'CH']) {
  const units = count(country);
  const context = units.filter((unit) => unit.properties.partner === null).length;
  console.log(
    `${country}: ${units.length - context} partner units${context > 0 ? `, ${context} context units` : ''}`,
  );
}

const list = (items: Array<{ country: string; code: string; name?: string }>) =>
  items
    .map((item) => `${item.country} ${item.code}${item.name === undefined ? '' : ` ${item.name}`}`)
    .join(', ');
for (const country of ['FR', 'IT', 'CH']) {
  const unlisted = report.unlisted.filter((item) => item.country === country);
  if (unlisted.length > 0) {
    console.log(
      `${country}: ${unlisted.length} boundary features in no partner's list (${values['no-context'] ? 'left out' : 'kept as context'}): ${list(unlisted)}`,
    );
  }
}
const unnamedPartners = report.unnamed.filter((item) => item.partner);
if (unnamedPartners.length > 0) {
  console.warn(
    `${unnamedPartners.length} partner units have no name in the boundary file: the domain's names are written`,
  );
}
const unnamedContext = report.unnamed.filter((item) => !item.partner);
if (unnamedContext.length > 0 && !values['no-context']) {
  fail(
    `features in no partner's list have no name, nothing written (try --no-context): ${list(unnamedContext)}`,
  );
}
if (report.duplicates.length > 0) console.warn(`codes found twice (first kept): ${list(report.duplicates)}`);
for (const item of report.renamed) {
  console.warn(
    `${item.country} ${item.code}: the boundary file names it "${item.source}", @mbi/domain "${item.official}" (the domain’s name is written)`,
  );
}
for (const item of report.collapsed) {
  console.warn(
    `${item.country} ${item.code}: ${item.rings} ring(s) too small for the simplification, dropped`,
  );
}
if (report.missing.length > 0) {
  fail(`${report.missing.length} partner units have no boundary, nothing written: ${list(report.missing)}`);
}
const text = `${JSON.stringify(topology)}\n`;
writeFileSync(values.out, text);
console.log(
  `wrote ${values.out} (${(Buffer.byteLength(text) / 1024).toFixed(1)} KiB, ${topology.arcs.length} arcs)`,
);
