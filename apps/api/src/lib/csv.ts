/** A column of a CSV export: the row field, its localised header, and how to write its values. */
export interface CsvColumn<Row> {
  readonly header: string;
  readonly value: (row: Row) => string | number | boolean | null | undefined | readonly string[];
  /** `decimal`: a decimal string written with the locale's decimal mark; `text` is guarded against formulas. */
  readonly kind?: 'text' | 'decimal';
}

export interface CsvOptions {
  /** `;` for fr/it/de (what Excel expects in those locales), `,` for en. */
  readonly separator: ';' | ',';
  /** `,` where the separator is `;`. */
  readonly decimalMark: '.' | ',';
}

const BOM = '\uFEFF';

/** Cells starting like a formula are prefixed with `'` so that a spreadsheet shows them as text. */
function guardFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function quote(text: string, separator: string): string {
  return text.includes('"') || text.includes(separator) || text.includes('\n') || text.includes('\r')
    ? `"${text.replaceAll('"', '""')}"`
    : text;
}

/**
 * Writes rows as RFC 4180 CSV: UTF-8 with a byte-order mark (so Excel reads accents right), CRLF line
 * ends, fields quoted when they hold the separator, a quote or a line break.
 */
export function toCsv<Row>(
  columns: readonly CsvColumn<Row>[],
  rows: Iterable<Row>,
  options: CsvOptions,
): string {
  const lines = [columns.map((column) => quote(column.header, options.separator)).join(options.separator)];
  for (const row of rows) {
    const cells = columns.map((column) => {
      const raw = column.value(row);
      if (raw === null || raw === undefined) return '';
      const text = Array.isArray(raw) ? raw.join('|') : String(raw);
      const written = column.kind === 'decimal' ? text.replace('.', options.decimalMark) : guardFormula(text);
      return quote(written, options.separator);
    });
    lines.push(cells.join(options.separator));
  }
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** CSV conventions of a UI locale: `;` and a decimal comma for fr/it/de, `,` and a dot for en. */
export function csvOptionsFor(locale: string, separator?: string): CsvOptions {
  const continental = locale !== 'en';
  const chosen = separator === ',' || separator === ';' ? separator : continental ? ';' : ',';
  return { separator: chosen, decimalMark: chosen === ';' ? ',' : '.' };
}
