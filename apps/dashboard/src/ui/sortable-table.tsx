import { type ReactNode, useState } from 'react';

export interface SortableColumn<Row> {
  readonly key: string;
  readonly header: string;
  readonly cell: (row: Row) => ReactNode;
  /** Orders two rows ascending; a column without it is not sortable. */
  readonly compare?: (a: Row, b: Row) => number;
  readonly numeric?: boolean;
  readonly rowHeader?: boolean;
}

export type SortDirection = 'ascending' | 'descending';

/**
 * A table whose sortable columns have a button in their header; `aria-sort` tells screen readers the order.
 * Rows that `last` picks (no value to sort by) stay at the bottom whatever the direction.
 */
export function SortableTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  initialSort,
  last = () => false,
  sortLabel,
}: {
  caption: string;
  columns: readonly SortableColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  initialSort: { key: string; direction: SortDirection };
  last?: (row: Row, columnKey: string) => boolean;
  /** The button's accessible name, e.g. "Sort by: Territory". */
  sortLabel: (header: string) => string;
}) {
  const [sort, setSort] = useState(initialSort);
  const column = columns.find((candidate) => candidate.key === sort.key);
  const sorted = [...rows];
  if (column?.compare !== undefined) {
    const compare = column.compare;
    const sign = sort.direction === 'ascending' ? 1 : -1;
    sorted.sort((a, b) => {
      const aLast = last(a, sort.key);
      const bLast = last(b, sort.key);
      if (aLast !== bLast) return aLast ? 1 : -1;
      return aLast ? 0 : sign * compare(a, b);
    });
  }
  const toggle = (key: string) =>
    setSort((current) => ({
      key,
      direction: current.key === key && current.direction === 'descending' ? 'ascending' : 'descending',
    }));
  return (
    <section
      className="table-scroll"
      aria-label={caption}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls sideways must be reachable by keyboard (WCAG 2.1.1)
      tabIndex={0}
    >
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((candidate) => (
              <th
                key={candidate.key}
                scope="col"
                className={candidate.numeric ? 'num' : undefined}
                aria-sort={
                  candidate.key === sort.key && candidate.compare !== undefined ? sort.direction : undefined
                }
              >
                {candidate.compare === undefined ? (
                  candidate.header
                ) : (
                  <button
                    type="button"
                    className="sort-button"
                    aria-label={sortLabel(candidate.header)}
                    onClick={() => toggle(candidate.key)}
                  >
                    {candidate.header}
                    <span aria-hidden="true">
                      {candidate.key !== sort.key ? ' ↕' : sort.direction === 'ascending' ? ' ↑' : ' ↓'}
                    </span>
                  </button>
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((candidate) =>
                candidate.rowHeader ? (
                  <th key={candidate.key} scope="row">
                    {candidate.cell(row)}
                  </th>
                ) : (
                  <td key={candidate.key} className={candidate.numeric ? 'num' : undefined}>
                    {candidate.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
