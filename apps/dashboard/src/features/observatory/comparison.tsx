import type { IndicatorList, IndicatorRow } from '@mbi/client';
import type { FiliereId } from '@mbi/domain/vocabularies';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useI18n } from '../../i18n/i18n';
import { DataTable } from '../../ui/data-table';
import { QueryView } from '../../ui/query-view';
import { isSuppressed } from './classes';
import { formatFigure } from './model';
import { comparisonQuery } from './queries';
import { type Level, MEASURES, type Measure } from './route';

/** One cell of the comparison: the figure, or "confidential" with the kind of suppression, or "no data". */
function ComparisonCell({
  row,
  measure,
  list,
}: {
  row: IndicatorRow | undefined;
  measure: Measure;
  list: IndicatorList;
}) {
  const { t, locale } = useI18n();
  if (row !== undefined && row.value !== null && row.status === 'value') {
    return <>{formatFigure(measure, row.value, locale)}</>;
  }
  if (row !== undefined && isSuppressed(row.status)) {
    const kind = list.legend.statuses[row.status];
    return (
      <span className="cell-suppressed" data-status={row.status}>
        {t('dashboard.observatory.confidential')}
        {kind === undefined ? null : ` (${kind})`}
      </span>
    );
  }
  return (
    <span className="cell-missing" data-status={row?.status ?? 'no-data'}>
      {t('dashboard.observatory.noData')}
    </span>
  );
}

/**
 * Two territories side by side: every measure of the filière for the year, each cell its figure or its
 * confidentiality state (a suppressed cell never shown as zero).
 */
export function Comparison({
  codes,
  filiere,
  level,
  year,
}: {
  codes: readonly [string, string];
  filiere: FiliereId;
  level: Level;
  year: number;
}) {
  const { t, locale, labels } = useI18n();
  const headingId = useId();
  const query = useQuery(comparisonQuery(locale, filiere, level, year));
  return (
    <section className="observatory-compare" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('dashboard.observatory.compareHeading')}</h2>
      <QueryView query={query}>
        {(list) => {
          const rowOf = (code: string, measure: Measure) =>
            list.items.find(
              (row) =>
                row.territory === code &&
                row.measure === measure &&
                row.year === year &&
                row.naceClass === null,
            );
          const nameOf = (code: string) => list.items.find((row) => row.territory === code)?.name ?? code;
          const [first, second] = codes;
          return (
            <DataTable
              caption={t('dashboard.observatory.compareCaption', {
                first: nameOf(first),
                second: nameOf(second),
                filiere: labels.filiere[filiere],
                year: String(year),
              })}
              columns={[
                {
                  key: 'measure',
                  header: t('observatory.indicator.column.measure'),
                  rowHeader: true,
                  cell: (measure: Measure) => t(`observatory.indicator.measure.${measure}`),
                },
                ...codes.map((code) => ({
                  key: code,
                  header: nameOf(code),
                  numeric: true,
                  cell: (measure: Measure) => (
                    <ComparisonCell row={rowOf(code, measure)} measure={measure} list={list} />
                  ),
                })),
              ]}
              rows={[...MEASURES]}
              rowKey={(measure) => measure}
            />
          );
        }}
      </QueryView>
    </section>
  );
}
