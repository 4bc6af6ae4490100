import { createReadStream, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import {
  type Database,
  IMPORT_FORMAT_IDS,
  type ImportFormat,
  ImportFormatSchema,
  type ImportProgress,
  importFormat,
  listImportRejects,
  runImport,
  SYNTHETIC_FORMATS,
  type SyntheticFormat,
  synthesize,
} from '@mbi/db';
import type { Principal } from '@mbi/domain';

/** `mbi import` and `mbi synth`: the import machinery of `@mbi/db` on the command line (English output). */

export const IMPORT_USAGE = `  mbi import <format> <file> [--year Y] [--mapping <format.json>] [--rejects <out.csv>] [--partner <id>]
                                                 import a file (formats: ${IMPORT_FORMAT_IDS.join(', ')});
                                                 --partner imports as an editor of that partner (its territory only)
  mbi synth <format> [--rows N] [--seed S] [--in-territory 0.01] [--year Y] [--bad 0.001] > file.csv
                                                 a synthetic file of a format (labelled synthetic in every row)`;

/** Reads the format: a built-in id, or a declared mapping (JSON, checked against the schema). */
export function readFormat(id: string | undefined, mappingFile: string | undefined): ImportFormat | string {
  if (mappingFile !== undefined) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(mappingFile, 'utf8'));
    } catch (error) {
      return `Cannot read ${mappingFile}: ${error instanceof Error ? error.message : String(error)}`;
    }
    const parsed = ImportFormatSchema.safeParse(json);
    if (!parsed.success) {
      return `${mappingFile} is not a valid format:\n${parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n')}`;
    }
    return parsed.data;
  }
  const format = id === undefined ? undefined : importFormat(id);
  return (
    format ??
    `Unknown format ${JSON.stringify(id ?? '')}: one of ${IMPORT_FORMAT_IDS.join(', ')}, or --mapping <file.json>.`
  );
}

const grouped = (value: number) => value.toLocaleString('en-GB');
const megabytes = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;

/** A one-line progress bar on stderr (only when stderr is a terminal; otherwise a line every 10 s). */
export function progressBar(stream: NodeJS.WriteStream = process.stderr): (progress: ImportProgress) => void {
  const started = Date.now();
  let lastLine = 0;
  return (progress) => {
    const seconds = Math.max((Date.now() - started) / 1000, 0.001);
    const share = progress.bytesTotal ? Math.min(progress.bytesRead / progress.bytesTotal, 1) : 0;
    const width = 30;
    const filled = Math.round(share * width);
    const bar = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${(share * 100).toFixed(0).padStart(3)}%`;
    const text =
      progress.phase === 'merging'
        ? `${bar} merging ${grouped(progress.rowsRead)} rows into the tables…`
        : `${bar} ${megabytes(progress.bytesRead)}${progress.bytesTotal ? ` / ${megabytes(progress.bytesTotal)}` : ''}  ${grouped(progress.rowsRead)} rows (${grouped(Math.round(progress.rowsRead / seconds))}/s), ${grouped(progress.skipped)} skipped, ${grouped(progress.rejected)} rejected`;
    if (stream.isTTY) stream.write(`\r${text.padEnd(110)}`);
    else if (Date.now() - lastLine > 10_000 || progress.phase === 'merging') {
      lastLine = Date.now();
      stream.write(`${text}\n`);
    }
  };
}

export interface ImportCommand {
  readonly format: ImportFormat;
  readonly file: string;
  readonly year?: number | undefined;
  readonly principal: Principal;
  readonly rejectsFile?: string | undefined;
}

/** Runs `mbi import`: returns the process exit status (0 done, 1 refused or failed). */
export async function importCommand(database: Database, command: ImportCommand): Promise<number> {
  let size: number;
  try {
    size = statSync(command.file).size;
  } catch {
    process.stderr.write(`No file ${command.file}.\n`);
    return 1;
  }
  const onProgress = progressBar();
  const started = Date.now();
  const result = await runImport(database, {
    format: command.format,
    source: createReadStream(command.file, { highWaterMark: 1 << 20 }),
    year: command.year,
    actor: { principal: command.principal },
    fileName: basename(command.file),
    bytesTotal: size,
    onProgress,
  });
  if (process.stderr.isTTY) process.stderr.write('\n');
  if (!result.ok) {
    process.stderr.write(
      `Import refused or failed (${result.error.code}): ${result.error.message}. Nothing was written.\n`,
    );
    return 1;
  }
  const { summary, importId } = result.value;
  const seconds = (Date.now() - started) / 1000;
  process.stderr.write(
    `Import ${importId} (${command.format.id}) done in ${seconds.toFixed(1)} s: ${grouped(summary.read)} rows read, ${grouped(summary.imported)} imported, ${grouped(summary.updated)} updated, ${grouped(summary.unchanged)} unchanged${summary.removed > 0 ? `, ${grouped(summary.removed)} removed` : ''}, ${grouped(summary.skipped)} skipped (outside the territories), ${grouped(summary.rejected)} rejected.\n`,
  );
  if (summary.rejected > 0) {
    const rejects = await listImportRejects(database.db, importId);
    if (command.rejectsFile !== undefined) {
      const lines = ['row,column,reason,message,value'];
      for (const reject of rejects) {
        lines.push(
          [reject.row, reject.column, reject.reason, reject.message, reject.value ?? '']
            .map((cell) =>
              /[",\n\r]/.test(String(cell)) ? `"${String(cell).replaceAll('"', '""')}"` : String(cell),
            )
            .join(','),
        );
      }
      writeFileSync(command.rejectsFile, `${lines.join('\n')}\n`);
      process.stderr.write(`Rejects report written to ${command.rejectsFile}.\n`);
    } else {
      for (const reject of rejects.slice(0, 10)) {
        process.stderr.write(
          `  row ${reject.row} ${reject.column || '(row)'}: ${reject.reason} — ${reject.message}\n`,
        );
      }
      if (rejects.length > 10) {
        process.stderr.write(
          `  … ${rejects.length - 10} more: --rejects <file.csv>, or GET /v1/imports/${importId}/rejects\n`,
        );
      }
    }
  }
  process.stdout.write(`${JSON.stringify({ importId, ...summary })}\n`);
  return 0;
}

/** Runs `mbi synth`: writes a synthetic file to stdout, honouring back-pressure. */
export async function synthCommand(
  format: string | undefined,
  options: { rows: number; seed: number; inTerritory: number; year?: number | undefined; bad: number },
): Promise<number> {
  if (!SYNTHETIC_FORMATS.includes(format as SyntheticFormat)) {
    process.stderr.write(`mbi synth <format>: one of ${SYNTHETIC_FORMATS.join(', ')}.\n`);
    return 2;
  }
  for await (const chunk of synthesize(format as SyntheticFormat, {
    rows: options.rows,
    seed: options.seed,
    inTerritory: options.inTerritory,
    bad: options.bad,
    ...(options.year === undefined ? {} : { year: options.year }),
  })) {
    if (!process.stdout.write(chunk)) await new Promise((resolve) => process.stdout.once('drain', resolve));
  }
  return 0;
}
