import type { IndicatorList, IndicatorRow } from '@mbi/client';
import type { FiliereId } from '@mbi/domain/vocabularies';
import { useId } from 'react';
import { useI18n } from '../../i18n/i18n';
import { LineChart, type LineSeries } from '../../ui/line-chart';
import { isSuppressed } from './classes';
import { cellText, formatFigure } from './model';
import type { Measure } from './route';

/** The filière totals of one territory, by year (the NACE class rows left out). */
export function rowsOfTerritory(list: IndicatorList, territory: string): Map<number, IndicatorRow> {
  return new Map(
    list.items
      .filter((row) => row.territory === territory && row.naceClass === null)
      .map((row) => [row.year, row]),
  );
}

/**
 * The current measure over every year for the selected territories: one line each, a confidential year a gap
 * (hatched, with the map legend's wording), never a zero.
 */
export function TimeSeries({
  list,
  measure,
  filiere,
  codes,
}: {
  list: IndicatorList;
  measure: Measure;
  filiere: FiliereId;
  codes: readonly string[];
}) {
  const { t, locale, labels } = useI18n();
  const headingId = useId();
  const years = [...list.years].sort((a, b) => a - b);
  const series: LineSeries[] = codes.map((code) => {
    const byYear = rowsOfTerritory(list, code);
    const name = [...byYear.values()][0]?.name ?? code;
    return {
      key: code,
      label: name,
      points: years.map((year) => {
        const row = byYear.get(year);
        return {
          value: row?.value ?? null,
          text: cellText(t, measure, row, locale),
          suppressed: row !== undefined && isSuppressed(row.status),
        };
      }),
    };
  });
  return (
    <section className="observatory-series" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('dashboard.observatory.seriesHeading')}</h2>
      <LineChart
        title={t('dashboard.observatory.seriesTitle', {
          measure: t(`observatory.indicator.measure.${measure}`),
          filiere: labels.filiere[filiere],
        })}
        xs={years.map(String)}
        series={series}
        formatTick={(value) => formatFigure(measure, value, locale)}
        suppressedLabel={t('dashboard.observatory.classSuppressed')}
      />
    </section>
  );
}
