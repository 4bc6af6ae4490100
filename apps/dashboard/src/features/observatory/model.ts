import type { IndicatorList, IndicatorRow } from '@mbi/client';
import type { Locale } from '@mbi/domain';
import { formatNumber, formatPercent, type Translate } from '@mbi/i18n';
import type { TerritoryProperties } from '../../ui/choropleth-map';
import { isSuppressed } from './classes';
import type { Level, Measure } from './route';

/** The key of an indicator row's territory, as {@link regionKeyOf} gives it for a unit of the map. */
export function rowKey(row: Pick<IndicatorRow, 'level' | 'country' | 'territory'>): string {
  return row.level === 'unit' ? `${row.country}:${row.territory}` : row.territory;
}

/** The territory a unit of the map belongs to at a level: itself, its partner, or its country. */
export function regionKeyOf(level: Level): (properties: TerritoryProperties) => string | null {
  if (level === 'partner') return (properties) => properties.partner ?? null;
  if (level === 'country') return (properties) => properties.country;
  return (properties) => `${properties.country}:${properties.code}`;
}

/** The filière totals (not the NACE class rows) of one year, one row per territory. */
export function rowsOfYear(list: IndicatorList, year: number): IndicatorRow[] {
  return list.items.filter((row) => row.year === year && row.naceClass === null);
}

/** The year shown: the one in the URL when the data has it, else the latest with data. */
export function pickYear(years: readonly number[], wanted: number | undefined): number | undefined {
  if (wanted !== undefined && years.includes(wanted)) return wanted;
  return years.length === 0 ? undefined : Math.max(...years);
}

const COUNTS = new Set<Measure>(['establishments', 'employees', 'creations', 'closures']);

/** Raw counts are drawn as proportional symbols: a choropleth of counts would mostly show the units' sizes. */
export function isCount(measure: Measure): boolean {
  return COUNTS.has(measure);
}

/** A symbol's radius: its area proportional to the value, the largest value of every year at `largest`. */
export function symbolRadius(value: number, max: number, largest = 22): number {
  return value > 0 && max > 0 ? Math.sqrt(value / max) * largest : 0;
}

/** Whether zero is a legend entry of its own: for counts and rates, not for changes (which go below zero). */
export function zeroApart(measure: Measure): boolean {
  return !measure.endsWith('-change');
}

/** A figure as the table and the legend write it: `12,5` per 1,000, `55,56 %` of the local economy, `+3`. */
export function formatFigure(measure: Measure, value: number, locale: Locale): string {
  if (measure.endsWith('-share')) return formatPercent(value / 100, locale);
  const digits = { maximumFractionDigits: COUNTS.has(measure) && measure !== 'employees' ? 0 : 2 } as const;
  const text = formatNumber(value, locale, digits);
  return measure.endsWith('-change') && value > 0 ? `+${text}` : text;
}

/** A figure in words: "5 establishments", "12.5 establishments per 1,000 inhabitants". */
export function formatAmount(t: Translate, measure: Measure, value: number, locale: Locale): string {
  switch (measure) {
    case 'establishments':
    case 'employees':
    case 'creations':
    case 'closures':
      return t(`dashboard.observatory.amount.${measure}`, { count: value });
    default:
      return t(`dashboard.observatory.amount.${measure}`, { value: formatFigure(measure, value, locale) });
  }
}

/** A cell's value, or what stands for it: "confidential" for any suppression, "no data" otherwise. */
export function cellText(
  t: Translate,
  measure: Measure,
  row: Pick<IndicatorRow, 'status' | 'value'> | undefined,
  locale: Locale,
): string {
  if (row !== undefined && isSuppressed(row.status)) return t('dashboard.observatory.confidential');
  if (row === undefined || row.value === null) return t('dashboard.observatory.noData');
  return formatAmount(t, measure, row.value, locale);
}

/** The spoken label of a territory on the map: "Courmayeur, Outdoor, 2021: 5 establishments". */
export function territoryLabel(
  t: Translate,
  parts: {
    name: string;
    filiere: string;
    year: number;
    measure: Measure;
    row: Pick<IndicatorRow, 'status' | 'value'> | undefined;
    locale: Locale;
  },
): string {
  return t('dashboard.observatory.unitLabel', {
    name: parts.name,
    filiere: parts.filiere,
    year: String(parts.year),
    value: cellText(t, parts.measure, parts.row, parts.locale),
  });
}

/**
 * Class breaks typed by a person: 1 to 4 numbers separated by semicolons or spaces, a decimal point or comma
 * (`2,5; 10`), returned increasing and without repeats; `null` when the text is not that; `[]` when empty.
 */
export function parseBreaks(text: string): number[] | null {
  const parts = text.split(/[\s;]+/).filter((part) => part !== '');
  if (parts.length > 4) return null;
  const values: number[] = [];
  for (const part of parts) {
    const normalised = part.replace(',', '.');
    if (!/^-?\d+(\.\d+)?$/.test(normalised)) return null;
    values.push(Number(normalised));
  }
  return [...new Set(values)].sort((a, b) => a - b);
}
