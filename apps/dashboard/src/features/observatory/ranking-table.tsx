import type { IndicatorList, IndicatorRow } from '@mbi/client';
import { useI18n } from '../../i18n/i18n';
import { SortableTable } from '../../ui/sortable-table';
import { isSuppressed } from './classes';
import { formatFigure, rowKey, rowsOfYear } from './model';
import type { Measure } from './route';

/**
 * The ranking of the territories for the year: the map's figures as a table, sortable by name or value.
 * Suppressed and missing cells say so in words and stay at the bottom whatever the order.
 */
export function RankingTable({
  list,
  measure,
  year,
  selectedCodes,
  onToggle,
}: {
  list: IndicatorList;
  measure: Measure;
  year: number;
  /** The territories selected for the time series (their codes); a checkbox per row chooses them. */
  selectedCodes?: readonly string[];
  onToggle?: (code: string) => void;
}) {
  const { t, locale } = useI18n();
  const rows = rowsOfYear(list, year);
  const ranked = rows.filter((row) => row.value !== null).sort((a, b) => (b.value ?? 0) - (a.value ?? 0));
  const rankOf = new Map(ranked.map((row, index) => [row, index + 1]));
  const measureLabel = t(`observatory.indicator.measure.${measure}`);
  return (
    <SortableTable<IndicatorRow>
      caption={t('dashboard.observatory.ranking', { measure: measureLabel, year: String(year) })}
      rows={rows}
      rowKey={rowKey}
      initialSort={{ key: 'value', direction: 'descending' }}
      last={(row, key) => key === 'value' && row.value === null}
      sortLabel={(column) => t('dashboard.observatory.sortBy', { column })}
      columns={[
        ...(onToggle === undefined
          ? []
          : [
              {
                key: 'select',
                header: t('dashboard.observatory.select'),
                cell: (row: IndicatorRow) => (
                  <input
                    type="checkbox"
                    aria-label={t('dashboard.observatory.selectTerritory', { name: row.name })}
                    checked={selectedCodes?.includes(row.territory) === true}
                    onChange={() => onToggle(row.territory)}
                  />
                ),
              },
            ]),
        {
          key: 'rank',
          header: t('dashboard.observatory.rank'),
          numeric: true,
          cell: (row) => rankOf.get(row) ?? '—',
        },
        {
          key: 'name',
          header: t('observatory.indicator.column.name'),
          rowHeader: true,
          cell: (row) => row.name,
          compare: (a, b) => a.name.localeCompare(b.name, locale),
        },
        {
          key: 'value',
          header: measureLabel,
          numeric: true,
          compare: (a, b) => (a.value ?? 0) - (b.value ?? 0),
          cell: (row) =>
            row.value !== null ? (
              formatFigure(measure, row.value, locale)
            ) : (
              <span className={isSuppressed(row.status) ? 'cell-suppressed' : 'cell-missing'}>
                {isSuppressed(row.status)
                  ? t('dashboard.observatory.confidential')
                  : t('dashboard.observatory.noData')}
              </span>
            ),
        },
      ]}
    />
  );
}
