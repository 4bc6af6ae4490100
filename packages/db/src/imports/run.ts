import type { Readable } from 'node:stream';
import { writeRefusal } from '@mbi/domain';
import { parse } from 'csv-parse';
import { eq, sql } from 'drizzle-orm';
import { type Actor, auditActor, writeAudit } from '../audit/audit';
import type { Database, DbExecutor } from '../connection';
import { err, ok, type Result } from '../internal/result';
import { refreshIndicators } from '../observatory/refresh';
import { territoryMatcher } from '../territories/queries';
import { copyCsv, csvLine } from './copy';
import type { ImportFormat } from './formats';
import {
  type AnyRow,
  type CountRow,
  compileMapper,
  type EstablishmentRow,
  type PopulationRow,
  type RejectIssue,
  type RowMapper,
} from './mapping';
import { type MergeCounts, mergeCounts, mergeEstablishments, mergePopulation, STAGING } from './merge';
import { imports } from './table';

/** The `resource` of an import's own audit entry (one per import that changed data). */
export const IMPORT_RESOURCE = 'import';

export type ImportErrorCode =
  | 'forbidden'
  | 'validation-failed'
  | 'missing-columns'
  | 'malformed-csv'
  | 'empty-file'
  | 'not-found'
  | 'internal';

export interface ImportError {
  readonly code: ImportErrorCode;
  readonly message: string;
  readonly field?: string;
}

/** What an import did: rows read, imported (new), updated, unchanged, removed, skipped (outside), rejected. */
export interface ImportSummary {
  readonly read: number;
  readonly imported: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly removed: number;
  readonly skipped: number;
  readonly rejected: number;
}

export interface ImportProgress {
  readonly importId: string;
  readonly bytesRead: number;
  readonly bytesTotal: number | null;
  readonly rowsRead: number;
  readonly skipped: number;
  readonly rejected: number;
  /** `reading` the file, then `merging` the rows into the tables. */
  readonly phase: 'reading' | 'merging';
}

export interface StartImportRequest {
  readonly format: ImportFormat;
  /** The reference year of an establishment stock (required for them); counts and populations carry theirs. */
  readonly year?: number | undefined;
  readonly actor: Actor;
  readonly fileName?: string | undefined;
  readonly bytesTotal?: number | undefined;
}

export interface RunImportRequest extends StartImportRequest {
  /** The file: a Node stream or any async iterable of bytes or text. */
  readonly source: Readable | AsyncIterable<Uint8Array | string>;
  /** Called at most every half second while the file is read, and once before the merge. */
  readonly onProgress?: ((progress: ImportProgress) => void) | undefined;
  /** An import created with {@link startImport} (the API answers with its id before the file is read). */
  readonly importId?: string | undefined;
  /** Rows per COPY (default 20,000). */
  readonly chunkRows?: number | undefined;
}

export type ImportResult<T> = Result<T, ImportError>;

class ImportFailure extends Error {
  constructor(
    readonly code: ImportErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** The partner whose territory an import may write: an editor's own, every partner's for an admin. */
function scopeOf(actor: Actor): ImportResult<string | null> {
  if (actor.principal.role === 'admin') return ok(null);
  const refusal = writeRefusal(actor.principal, actor.principal.partnerId);
  if (refusal !== null) return err({ code: 'forbidden', message: refusal.message });
  return ok(actor.principal.partnerId);
}

function checkRequest(request: StartImportRequest): ImportResult<string | null> {
  const scope = scopeOf(request.actor);
  if (!scope.ok) return scope;
  const { year } = request;
  if (request.format.kind === 'establishments') {
    if (year === undefined) {
      return err({
        code: 'validation-failed',
        field: 'year',
        message: 'an establishment stock needs its year',
      });
    }
  }
  if (year !== undefined && !(Number.isInteger(year) && year >= 1900 && year <= 2100)) {
    return err({ code: 'validation-failed', field: 'year', message: 'year must be between 1900 and 2100' });
  }
  return scope;
}

/**
 * Records a new import (status `running`) and returns its id, after checking the caller may import (editor
 * or admin) and the request: the API answers with it, then runs {@link runImport} with `importId`.
 *
 * @example
 * const started = await startImport(database, { format, year: 2024, actor });
 */
export async function startImport(
  database: Database,
  request: StartImportRequest,
): Promise<ImportResult<string>> {
  const scope = checkRequest(request);
  if (!scope.ok) return scope;
  const actor = auditActor(request.actor);
  const [row] = await database.db
    .insert(imports)
    .values({
      format: request.format.id,
      kind: request.format.kind,
      year: request.year ?? null,
      status: 'running',
      partnerId: scope.value,
      fileName: request.fileName ?? null,
      actorType: actor.kind,
      actorId: actor.id,
      requestId: actor.requestId ?? null,
      bytesTotal: request.bytesTotal ?? null,
    })
    .returning({ id: imports.id });
  if (row === undefined) throw new Error('insert into imports returned no row');
  return ok(row.id);
}

async function* bytesOf(
  source: Readable | AsyncIterable<Uint8Array | string>,
  counter: { bytes: number },
): AsyncGenerator<Buffer> {
  for await (const chunk of source as AsyncIterable<Uint8Array | string>) {
    const buffer =
      typeof chunk === 'string'
        ? Buffer.from(chunk)
        : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    counter.bytes += buffer.byteLength;
    yield buffer;
  }
}

/** Serialises the staging line of a mapped row. */
function stagingLines(format: ImportFormat, row: AnyRow, sourceCode: (row: number) => string): string {
  switch (format.kind) {
    case 'establishments': {
      const r = row as EstablishmentRow;
      const a = r.activity;
      return csvLine([
        r.row,
        r.identifier,
        r.name,
        a.code,
        a.scheme,
        a.revision,
        a.naceCode,
        a.filieres,
        a.partialFilieres,
        r.unitCode,
        r.partnerId,
        r.sizeBand,
        r.status,
        r.openedOn,
        r.closedOn,
      ]);
    }
    case 'counts': {
      let text = '';
      for (const r of row as CountRow[]) {
        const a = r.activity;
        text += csvLine([
          r.row,
          r.unitCode,
          r.partnerId,
          r.year,
          a.code,
          a.scheme,
          a.revision,
          a.naceCode,
          a.level,
          a.filieres,
          a.partialFilieres,
          r.measure,
          r.value,
          sourceCode(r.row),
        ]);
      }
      return text;
    }
    case 'population': {
      const r = row as PopulationRow;
      return csvLine([r.row, r.unitCode, r.year, r.population, sourceCode(r.row)]);
    }
  }
}

function stagingOf(format: ImportFormat) {
  return format.kind === 'establishments'
    ? STAGING.establishments
    : format.kind === 'counts'
      ? STAGING.counts
      : STAGING.population;
}

/**
 * Imports one file, streamed in constant memory, all or nothing: rows are read with csv-parse, mapped by the
 * format's declared columns (identifier checked, activity classified with `@mbi/taxonomy`, commune matched to a
 * territory unit — rows outside the caller's territories are skipped and counted), loaded with COPY into
 * temporary tables in chunks, then merged by SQL; the rejects report (row, column, reason) is stored with the
 * import. One transaction holds the whole import, so an error or a crash leaves the data as it was, and the
 * same file imported twice changes nothing the second time. Every created or changed establishment gets its
 * audit entry (set-based) and an import that changed anything one entry of its own: the change feed and the
 * list ETags stay true.
 *
 * @example
 * const result = await runImport(database, {
 *   format: importFormat('sirene-establishments')!,
 *   source: createReadStream('StockEtablissement_utf8.csv'),
 *   year: 2024,
 *   actor: { principal: cli },
 *   onProgress: (p) => bar.update(p.bytesRead),
 * });
 * if (result.ok) result.value.summary; // { read, imported, updated, unchanged, removed, skipped, rejected }
 */
export async function runImport(
  database: Database,
  request: RunImportRequest,
): Promise<ImportResult<{ importId: string; summary: ImportSummary }>> {
  const checked = checkRequest(request);
  if (!checked.ok) return checked;
  const scope = checked.value;
  let importId = request.importId;
  if (importId === undefined) {
    const started = await startImport(database, request);
    if (!started.ok) return started;
    importId = started.value;
  }
  const id = importId;
  const { format } = request;
  const actor = auditActor(request.actor);
  const chunkRows = request.chunkRows ?? 20_000;
  const counter = { bytes: 0 };
  const stats = { read: 0, skipped: 0, rejectedRows: new Set<number>(), rejectedCount: 0 };
  let lastBeat = 0;
  const progress = (phase: ImportProgress['phase']): ImportProgress => ({
    importId: id,
    bytesRead: counter.bytes,
    bytesTotal: request.bytesTotal ?? null,
    rowsRead: stats.read,
    skipped: stats.skipped,
    rejected: stats.rejectedCount,
    phase,
  });
  const beat = (phase: ImportProgress['phase'], force = false) => {
    const now = Date.now();
    if (!force && now - lastBeat < 500) return;
    lastBeat = now;
    const current = progress(phase);
    request.onProgress?.(current);
    // On PostgreSQL another connection records the progress for readers of other processes; PGlite has one
    // connection, held by the import's transaction, and one process, which keeps the progress in memory.
    if (database.engine === 'postgres') {
      void database.db
        .update(imports)
        .set({
          bytesRead: current.bytesRead,
          rowsRead: current.rowsRead,
          skipped: current.skipped,
          rejected: current.rejected,
          heartbeatAt: sql`now()`,
        })
        .where(eq(imports.id, id))
        .catch(() => {});
    }
  };
  try {
    const territories = await territoryMatcher(database.db, format.country, scope);
    const summary = await database.db.transaction(async (tx) => {
      const staging = stagingOf(format);
      await tx.execute(sql.raw(staging.ddl));
      await tx.execute(sql.raw(STAGING.rejects.ddl));
      let rowsText = '';
      let rowsInChunk = 0;
      let rejectsText = '';
      const flushRows = async () => {
        await copyCsv(database.engine, tx, staging.table, staging.columns, rowsText);
        rowsText = '';
        rowsInChunk = 0;
      };
      const flushRejects = async () => {
        await copyCsv(database.engine, tx, STAGING.rejects.table, STAGING.rejects.columns, rejectsText);
        rejectsText = '';
      };
      const addReject = (issue: RejectIssue) => {
        if (!stats.rejectedRows.has(issue.row)) {
          stats.rejectedRows.add(issue.row);
          stats.rejectedCount += 1;
        }
        rejectsText += csvLine([issue.row, issue.column, issue.reason, issue.message, issue.value]);
      };
      const malformed: RejectIssue[] = [];
      const parser = parse({
        delimiter: format.csv.delimiter,
        encoding: format.csv.encoding,
        bom: true,
        relax_column_count: true,
        relax_quotes: true,
        skip_empty_lines: true,
        skip_records_with_error: true,
        on_skip: (error) => {
          const lines = (error as { lines?: unknown } | undefined)?.lines;
          malformed.push({
            row: typeof lines === 'number' ? lines : 0,
            column: '',
            reason: 'malformed-csv',
            message: (error?.message ?? 'malformed CSV').slice(0, 200),
            value: null,
          });
          return undefined;
        },
      });
      const input = bytesOf(request.source, counter);
      const feeding = (async () => {
        try {
          for await (const chunk of input) {
            if (parser.destroyed) return;
            if (!parser.write(chunk)) {
              await new Promise<void>((resolve) => {
                const done = () => {
                  parser.off('drain', done);
                  parser.off('close', done);
                  resolve();
                };
                parser.once('drain', done);
                parser.once('close', done);
              });
            }
          }
          if (!parser.destroyed) parser.end();
        } catch (error) {
          parser.destroy(error as Error);
        }
      })();
      let mapper: RowMapper<AnyRow> | null = null;
      let header: string[] = [];
      let row = 0;
      // The code as written in the file, for the duplicate check of counts and populations.
      const sourceCodes = new Map<number, string>();
      const territoryColumn = format.columns.territory.column;
      let territoryIndex = -1;
      try {
        for await (const record of parser as AsyncIterable<string[]>) {
          row += 1;
          if (mapper === null) {
            header = record.map((cell) => cell.trim());
            const compiled = compileMapper(format, header, { territories });
            if (!compiled.ok) {
              throw new ImportFailure(
                'missing-columns',
                `the file lacks the columns ${compiled.error.columns.join(', ')} of the format ${format.id}`,
              );
            }
            mapper = compiled.value as RowMapper<AnyRow>;
            territoryIndex = header.indexOf(territoryColumn);
            continue;
          }
          stats.read += 1;
          const mapped = mapper.map(record, row);
          if (mapped.kind === 'skip') stats.skipped += 1;
          else if (mapped.kind === 'reject') for (const issue of mapped.issues) addReject(issue);
          else {
            if (format.kind !== 'establishments') sourceCodes.set(row, (record[territoryIndex] ?? '').trim());
            rowsText += stagingLines(format, mapped.value, (at) => sourceCodes.get(at) ?? '');
            sourceCodes.delete(row);
            rowsInChunk += 1;
            if (rowsInChunk >= chunkRows) await flushRows();
          }
          if (rejectsText.length > 1_000_000) await flushRejects();
          if ((stats.read & 0x3fff) === 0) beat('reading');
        }
      } finally {
        // An error in the loop stops the reading of the file too.
        if (!parser.destroyed && parser.readableEnded === false) parser.destroy();
      }
      await feeding;
      if (mapper === null) throw new ImportFailure('empty-file', 'the file has no header row');
      for (const issue of malformed) addReject(issue);
      await flushRows();
      await flushRejects();
      beat('merging', true);
      const counts = await merge(tx, format, {
        importId: id,
        year: request.year,
        actor,
        scope,
      });
      // Rejects found by the merge (duplicates, rows of another partner) count as rejected rows too.
      const [merged] = await tx
        .execute(sql`select count(distinct row_number)::int as n from import_reject_rows`)
        .then(
          (result) =>
            (Array.isArray(result) ? result : ((result as { rows: unknown[] }).rows ?? [])) as {
              n: number;
            }[],
        );
      await tx.execute(sql`
        insert into import_rejects (import_id, row_number, "column", reason, message, value)
        select ${id}, row_number, "column", reason, message, value from import_reject_rows
        on conflict do nothing`);
      const result: ImportSummary = {
        read: stats.read,
        ...counts,
        skipped: stats.skipped,
        rejected: merged?.n ?? stats.rejectedCount,
      };
      if (counts.imported + counts.updated + counts.removed > 0) {
        // The indicators derive from what was just merged: recomputed in the same transaction, so that they
        // change with the data (and the change clock, their version) or not at all.
        if (format.kind !== 'population') await refreshIndicators(tx, format.country);
        await writeAudit(tx, {
          actor,
          action: 'import',
          resource: IMPORT_RESOURCE,
          resourceId: id,
          before: null,
          after: { format: format.id, kind: format.kind, year: request.year ?? null, ...result },
        });
      }
      await tx
        .update(imports)
        .set({
          status: 'succeeded',
          bytesRead: counter.bytes,
          rowsRead: result.read,
          imported: result.imported,
          updated: result.updated,
          unchanged: result.unchanged,
          removed: result.removed,
          skipped: result.skipped,
          rejected: result.rejected,
          heartbeatAt: sql`now()`,
          finishedAt: sql`now()`,
        })
        .where(eq(imports.id, id));
      return result;
    });
    return ok({ importId: id, summary });
  } catch (error) {
    const failure =
      error instanceof ImportFailure
        ? { code: error.code, message: error.message }
        : isCsvError(error)
          ? { code: 'malformed-csv' as const, message: (error as Error).message.slice(0, 300) }
          : { code: 'internal' as const, message: 'the import failed; nothing was written' };
    await database.db
      .update(imports)
      .set({
        status: 'failed',
        errorCode: failure.code,
        errorMessage: failure.message,
        bytesRead: counter.bytes,
        rowsRead: stats.read,
        finishedAt: sql`now()`,
        heartbeatAt: sql`now()`,
      })
      .where(eq(imports.id, id))
      .catch(() => {});
    if (failure.code === 'internal') throw error;
    return err(failure);
  }
}

function isCsvError(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    String((error as { code: unknown }).code).startsWith('CSV_')
  );
}

async function merge(
  tx: DbExecutor,
  format: ImportFormat,
  context: {
    importId: string;
    year: number | undefined;
    actor: ReturnType<typeof auditActor>;
    scope: string | null;
  },
): Promise<MergeCounts> {
  switch (format.kind) {
    case 'establishments':
      return mergeEstablishments(tx, {
        country: format.country,
        year: context.year ?? 0,
        source: format.id,
        importId: context.importId,
        actor: context.actor,
        scope: context.scope,
        identifierColumn: format.columns.identifier,
      });
    case 'counts':
      return mergeCounts(tx, {
        country: format.country,
        source: format.id,
        importId: context.importId,
        scope: context.scope,
        activityColumn: format.columns.activityCode,
      });
    case 'population':
      return mergePopulation(tx, {
        country: format.country,
        source: format.id,
        importId: context.importId,
        populationColumn: format.columns.population,
      });
  }
}
