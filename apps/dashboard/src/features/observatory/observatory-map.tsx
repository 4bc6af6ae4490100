import type { IndicatorList } from '@mbi/client';
import { useMemo, useRef } from 'react';
import { useI18n } from '../../i18n/i18n';
import { ChoroplethMap, HATCH, type MapRegion } from '../../ui/choropleth-map';
import type { TerritoryFeatureCollection } from '../../ui/territory-map';
import {
  type CellClass,
  classBreaks,
  classColour,
  classify,
  HATCH_INK,
  type LegendEntry,
  legendEntries,
  NO_DATA_FILL,
  ZERO_FILL,
} from './classes';
import { mapSvgDocument, saveFile } from './export-svg';
import { formatFigure, regionKeyOf, rowKey, rowsOfYear, territoryLabel, zeroApart } from './model';
import type { IndicatorSelection } from './queries';

export function fillOf(cellClass: CellClass, classCount: number): string {
  switch (cellClass.kind) {
    case 'class':
      return classColour(cellClass.index, classCount);
    case 'zero':
      return ZERO_FILL;
    case 'suppressed':
      return HATCH;
    case 'no-data':
      return NO_DATA_FILL;
  }
}

/**
 * The observatory's map of one year: classes from every year's values (fixed when the year changes), the
 * legend counting the territories of the year in each class, suppressed cells hatched, and the map as SVG.
 */
export function ObservatoryMap({
  collection,
  list,
  selection,
  year,
}: {
  collection: TerritoryFeatureCollection;
  list: IndicatorList;
  selection: IndicatorSelection;
  year: number;
}) {
  const { t, locale, labels, date } = useI18n();
  const svg = useRef<SVGSVGElement>(null);
  const { measure, level, filiere } = selection;
  const apart = zeroApart(measure);
  const breaks = useMemo(
    () =>
      classBreaks(
        list.items.flatMap((row) => (row.naceClass === null && row.value !== null ? [row.value] : [])),
      ),
    [list],
  );
  const classCount = breaks.length + 1;
  const rows = rowsOfYear(list, year);
  const byKey = new Map(rows.map((row) => [rowKey(row), row]));
  const regionOf = useMemo(() => regionKeyOf(level), [level]);

  // Every territory of the level drawn on the map: the API's rows, and the units it has no row for (no data).
  const names = new Map<string, string>();
  for (const feature of collection.features) {
    const key = regionOf(feature.properties);
    if (key === null || names.has(key)) continue;
    names.set(
      key,
      level === 'unit'
        ? feature.properties.name
        : level === 'partner'
          ? labels.partner[key as keyof typeof labels.partner]
          : labels.country[key as keyof typeof labels.country],
    );
  }
  const regionKeys = [...names.keys()];
  const classes = new Map(regionKeys.map((key) => [key, classify(byKey.get(key), breaks, apart)]));
  const regions: MapRegion[] = regionKeys
    .map((key) => {
      const row = byKey.get(key);
      return {
        key,
        label: territoryLabel(t, {
          name: row?.name ?? names.get(key) ?? key,
          filiere: labels.filiereShort[filiere],
          year,
          measure,
          row,
          locale,
        }),
        fill: fillOf(classes.get(key) ?? { kind: 'no-data' }, classCount),
        name: row?.name ?? names.get(key) ?? key,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, locale));
  const legend = legendEntries([...classes.values()], breaks, apart);
  const legendText = (entry: LegendEntry) => legendLabel(entry);
  function legendLabel(entry: LegendEntry): string {
    const figure = (value: number) => formatFigure(measure, value, locale);
    switch (entry.cellClass.kind) {
      case 'zero':
        return t('dashboard.observatory.classZero');
      case 'suppressed':
        return t('dashboard.observatory.classSuppressed');
      case 'no-data':
        return t('dashboard.observatory.classNoData');
      case 'class':
        if (entry.from === undefined && entry.to === undefined) {
          return t('dashboard.observatory.classAll', { from: t(`observatory.indicator.measure.${measure}`) });
        }
        if (entry.from === undefined)
          return t('dashboard.observatory.classBelow', { to: figure(entry.to ?? 0) });
        if (entry.to === undefined)
          return t('dashboard.observatory.classAbove', { from: figure(entry.from) });
        return t('dashboard.observatory.classRange', { from: figure(entry.from), to: figure(entry.to) });
    }
  }
  const title = t('dashboard.observatory.mapTitle', {
    measure: t(`observatory.indicator.measure.${measure}`),
    filiere: labels.filiere[filiere],
    year: String(year),
  });
  const download = () => {
    if (svg.current === null) return;
    const content = mapSvgDocument(svg.current, {
      title,
      legend: legend.map((entry) => ({
        label: t('dashboard.observatory.classCount', { label: legendText(entry), count: entry.count }),
        fill: fillOf(entry.cellClass, classCount),
      })),
      lines: [
        t('dashboard.observatory.source', { version: list.filiereMapVersion }),
        list.notes.confidentiality,
        t('dashboard.observatory.downloaded', { date: date(new Date()) }),
      ],
    });
    saveFile(content, 'image/svg+xml', `observatory-${filiere}-${measure}-${level}-${year}.svg`);
  };

  return (
    <figure className="map observatory-figure">
      <ChoroplethMap
        collection={collection}
        regionOf={regionOf}
        regions={regions}
        title={title}
        description={t('dashboard.observatory.mapDescription')}
        hatchInk={HATCH_INK}
        svgRef={svg}
      />
      <figcaption>
        <h2 className="legend-title">{t('dashboard.observatory.legend')}</h2>
        <ul className="map-legend" data-testid="map-legend">
          {legend.map((entry) => {
            const fill = fillOf(entry.cellClass, classCount);
            return (
              <li key={entry.key} data-kind={entry.cellClass.kind}>
                <span
                  className={fill === HATCH ? 'swatch swatch-hatch' : 'swatch'}
                  style={fill === HATCH ? undefined : { background: fill }}
                  aria-hidden="true"
                />{' '}
                {t('dashboard.observatory.classCount', { label: legendText(entry), count: entry.count })}
              </li>
            );
          })}
        </ul>
        <p className="note">{t('dashboard.observatory.breaksNote')}</p>
        <button type="button" onClick={download}>
          {t('dashboard.observatory.downloadSvg')}
        </button>
      </figcaption>
    </figure>
  );
}
