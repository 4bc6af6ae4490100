/**
 * One measured run of the benchmark, in its own process so that its peak memory is its own:
 *   tsx bench/observatory-import.ts import <postgres-url|pglite-dir> <file> <year>
 *   tsx bench/observatory-import.ts parse <file>
 *   tsx bench/observatory-import.ts copy <postgres-url|pglite-dir>
 * Prints one JSON line: seconds, rows, peak resident memory (MB).
 */
import { createReadStream } from 'node:fs';
import { copyCsv, importFormat, openDatabase, queryRows, runImport, seedReferenceData } from '@mbi/db';
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
