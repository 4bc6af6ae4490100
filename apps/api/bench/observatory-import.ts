/**
 * One measured run of the benchmark, in its own process so that its peak memory is its own:
 *   tsx bench/observatory-import.ts import <postgres-url|pglite-dir> <file> <year>
 *   tsx bench/observatory-import.ts parse <file>
 *   tsx bench/observatory-import.ts copy <postgres-url|pglite-dir>
 *   tsx bench/observatory-import.ts indicators <postgres-url|pglite-dir> <year>
 *   tsx bench/observatory-import.ts duckdb <postgres-url> <file> <year>
 * Prints one JSON line: seconds, rows, peak resident memory (MB).
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import {
  copyCsv,
  importFormat,
  listIndicators,
  openDatabase,
  queryRows,
  refreshIndicators,
  runImport,
  SIZE_BAND_EMPLOYEES,
  seedReferenceData,
  territoryMatcher,
} from '@mbi/db';
import { classify, listNace, listNafSubclasses } from '@mbi/taxonomy';
import { parse } from 'csv-parse';
import { sql } from 'drizzle-orm';

const [mode = '', target = '', file = '', year = '2024'] = process.argv.slice(2);
const peak = () => Math.round(process.resourceUsage().maxRSS / 1024);
const open = (where: string) =>
  where.startsWith('postgres') ? openDatabase({ url: where }) : openDatabase({ dataDir: where });

if (mode === 'parse') {
  const started = performance.now();
  let rows = 0;
  const parser = createReadStream(target, { highWaterMark: 1 << 20 }).pipe(
    parse({
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
    }),
  );
  for await (const _record of parser) rows += 1;
  console.log(
    JSON.stringify({ seconds: (performance.now() - started) / 1000, rows: rows - 1, peakMb: peak() }),
  );
} else if (mode === 'import') {
  const database = await open(target);
  await seedReferenceData(database.db);
  const format = importFormat('sirene-establishments');
  if (format === undefined) throw new Error('no format');
  const started = performance.now();
  const result = await runImport(database, {
    format,
    source: createReadStream(file, { highWaterMark: 1 << 20 }),
    year: Number(year),
    actor: { principal: { kind: 'system', id: 'bench', label: 'bench', role: 'admin', partnerId: null } },
  });
  const seconds = (performance.now() - started) / 1000;
  if (!result.ok) throw new Error(result.error.message);
  await database.close();
  console.log(JSON.stringify({ seconds, ...result.value.summary, peakMb: peak() }));
} else if (mode === 'copy') {
  // A plain COPY of the imported rows into a table of the same shape as `establishments` (its indexes too).
  const database = await open(target);
  const columns =
    'country, national_identifier, name, activity_code, activity_code_scheme, nace_class, filieres, territory_unit_code, size_band, status, opened_on, closed_on, partner_id';
  await database.db.execute(sql.raw('drop table if exists bench_copy'));
  await database.db.execute(sql.raw('create table bench_copy (like establishments including all)'));
  const rows = await queryRows<{ line: string }>(
    database.db,
    sql.raw(`select concat_ws(',', country, national_identifier, '"' || replace(name, '"', '""') || '"', activity_code,
      activity_code_scheme, nace_class, '"' || filieres::text || '"', territory_unit_code, size_band, status, opened_on::text,
      coalesce(closed_on::text, ''), coalesce(partner_id, '')) as line from establishments`),
  );
  const text = `${rows.map((row) => row.line).join('\n')}\n`;
  const started = performance.now();
  await database.db.transaction((tx) =>
    copyCsv(database.engine, tx, 'bench_copy', columns.split(', '), text),
  );
  const seconds = (performance.now() - started) / 1000;
  await database.db.execute(sql.raw('drop table bench_copy'));
  await database.close();
  console.log(JSON.stringify({ seconds, rows: rows.length, peakMb: peak() }));
}

/** The counts both sides compute, as a short hash of the sorted `unit|filière|establishments|employees` lines. */
function checksum(rows: { unit: string; filiere: string; establishments: unknown; employees: unknown }[]) {
  const lines = rows
    .filter((row) => Number(row.establishments) > 0)
    .map(
      (row) => `${row.unit}|${row.filiere}|${Number(row.establishments)}|${Number(row.employees).toFixed(1)}`,
    )
    .sort();
  return {
    groups: lines.length,
    checksum: createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 12),
  };
}

const BANDS = Object.entries(SIZE_BAND_EMPLOYEES)
  .map(([band, range]) => `('${band}', ${range.low}, ${range.high ?? 'null'}, ${range.central})`)
  .join(', ');

if (mode === 'indicators') {
  // The indicators of every filière × unit × year: computed (the refresh an import runs in its transaction:
  // aggregation, confidentiality, writing the table) and served (read back in long form), against the plain SQL
  // GROUP BY they need (active establishments, employees from size bands, creations and closures per unit and
  // filière, plus the rest of the economy for the shares), its result fetched into JavaScript.
  const database = await open(target);
  const y = Number(file || '2024');
  const groupBy = sql.raw(`
    select s.territory_unit_code as unit, f.filiere,
      count(*) filter (where s.status = 'active') as establishments,
      coalesce(sum(b.low) filter (where s.status = 'active'), 0) as low,
      coalesce(sum(b.central) filter (where s.status = 'active'), 0) as employees,
      sum(b.high) filter (where s.status = 'active') as high,
      count(*) filter (where s.opened_on >= '${y}-01-01' and s.opened_on < '${y + 1}-01-01') as creations,
      count(*) filter (where s.status = 'closed' and s.closed_on >= '${y}-01-01' and s.closed_on < '${y + 1}-01-01') as closures
    from establishment_snapshots s
      cross join lateral unnest(case when cardinality(s.filieres) = 0 then array['']::text[] else s.filieres end) as f(filiere)
      join (values ${BANDS}) as b(band, low, high, central) on b.band = s.size_band
    where s.country = 'FR' and s.year = ${y}
    group by 1, 2`);
  const timed = async <T>(task: () => Promise<T>): Promise<[number, T]> => {
    const started = performance.now();
    const value = await task();
    return [(performance.now() - started) / 1000, value];
  };
  // Warm both paths once (caches, plans), then take the best of three of each, alternating.
  await queryRows(database.db, groupBy);
  const plain: number[] = [];
  const refreshed: number[] = [];
  const served: number[] = [];
  let baseline: Record<string, unknown>[] = [];
  let written = 0;
  let items = 0;
  for (let round = 0; round < 3; round += 1) {
    const [g, rows] = await timed(() => queryRows<Record<string, unknown>>(database.db, groupBy));
    plain.push(g);
    baseline = rows;
    const [r, summary] = await timed(() => database.db.transaction((tx) => refreshIndicators(tx, 'FR')));
    refreshed.push(r);
    written = summary.rows;
    const [l, list] = await timed(() => listIndicators(database.db, { country: 'FR' }));
    served.push(l);
    items = list.items.length;
  }
  const published = await queryRows<{
    unit: string;
    filiere: string;
    establishments: string;
    employees: string;
  }>(
    database.db,
    sql`select territory as unit, filiere, establishments, employees_central as employees from observatory_cells
      where level = 'unit' and nace_class = '' and year = ${y} and status = 'value'`,
  );
  const plainByKey = new Map(baseline.map((row) => [`${row.unit}|${row.filiere}`, row]));
  const disagree = published.filter((row) => {
    const other = plainByKey.get(`${row.unit}|${row.filiere}`);
    return Number(row.establishments) !== Number(other?.establishments ?? 0);
  }).length;
  const states = await queryRows<{ status: string; n: number }>(
    database.db,
    sql`select status, count(*)::int as n from observatory_cells group by 1 order by 1`,
  );
  await database.close();
  console.log(
    JSON.stringify({
      groupBySeconds: Math.min(...plain),
      refreshSeconds: Math.min(...refreshed),
      readSeconds: Math.min(...served),
      cells: written,
      items,
      publishedDisagreeing: disagree,
      states: Object.fromEntries(states.map((row) => [row.status, row.n])),
      ...checksum(baseline.filter((row) => row.filiere !== '') as never),
      peakMb: peak(),
    }),
  );
} else if (mode === 'duckdb') {
  // The outside reference: DuckDB reads the same CSV and computes the same counts (active establishments and
  // employees from size bands per unit × filière), with the commune and activity tables of the import.
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const database = await open(target);
  const matcher = await territoryMatcher(database.db, 'FR');
  await database.close();
  const codes: string[] = [];
  const classes = new Set(listNafSubclasses().map((subclass) => subclass.naceClass));
  for (const subclass of listNafSubclasses()) codes.push(subclass.code);
  for (const node of listNace())
    if (node.level === 'class' && !classes.has(node.code)) codes.push(`${node.code}Z`);
  const codeRows: string[] = [];
  for (const code of codes) {
    const result = classify(code, 'naf');
    if (!result.ok) continue;
    const filieres = result.value.filieres.map((match) => match.filiere);
    for (const filiere of filieres.length === 0 ? [''] : filieres) codeRows.push(`('${code}', '${filiere}')`);
  }
  const unitRows = [...matcher].map(([code, match]) => `('${code}', '${match.code}')`).join(', ');
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await connection.run(
    `create table codes as select * from (values ${codeRows.join(', ')}) t(code, filiere)`,
  );
  await connection.run(`create table units as select * from (values ${unitRows}) t(commune, unit)`);
  await connection.run(`create table bands as select * from (values ${BANDS}) t(band, low, high, central)`);
  const started = performance.now();
  const reader = await connection.runAndReadAll(`
    select u.unit, c.filiere,
      count(*) filter (where s.etatAdministratifEtablissement = 'A') as establishments,
      coalesce(sum(b.central) filter (where s.etatAdministratifEtablissement = 'A'), 0) as employees
    from read_csv('${file.replaceAll("'", "''")}', header = true, all_varchar = true) s
      join units u on u.commune = s.codeCommuneEtablissement
      join codes c on c.code = s.activitePrincipaleEtablissement
      join bands b on b.band = coalesce(nullif(s.trancheEffectifsEtablissement, ''), 'NN')
    where s.dateCreationEtablissement is not null
    group by 1, 2`);
  const rows = reader.getRowObjectsJS() as {
    unit: string;
    filiere: string;
    establishments: unknown;
    employees: unknown;
  }[];
  const seconds = (performance.now() - started) / 1000;
  console.log(
    JSON.stringify({
      seconds,
      ...checksum(rows.filter((row) => row.filiere !== '')),
      threads: String(
        (await connection.runAndReadAll(`select current_setting('threads') as t`)).getRowObjectsJS()[0]?.t,
      ),
      peakMb: peak(),
    }),
  );
  connection.closeSync();
}
