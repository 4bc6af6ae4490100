import type { IndicatorList } from '@mbi/client';
import { type FormEvent, useMemo, useRef, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { ChoroplethMap, HATCH, type MapRegion, SYMBOL_FILL } from '../../ui/choropleth-map';
import { FormField } from '../../ui/form-field';
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
  roundNice,
  ZERO_FILL,
} from './classes';
import { mapSvgDocument, saveBlob, saveFile, svgToPng } from './export-svg';
import {
  formatAmount,
  formatFigure,
  isCount,
  parseBreaks,
  regionKeyOf,
  rowKey,
  rowsOfYear,
  symbolRadius,
  territoryLabel,
  zeroApart,
} from './model';
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

/** The manual override of the class breaks, checked inline; empty goes back to the computed breaks. */
function BreaksForm({
  current,
  placeholder,
  onApply,
}: {
  current: string;
  placeholder: string;
  onApply: (breaks: number[] | undefined) => void;
}) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(current);
  const [submitted, setSubmitted] = useState(false);
  const parsed = parseBreaks(draft);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (parsed !== null) onApply(parsed.length === 0 ? undefined : parsed);
  };
  return (
    <form className="form inline breaks-form" onSubmit={submit} noValidate>
      <FormField
        label={t('dashboard.observatory.breaksLabel')}
        hint={t('dashboard.observatory.breaksHint')}
        error={submitted && parsed === null ? t('dashboard.observatory.breaksInvalid') : null}
      >
        {(props) => (
          <input
            {...props}
            type="text"
            inputMode="decimal"
            value={draft}
            placeholder={placeholder}
            onChange={(event) => {
              setDraft(event.target.value);
              setSubmitted(false);
            }}
          />
        )}
      </FormField>
      <button type="submit">{t('dashboard.observatory.breaksApply')}</button>
    </form>
  );
}

/** A territory's code (as in the URL's `sel`) from its key on the map (`FR:74056` for a commune). */
export function codeOfKey(key: string): string {
  return key.slice(key.indexOf(':') + 1);
}

/** The fill of a unit with a count: light, so that the symbol on it stands out. */
const COUNT_FILL = '#dde6f0';

/** Two rounded values to show the symbols' scale: about the largest, and a fifth of it. */
export function symbolReferences(largest: number): number[] {
  // Counts are whole: 2.5 establishments would read oddly, 2 does not.
  const whole = (value: number) => (value > 1 ? Math.floor(value) : value);
  return [...new Set([whole(roundNice(largest)), whole(roundNice(largest / 5))])].filter(
    (value) => value > 0,
  );
}

function SymbolLegend({
  references,
  largest,
  text,
}: {
  references: readonly number[];
  largest: number;
  text: (value: number) => string;
}) {
  return (
    <ul className="map-legend symbol-legend">
      {references.map((value) => {
        const radius = symbolRadius(value, largest);
        return (
          <li key={value}>
            <svg
              width={2 * radius + 2}
              height={2 * radius + 2}
              viewBox={`0 0 ${2 * radius + 2} ${2 * radius + 2}`}
              aria-hidden="true"
            >
              <circle cx={radius + 1} cy={radius + 1} r={radius} fill={SYMBOL_FILL} fillOpacity={0.75} />
            </svg>{' '}
            {text(value)}
          </li>
        );
      })}
    </ul>
  );
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
  manualBreaks,
  onBreaksChange,
  selectedCodes = [],
  onToggle,
  downloads = true,
}: {
  collection: TerritoryFeatureCollection;
  list: IndicatorList;
  selection: IndicatorSelection;
  year: number;
  manualBreaks?: readonly number[] | undefined;
  /** Called with the breaks a person chose, or `undefined` to go back to the computed ones. */
  onBreaksChange?: (breaks: number[] | undefined) => void;
  /** The territories selected (their codes, as in the URL), outlined and said "selected". */
  selectedCodes?: readonly string[];
  /** Called with a territory's code when it is clicked or Enter is pressed on it. */
  onToggle?: (code: string) => void;
  /** Whether the SVG and PNG download buttons are offered (not in the embeddable view). */
  downloads?: boolean;
}) {
  const { t, locale, labels, date } = useI18n();
  const svg = useRef<SVGSVGElement>(null);
  const { measure, level, filiere } = selection;
  const apart = zeroApart(measure);
  const symbols = isCount(measure);
  const values = useMemo(
    () => list.items.flatMap((row) => (row.naceClass === null && row.value !== null ? [row.value] : [])),
    [list],
  );
  // Rates are shaded by class; counts get one light fill and a symbol whose area follows the value.
  const computed = useMemo(() => (symbols ? [] : classBreaks(values)), [symbols, values]);
  const breaks = symbols ? [] : (manualBreaks ?? computed);
  const largest = Math.max(0, ...values);
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
  const fillFor = (cellClass: CellClass) =>
    symbols && cellClass.kind === 'class' ? COUNT_FILL : fillOf(cellClass, classCount);
  const classes = new Map(regionKeys.map((key) => [key, classify(byKey.get(key), breaks, apart)]));
  const selectedKeys = new Set(regionKeys.filter((key) => selectedCodes.includes(codeOfKey(key))));
  const regions: MapRegion[] = regionKeys
    .map((key) => {
      const row = byKey.get(key);
      const label = territoryLabel(t, {
        name: row?.name ?? names.get(key) ?? key,
        filiere: labels.filiereShort[filiere],
        year,
        measure,
        row,
        locale,
      });
      return {
        key,
        label: selectedKeys.has(key) ? t('dashboard.observatory.selectedLabel', { label }) : label,
        fill: fillFor(classes.get(key) ?? { kind: 'no-data' }),
        name: row?.name ?? names.get(key) ?? key,
        ...(symbols && row?.value != null ? { symbol: symbolRadius(row.value, largest) } : {}),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, locale));
  const legend = legendEntries([...classes.values()], breaks, apart);
  const legendText = (entry: LegendEntry): string => {
    const figure = (value: number) => formatFigure(measure, value, locale);
    switch (entry.cellClass.kind) {
      case 'zero':
        return t('dashboard.observatory.classZero');
      case 'suppressed':
        return t('dashboard.observatory.classSuppressed');
      case 'no-data':
        return t('dashboard.observatory.classNoData');
      case 'class':
        if (symbols) return t('dashboard.observatory.classValue');
        if (entry.from === undefined && entry.to === undefined) {
          return t('dashboard.observatory.classAll', { from: t(`observatory.indicator.measure.${measure}`) });
        }
        if (entry.from === undefined)
          return t('dashboard.observatory.classBelow', { to: figure(entry.to ?? 0) });
        if (entry.to === undefined)
          return t('dashboard.observatory.classAbove', { from: figure(entry.from) });
        return t('dashboard.observatory.classRange', { from: figure(entry.from), to: figure(entry.to) });
    }
  };
  const title = t('dashboard.observatory.mapTitle', {
    measure: t(`observatory.indicator.measure.${measure}`),
    filiere: labels.filiere[filiere],
    year: String(year),
  });
  const fileName = `observatory-${filiere}-${measure}-${level}-${year}`;
  const [pngFailed, setPngFailed] = useState(false);
  const svgDocument = () => {
    if (svg.current === null) return null;
    return mapSvgDocument(svg.current, {
      title,
      legend: [
        ...legend.map((entry) => ({
          label: t('dashboard.observatory.classCount', { label: legendText(entry), count: entry.count }),
          fill: fillFor(entry.cellClass),
        })),
        ...(symbols ? symbolReferences(largest) : []).map((value) => ({
          label: formatAmount(t, measure, value, locale),
          fill: SYMBOL_FILL,
          radius: symbolRadius(value, largest),
        })),
      ],
      lines: [
        ...(symbols ? [t('dashboard.observatory.symbolsNote')] : []),
        t('dashboard.observatory.source', { version: list.filiereMapVersion }),
        list.notes.confidentiality,
        t('dashboard.observatory.downloaded', { date: date(new Date()) }),
      ],
    });
  };
  const downloadSvg = () => {
    const content = svgDocument();
    if (content !== null) saveFile(content, 'image/svg+xml', `${fileName}.svg`);
  };
  const downloadPng = () => {
    const content = svgDocument();
    if (content === null) return;
    setPngFailed(false);
    svgToPng(content).then(
      (png) => saveBlob(png, `${fileName}.png`),
      () => setPngFailed(true),
    );
  };

  return (
    <figure className="map observatory-figure">
      <ChoroplethMap
        collection={collection}
        regionOf={regionOf}
        regions={regions}
        title={title}
        description={
          onToggle === undefined
            ? t('dashboard.observatory.mapDescription')
            : `${t('dashboard.observatory.mapDescription')} ${t('dashboard.observatory.mapSelectHint')}`
        }
        hatchInk={HATCH_INK}
        svgRef={svg}
        selected={selectedKeys}
        {...(onToggle === undefined ? {} : { onActivate: (key: string) => onToggle(codeOfKey(key)) })}
      />
      <figcaption>
        <h2 className="legend-title">{t('dashboard.observatory.legend')}</h2>
        <ul className="map-legend" data-testid="map-legend">
          {legend.map((entry) => {
            const fill = fillFor(entry.cellClass);
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
        {symbols ? (
          <SymbolLegend
            references={symbolReferences(largest)}
            largest={largest}
            text={(value) => formatAmount(t, measure, value, locale)}
          />
        ) : null}
        <p className="note">
          {t(symbols ? 'dashboard.observatory.symbolsNote' : 'dashboard.observatory.breaksNote')}
        </p>
        {symbols || onBreaksChange === undefined ? null : (
          <BreaksForm
            key={breaks.join(';')}
            current={manualBreaks === undefined ? '' : manualBreaks.map(String).join('; ')}
            placeholder={computed.map(String).join('; ')}
            onApply={onBreaksChange}
          />
        )}
        {downloads ? (
          <p className="downloads">
            <button type="button" onClick={downloadSvg}>
              {t('dashboard.observatory.downloadSvg')}
            </button>{' '}
            <button type="button" onClick={downloadPng}>
              {t('dashboard.observatory.downloadPng')}
            </button>
          </p>
        ) : null}
        {pngFailed ? (
          <p className="field-error" role="alert">
            {t('dashboard.observatory.pngFailed')}
          </p>
        ) : null}
      </figcaption>
    </figure>
  );
}
