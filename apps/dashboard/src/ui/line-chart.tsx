import { useId, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { DataTable } from './data-table';

/** One point of a line: a value, or a gap (`value: null`) that is either confidential or without data. */
export interface LinePoint {
  readonly value: number | null;
  /** The exact text of the point, formatted by `@mbi/i18n`: the value, "confidential" or "no data". */
  readonly text: string;
  /** Whether the gap is a confidential value (drawn hatched), rather than missing data (left blank). */
  readonly suppressed?: boolean;
}

export interface LineSeries {
  readonly key: string;
  readonly label: string;
  /** One point per entry of the chart's `xs`, in the same order. */
  readonly points: readonly LinePoint[];
}

/** Colours with a contrast of at least 3:1 on white, and dash patterns so that no line is told by colour alone. */
export const LINE_STYLES = [
  { colour: '#1d4f91', dash: undefined, marker: 'circle' },
  { colour: '#b3261e', dash: '6 3', marker: 'square' },
  { colour: '#1b6e3a', dash: '2 3', marker: 'diamond' },
  { colour: '#6f3fa3', dash: '9 3 2 3', marker: 'circle' },
  { colour: '#8a5300', dash: '12 4', marker: 'square' },
  { colour: '#00666f', dash: '3 2 3 6', marker: 'diamond' },
] as const;

const WIDTH = 560;
const HEIGHT = 240;
const PAD = { left: 64, right: 16, top: 12, bottom: 28 } as const;
/** The hatched band under the axis where a confidential point would be, one lane per line. */
const LANE = 7;

/** The segments of a line: runs of consecutive values, split at every gap (never drawn through as zero). */
export function segmentsOf(points: readonly LinePoint[]): number[][] {
  const segments: number[][] = [];
  let current: number[] = [];
  points.forEach((point, index) => {
    if (point.value === null) {
      if (current.length > 0) segments.push(current);
      current = [];
    } else current.push(index);
  });
  if (current.length > 0) segments.push(current);
  return segments;
}

function Marker({ kind, x, y, colour }: { kind: string; x: number; y: number; colour: string }) {
  if (kind === 'square') return <rect x={x - 3.5} y={y - 3.5} width={7} height={7} fill={colour} />;
  if (kind === 'diamond')
    return <path d={`M${x} ${y - 4.5}L${x + 4.5} ${y}L${x} ${y + 4.5}L${x - 4.5} ${y}Z`} fill={colour} />;
  return <circle cx={x} cy={y} r={3.5} fill={colour} />;
}

/**
 * Lines over time drawn as SVG, with the same values as a table one click away ("view as table"), as the bar
 * chart does. A gap in the data breaks the line; a confidential point is also marked by a hatched square under
 * the axis, labelled in the legend with `suppressedLabel` (the map legend's wording), so it never reads as zero.
 */
export function LineChart({
  title,
  xs,
  series,
  formatTick,
  suppressedLabel,
}: {
  title: string;
  /** The labels of the horizontal axis (the years), in order. */
  xs: readonly string[];
  series: readonly LineSeries[];
  formatTick: (value: number) => string;
  suppressedLabel: string;
}) {
  const { t } = useI18n();
  const [asTable, setAsTable] = useState(false);
  const hatchId = `line-hatch-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const values = series.flatMap((serie) => serie.points.flatMap((point) => point.value ?? []));
  const low = Math.min(0, ...values);
  const high = Math.max(low + 1, ...values);
  const lanes = series.length * LANE;
  const plotBottom = HEIGHT - PAD.bottom - lanes;
  const x = (index: number) =>
    xs.length < 2
      ? (PAD.left + WIDTH - PAD.right) / 2
      : PAD.left + (index * (WIDTH - PAD.left - PAD.right)) / (xs.length - 1);
  const y = (value: number) => plotBottom - ((value - low) / (high - low)) * (plotBottom - PAD.top);
  const ticks = [...new Set([low, (low + high) / 2, high])];
  const anySuppressed = series.some((serie) => serie.points.some((point) => point.suppressed === true));
  return (
    <figure className="chart line-chart">
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
            { key: 'x', header: '', rowHeader: true, cell: (row: { index: number }) => xs[row.index] },
            ...series.map((serie) => ({
              key: serie.key,
              header: serie.label,
              numeric: true,
              cell: (row: { index: number }) => serie.points[row.index]?.text ?? '—',
            })),
          ]}
          rows={xs.map((_, index) => ({ index }))}
          rowKey={(row) => xs[row.index] ?? String(row.index)}
        />
      ) : (
        <>
          <ul className="chart-legend">
            {series.map((serie, index) => {
              const style = LINE_STYLES[index % LINE_STYLES.length] ?? LINE_STYLES[0];
              return (
                <li key={serie.key}>
                  <svg width="28" height="12" viewBox="0 0 28 12" aria-hidden="true" focusable="false">
                    <line
                      x1="0"
                      y1="6"
                      x2="28"
                      y2="6"
                      stroke={style.colour}
                      strokeWidth="2.5"
                      strokeDasharray={style.dash}
                    />
                    <Marker kind={style.marker} x={14} y={6} colour={style.colour} />
                  </svg>{' '}
                  {serie.label}
                </li>
              );
            })}
            {anySuppressed ? (
              <li data-kind="suppressed">
                <span className="swatch swatch-hatch" aria-hidden="true" /> {suppressedLabel}
              </li>
            ) : null}
          </ul>
          {/* The picture for the eye; every value it shows is in the legend above and in the table view. */}
          <svg
            className="line-chart-svg"
            viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
            role="img"
            aria-label={title}
            focusable="false"
          >
            <title>{title}</title>
            <desc>
              {series
                .map(
                  (serie) =>
                    `${serie.label}: ${xs.map((label, index) => `${label} ${serie.points[index]?.text ?? '—'}`).join(', ')}`,
                )
                .join('; ')}
            </desc>
            <defs>
              <pattern
                id={hatchId}
                width="4"
                height="4"
                patternUnits="userSpaceOnUse"
                patternTransform="rotate(45)"
              >
                <rect width="4" height="4" fill="#ffffff" />
                <line x1="0" y1="0" x2="0" y2="4" stroke="#3d4653" strokeWidth="1.6" />
              </pattern>
            </defs>
            <g>
              {ticks.map((tick) => (
                <g key={tick}>
                  <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(tick)} y2={y(tick)} stroke="#c9d1db" />
                  <text x={PAD.left - 6} y={y(tick) + 4} textAnchor="end" fontSize="12" fill="#3d4653">
                    {formatTick(tick)}
                  </text>
                </g>
              ))}
              {xs.map((label, index) => (
                <text
                  key={label}
                  x={x(index)}
                  y={HEIGHT - 8}
                  textAnchor="middle"
                  fontSize="12"
                  fill="#3d4653"
                >
                  {label}
                </text>
              ))}
              {series.map((serie, serieIndex) => {
                const style = LINE_STYLES[serieIndex % LINE_STYLES.length] ?? LINE_STYLES[0];
                const laneY = plotBottom + 4 + serieIndex * LANE;
                return (
                  <g key={serie.key} data-series={serie.key}>
                    {segmentsOf(serie.points).map((segment) => (
                      <path
                        key={segment[0]}
                        d={segment
                          .map(
                            (index, order) =>
                              `${order === 0 ? 'M' : 'L'}${x(index)} ${y(serie.points[index]?.value ?? 0)}`,
                          )
                          .join('')}
                        fill="none"
                        stroke={style.colour}
                        strokeWidth="2.5"
                        strokeDasharray={style.dash}
                      />
                    ))}
                    {serie.points.map((point, index) =>
                      point.value !== null ? (
                        <Marker
                          key={xs[index]}
                          kind={style.marker}
                          x={x(index)}
                          y={y(point.value)}
                          colour={style.colour}
                        />
                      ) : point.suppressed === true ? (
                        <rect
                          key={xs[index]}
                          data-gap="suppressed"
                          x={x(index) - 6}
                          y={laneY}
                          width={12}
                          height={LANE - 2}
                          fill={`url(#${hatchId})`}
                          stroke={style.colour}
                        />
                      ) : null,
                    )}
                  </g>
                );
              })}
            </g>
          </svg>
        </>
      )}
    </figure>
  );
}
