import { useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { DataTable } from './data-table';

export interface BarSeries {
  readonly key: string;
  readonly label: string;
  /** A class of styles.css giving the bar's colour (contrast ≥ 3:1 against the background). */
  readonly className: string;
}

export interface BarRow {
  readonly key: string;
  readonly label: string;
  /** Per series: the length of the bar (for drawing only) and the exact text to show. */
  readonly values: Readonly<Record<string, { readonly size: number; readonly text: string }>>;
}

/** Bar lengths as fractions of the largest value; every bar of a positive value at least a sliver. */
export function barFractions(sizes: readonly number[]): number[] {
  const max = Math.max(0, ...sizes.filter((size) => Number.isFinite(size)));
  return sizes.map((size) =>
    max <= 0 || !Number.isFinite(size) || size <= 0 ? 0 : Math.max(size / max, 0.005),
  );
}

/**
 * Horizontal grouped bars drawn as SVG, with the same data as a table one click away ("view as table"). Every
 * value is also written as text beside its bar (exact, formatted by `@mbi/i18n`), so the bars are decoration
 * for the eye (hidden from screen readers) and the chart reads as a list of labelled values.
 */
export function BarChart({
  title,
  series,
  rows,
}: {
  title: string;
  series: readonly BarSeries[];
  rows: readonly BarRow[];
}) {
  const { t } = useI18n();
  const [asTable, setAsTable] = useState(false);
  const fractions = barFractions(
    rows.flatMap((row) => series.map((serie) => row.values[serie.key]?.size ?? 0)),
  );
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <button
        type="button"
        className="link-button"
        aria-pressed={asTable}
        onClick={() => setAsTable(!asTable)}
      >
        {asTable ? t('dashboard.chart.viewAsChart') : t('dashboard.chart.viewAsTable')}
      </button>
      {asTable ? (
        <DataTable
          caption={title}
          captionHidden
          columns={[
            { key: 'label', header: '', rowHeader: true, cell: (row: BarRow) => row.label },
            ...series.map((serie) => ({
              key: serie.key,
              header: serie.label,
              numeric: true,
              cell: (row: BarRow) => row.values[serie.key]?.text ?? '—',
            })),
          ]}
          rows={rows}
          rowKey={(row) => row.key}
        />
      ) : (
        <div className="bar-chart">
          <ul className="chart-legend">
            {series.map((serie) => (
              <li key={serie.key}>
                <span className={`swatch ${serie.className}`} aria-hidden="true" /> {serie.label}
              </li>
            ))}
          </ul>
          <ol className="bar-groups">
            {rows.map((row, rowIndex) => (
              <li key={row.key}>
                <span className="bar-row-label">{row.label}</span>
                <dl>
                  {series.map((serie, serieIndex) => {
                    const fraction = fractions[rowIndex * series.length + serieIndex] ?? 0;
                    return (
                      <div key={serie.key} className="bar-line">
                        <dt className="visually-hidden">{serie.label}</dt>
                        <dd>
                          <svg
                            viewBox="0 0 100 16"
                            preserveAspectRatio="none"
                            aria-hidden="true"
                            focusable="false"
                          >
                            <rect
                              className={serie.className}
                              x={0}
                              y={0}
                              width={fraction * 100}
                              height={16}
                            />
                          </svg>
                          <span className="bar-value">{row.values[serie.key]?.text ?? '—'}</span>
                        </dd>
                      </div>
                    );
                  })}
                </dl>
              </li>
            ))}
          </ol>
        </div>
      )}
    </figure>
  );
}
