/**
 * Writes `src/territories/generated/territory-data.ts` — the code successions of the partners' territory units
 * and the legal populations of the French communes — from official open data shipped in npm packages
 * (development dependencies of this package), and checks the domain's list of units against them.
 *
 *   pnpm --filter @mbi/db generate:territories
 *
 * - Valais (BFS): the municipalities of canton 23 in each year folder of `swiss-maps` (BFS GEOSTAT generalised
 *   boundaries, state on 1 January). A code that disappears between two years is mapped to the municipality of
 *   the next year that contains a point of its former area (a merger or an absorption); the year is the first
 *   year without it. `Kommunanz` features (territories held in common, not municipalities) are left out.
 * - France (INSEE): `@etalab/decoupage-administratif` 4.1.0 (COG 2024, populations légales 2021) and 6.0.0
 *   (COG 2026, populations légales 2022): populations of the 14 communes, their former codes (`anciensCodes`,
 *   the package gives no date), and a check that no delegated or associated commune hangs on them (the 2019
 *   mergers of Haute-Savoie do not touch them).
 * - Italy (ISTAT): the 74 comuni are checked elsewhere (`@mbi/domain`); no succession since the list's year.
 *
 * Exits with status 1, writing nothing, when a French partner commune is not a current commune of the package
 * or its name differs from the domain's.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MONT_BLANC_INNOVATION } from '@mbi/domain';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

const require = createRequire(import.meta.url);
const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(packageRoot, 'src/territories/generated/territory-data.ts');
const VALAIS = 23;
const SWISS_YEARS = [
  '2010',
  '2011',
  '2012',
  '2013',
  '2014',
  '2015',
  '2016',
  '2017',
  '2018',
  '2019',
  '2020',
  '2021',
  '2022',
  '2023',
  '2024',
  '2025',
  '2026',
];

function fail(message: string): never {
  console.error(`generate-territory-data: ${message}`);
  process.exit(1);
}

/** Reads the records of a dBase III file (a shapefile's table), every value a trimmed string. */
function readDbf(bytes: Buffer): Array<Record<string, string>> {
  const count = bytes.readUInt32LE(4);
  const headerLength = bytes.readUInt16LE(8);
  const recordLength = bytes.readUInt16LE(10);
  const fields: Array<{ name: string; length: number }> = [];
  for (let offset = 32; bytes[offset] !== 0x0d; offset += 32) {
    fields.push({
      name: bytes.toString('latin1', offset, offset + 11).replace(/\0.*$/, ''),
      length: bytes[offset + 16] ?? 0,
    });
  }
  const records: Array<Record<string, string>> = [];
  for (let index = 0; index < count; index += 1) {
    let offset = headerLength + index * recordLength + 1;
    const record: Record<string, string> = {};
    for (const field of fields) {
      record[field.name] = bytes
        .toString('utf8', offset, offset + field.length)
        .replace(/\0+$/, '')
        .trim();
      offset += field.length;
    }
    records.push(record);
  }
  return records;
}

type Shape = Polygon | MultiPolygon;
interface Municipality {
  readonly code: string;
  readonly name: string;
  readonly geometry: Shape;
}

function readValais(year: string): Map<string, Municipality> {
  const folder = join(dirname(require.resolve('swiss-maps/package.json')), year);
  const names = new Map(
    readDbf(readFileSync(join(folder, 'municipalities.dbf'))).map((r) => [Number(r.id), r]),
  );
  const topo = JSON.parse(readFileSync(join(folder, 'ch-combined.json'), 'utf8')) as Topology<{
    municipalities: GeometryCollection;
  }>;
  const collection = feature(topo, topo.objects.municipalities) as FeatureCollection<Shape | null>;
  const result = new Map<string, Municipality>();
  for (const item of collection.features) {
    const record = names.get(Number(item.id));
    if (Number(record?.KTNR) !== VALAIS || item.geometry === null) continue;
    const name = record?.name ?? '';
    if (name.startsWith('Kommunanz')) continue;
    const code = String(Number(item.id));
    result.set(code, { code, name, geometry: item.geometry });
  }
  return result;
}

function rings(shape: Shape): Position[][] {
  return shape.type === 'Polygon' ? shape.coordinates : shape.coordinates.flat();
}

function inRing(point: Position, ring: Position[]): boolean {
  const [x, y] = point as [number, number];
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function contains(shape: Shape, point: Position): boolean {
  const polygons = shape.type === 'Polygon' ? [shape.coordinates] : shape.coordinates;
  return polygons.some(
    ([outer, ...holes]) =>
      outer !== undefined && inRing(point, outer) && !holes.some((hole) => inRing(point, hole)),
  );
}

/** Points well inside a former municipality: the midpoints between vertices of its largest ring and its mean. */
function samplePoints(shape: Shape): Position[] {
  const ring = rings(shape).sort((a, b) => b.length - a.length)[0] ?? [];
  const n = ring.length;
  const mean: Position = [
    ring.reduce((sum, p) => sum + (p[0] ?? 0), 0) / n,
    ring.reduce((sum, p) => sum + (p[1] ?? 0), 0) / n,
  ];
  const points = [mean];
  for (let index = 0; index < n; index += Math.max(1, Math.floor(n / 40))) {
    const p = ring[index] as [number, number];
    points.push([(p[0] + (mean[0] ?? 0)) / 2, (p[1] + (mean[1] ?? 0)) / 2]);
  }
  return points.filter((point) => contains(shape, point));
}

interface Succession {
  country: 'FR' | 'CH';
  oldCode: string;
  oldName: string;
  newCode: string;
  newName: string;
  effectiveYear: number | null;
  source: string;
}

const successions: Succession[] = [];
let previous: Map<string, Municipality> | null = null;
for (const year of SWISS_YEARS) {
  const current = readValais(year);
  if (previous !== null) {
    for (const gone of previous.values()) {
      if (current.has(gone.code)) continue;
      const votes = new Map<string, number>();
      for (const point of samplePoints(gone.geometry)) {
        for (const candidate of current.values()) {
          if (contains(candidate.geometry, point))
            votes.set(candidate.code, (votes.get(candidate.code) ?? 0) + 1);
        }
      }
      const [best] = [...votes].sort((a, b) => b[1] - a[1]);
      if (best === undefined) fail(`Valais ${gone.code} ${gone.name} (${year}) lies in no municipality`);
      const successor = current.get(best[0]) as Municipality;
      // The 2025 and 2026 tables of swiss-maps hold no names: the successor's name is the last one known.
      successions.push({
        country: 'CH',
        oldCode: gone.code,
        oldName: gone.name,
        newCode: successor.code,
        newName: successor.name,
        effectiveYear: Number(year),
        source: `BFS GEOSTAT via swiss-maps ${year}`,
      });
    }
  }
  previous = current;
}

// A chain (A → B in 2013, B → C in 2021) is resolved to the current unit by the database, not here.
const domainCh = new Set(
  MONT_BLANC_INNOVATION.territoryUnits.filter((u) => u.country === 'CH').map((u) => u.code),
);
const latestSwiss = readValais('2024');
for (const code of domainCh) {
  if (!latestSwiss.has(code))
    fail(`CH ${code} of @mbi/domain is not a Valais municipality in swiss-maps 2024`);
}

interface Commune {
  code: string;
  nom: string;
  type: string;
  chefLieu?: string;
  anciensCodes?: string[];
  population?: number;
}
const EDITIONS = [
  { module: 'decoupage-2024', version: '4.1.0', cog: 2024, populationYear: 2021 },
  { module: 'decoupage-2026', version: '6.0.0', cog: 2026, populationYear: 2022 },
] as const;
const frUnits = MONT_BLANC_INNOVATION.territoryUnits.filter((u) => u.country === 'FR');
const populations: Array<[country: 'FR', code: string, year: number, population: number, source: string]> =
  [];
for (const edition of EDITIONS) {
  const communes = require(`${edition.module}/data/communes.json`) as Commune[];
  for (const unit of frUnits) {
    const commune = communes.find((c) => c.code === unit.code && c.type === 'commune-actuelle');
    if (commune === undefined) fail(`FR ${unit.code} is not a current commune in COG ${edition.cog}`);
    if (commune.nom !== unit.name) {
      fail(`FR ${unit.code}: COG ${edition.cog} names it "${commune.nom}", @mbi/domain "${unit.name}"`);
    }
    const attached = communes.filter((c) => c.type !== 'commune-actuelle' && c.chefLieu === unit.code);
    if (attached.length > 0) {
      fail(`FR ${unit.code} has delegated or associated communes in COG ${edition.cog}: a merger to model`);
    }
    if (commune.population === undefined) fail(`FR ${unit.code} has no population in ${edition.version}`);
    populations.push([
      'FR',
      unit.code,
      edition.populationYear,
      commune.population,
      `INSEE populations légales ${edition.populationYear} via @etalab/decoupage-administratif ${edition.version}`,
    ]);
    if (edition.cog === 2026) {
      for (const old of commune.anciensCodes ?? []) {
        successions.push({
          country: 'FR',
          oldCode: old,
          oldName: '',
          newCode: unit.code,
          newName: unit.name,
          effectiveYear: null,
          source: `INSEE COG ${edition.cog} (anciensCodes) via @etalab/decoupage-administratif ${edition.version}`,
        });
      }
    }
  }
}

successions.sort(
  (a, b) =>
    a.country.localeCompare(b.country) ||
    (a.effectiveYear ?? 0) - (b.effectiveYear ?? 0) ||
    a.oldCode.localeCompare(b.oldCode),
);

const text = `// Generated by scripts/generate-territory-data.ts — do not edit (pnpm --filter @mbi/db generate:territories).
// Sources and licences: src/territories/DATA-NOTICE.md. Valais: BFS GEOSTAT generalised boundaries via the npm
// package swiss-maps 4.7.0 (non-commercial use, source "Bundesamt für Statistik (BFS), GEOSTAT"); France: INSEE
// Code officiel géographique and populations légales via @etalab/decoupage-administratif (Licence Ouverte).
import type { TerritoryListSource, TerritorySuccessionRow, TerritoryPopulationRow } from '../data-types';

/** The official list each country's units come from, and its year. */
export const TERRITORY_LISTS: readonly TerritoryListSource[] = [
  { country: 'FR', year: 2026, source: 'INSEE Code officiel géographique 2026 (via @etalab/decoupage-administratif 6.0.0)' },
  { country: 'IT', year: 2019, source: 'ISTAT, comuni of January 2019 (via openpolis/geojson-italy)' },
  { country: 'CH', year: 2024, source: 'BFS, municipalities of 1 January 2024 (via swiss-maps 4.7.0)' },
];

/** Former codes and the unit that took them over, with the first year of the new code (null: not stated). */
export const TERRITORY_SUCCESSIONS: readonly TerritorySuccessionRow[] = [
${successions.map((s) => `  ${JSON.stringify(s)},`).join('\n')}
];

/** Legal populations of the French partner communes: [country, code, reference year, population, source]. */
export const TERRITORY_POPULATIONS: readonly TerritoryPopulationRow[] = [
${populations.map((p) => `  ${JSON.stringify(p)},`).join('\n')}
];
`;
writeFileSync(OUT, text);
console.log(
  `wrote ${OUT}: ${successions.length} successions (${successions.filter((s) => s.country === 'CH').length} in Valais), ${populations.length} populations`,
);
for (const s of successions) {
  console.log(
    `  ${s.country} ${s.oldCode} ${s.oldName} → ${s.newCode} ${s.newName} (${s.effectiveYear ?? '?'})`,
  );
}
