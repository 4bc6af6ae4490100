import type { ReactNode } from 'react';

export interface Column<Row> {
  readonly key: string;
  readonly header: ReactNode;
  readonly cell: (row: Row) => ReactNode;
  /** Numbers and amounts align right, so that digits line up. */
  readonly numeric?: boolean;
  /** The row's header cell (`<th scope="row">`), which screen readers announce with each cell. */
  readonly rowHeader?: boolean;
}

/**
 * An accessible table: a caption, column headers with `scope`, one row header per row; wide tables scroll
 * inside a focusable region instead of widening the page (360 px screens).
 */
export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  footer,
  captionHidden = false,
}: {
  caption: ReactNode;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  footer?: readonly Row[];
  captionHidden?: boolean;
}) {
  const renderRow = (row: Row) => (
    <tr key={rowKey(row)}>
      {columns.map((column) =>
        column.rowHeader ? (
          <th key={column.key} scope="row" className={column.numeric ? 'num' : undefined}>
            {column.cell(row)}
          </th>
        ) : (
          <td key={column.key} className={column.numeric ? 'num' : undefined}>
            {column.cell(row)}
          </td>
        ),
      )}
    </tr>
  );
  return (
    <section
      className="table-scroll"
      aria-label={typeof caption === 'string' ? caption : undefined}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls sideways must be reachable by keyboard (WCAG 2.1.1)
      tabIndex={0}
    >
      <table>
        <caption className={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" className={column.numeric ? 'num' : undefined}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{rows.map(renderRow)}</tbody>
        {footer === undefined || footer.length === 0 ? null : <tfoot>{footer.map(renderRow)}</tfoot>}
      </table>
    </section>
  );
}
