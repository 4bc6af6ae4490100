import type { IndicatorList } from '@mbi/client';
import type { FiliereId } from '@mbi/domain';
import { FILIERE_IDS } from '@mbi/domain';
import { useQuery } from '@tanstack/react-query';
import { createLazyRoute, useNavigate, useSearch } from '@tanstack/react-router';
import { lazy, Suspense, useId } from 'react';
import { useI18n } from '../../i18n/i18n';
import { usePageTitle } from '../../ui/page-title';
import { Loading } from '../../ui/problem-alert';
import { QueryView } from '../../ui/query-view';
import { boundariesQuery } from '../overview/queries';
import { pickYear } from './model';
import { indicatorsCsvUrl, indicatorsQuery } from './queries';
import './observatory.css';
import { Comparison } from './comparison';
import { RankingTable } from './ranking-table';
import {
  CHANGE_MEASURES,
  COUNT_MEASURES,
  DEFAULTS,
  LEVELS,
  type Level,
  type Measure,
  type ObservatorySearch,
  RATE_MEASURES,
  selectedCodes,
  toggleSelected,
} from './route';
import { TimeSeries } from './time-series';

// d3-geo and the boundaries load after the page's controls and table, as on the overview.
const ObservatoryMap = lazy(() =>
  import('./observatory-map').then((module) => ({ default: module.ObservatoryMap })),
);

export const observatoryLazyRoute = createLazyRoute('/observatory')({ component: ObservatoryPage });

export function ObservatoryPage() {
  const { t, locale } = useI18n();
  usePageTitle(t('observatory.title'));
  const search = useSearch({ from: '/observatory' });
  const selection = {
    filiere: search.filiere ?? DEFAULTS.filiere,
    measure: search.measure ?? DEFAULTS.measure,
    level: search.level ?? DEFAULTS.level,
  };
  const indicators = useQuery(indicatorsQuery(locale, selection));
  const boundaries = useQuery(boundariesQuery());
  const setSearch = useSetSearch();
  const codes = selectedCodes(search.sel);
  const toggle = (code: string) => setSearch({ sel: toggleSelected(search.sel, code) });
  return (
    <>
      <h1>{t('observatory.title')}</h1>
      <p className="lead">{t('dashboard.observatory.intro')}</p>
      <Filters filiere={selection.filiere} measure={selection.measure} level={selection.level} />
      <QueryView query={indicators}>
        {({ selection: shown, list }) => {
          const year = pickYear(list.years, search.year);
          if (year === undefined) return <p>{t('dashboard.observatory.empty')}</p>;
          return (
            <>
              <YearSlider years={list.years} year={year} />
              <div className="observatory-layout" aria-busy={indicators.isPlaceholderData}>
                <div className="observatory-map">
                  <QueryView query={boundaries}>
                    {(collection) => (
                      <Suspense fallback={<Loading />}>
                        <ObservatoryMap
                          collection={collection}
                          list={list}
                          selection={shown}
                          year={year}
                          manualBreaks={search.breaks}
                          onBreaksChange={(breaks) => setSearch({ breaks })}
                          selectedCodes={codes}
                          onToggle={toggle}
                        />
                      </Suspense>
                    )}
                  </QueryView>
                </div>
                <div className="observatory-ranking">
                  <RankingTable
                    list={list}
                    measure={shown.measure}
                    year={year}
                    selectedCodes={codes}
                    onToggle={toggle}
                  />
                  <p className="note">{list.notes.confidentiality}</p>
                  <p className="note">
                    {t('dashboard.observatory.source', { version: list.filiereMapVersion })}
                  </p>
                  <p>
                    <a
                      className="button-link"
                      href={indicatorsCsvUrl(locale, selection, year)}
                      download={`observatory-${selection.filiere}-${selection.measure}-${selection.level}-${year}.csv`}
                    >
                      {t('common.downloadCsv')}
                    </a>
                  </p>
                </div>
              </div>
              <Selection list={list} codes={codes} onClear={() => setSearch({ sel: undefined })} />
              {codes.length === 0 ? null : (
                <TimeSeries list={list} measure={shown.measure} filiere={shown.filiere} codes={codes} />
              )}
              {codes.length === 2 ? (
                <Comparison
                  codes={[codes[0] ?? '', codes[1] ?? '']}
                  filiere={shown.filiere}
                  level={shown.level}
                  year={year}
                />
              ) : null}
            </>
          );
        }}
      </QueryView>
    </>
  );
}

/** The territories selected (from the map or the ranking), or how to select some. */
function Selection({
  list,
  codes,
  onClear,
}: {
  list: IndicatorList;
  codes: readonly string[];
  onClear: () => void;
}) {
  const { t, locale } = useI18n();
  const names = codes.map((code) => list.items.find((row) => row.territory === code)?.name ?? code);
  return (
    <div className="observatory-selection" aria-live="polite">
      {codes.length === 0 ? (
        <p className="note">{t('dashboard.observatory.selectHint')}</p>
      ) : (
        <>
          <p>
            {t('dashboard.observatory.selected', {
              count: codes.length,
              names: new Intl.ListFormat(locale, { type: 'conjunction' }).format(names),
            })}
          </p>
          <button type="button" onClick={onClear}>
            {t('dashboard.observatory.clearSelection')}
          </button>
          {codes.length === 2 ? null : <p className="note">{t('dashboard.observatory.compareHint')}</p>}
        </>
      )}
    </div>
  );
}

/** Moves to the same page with other search parameters, keeping the language and the rest. */
function useSetSearch() {
  const navigate = useNavigate({ from: '/observatory' });
  return (patch: Partial<ObservatorySearch>, replace = false) =>
    void navigate({ search: (previous) => ({ ...previous, ...patch }), replace });
}

/** The filière, measure and level; changing one drops hand-chosen class breaks, chosen for other values. */
function Filters({ filiere, measure, level }: { filiere: FiliereId; measure: Measure; level: Level }) {
  const { t, labels } = useI18n();
  const setSearch = useSetSearch();
  const id = useId();
  const groups = [
    { label: t('dashboard.observatory.rates'), measures: RATE_MEASURES },
    { label: t('dashboard.observatory.counts'), measures: COUNT_MEASURES },
    { label: t('dashboard.observatory.changes'), measures: CHANGE_MEASURES },
  ];
  return (
    <search aria-label={t('dashboard.observatory.filters')}>
      <div className="form filters observatory-filters">
        <div className="field">
          <label htmlFor={`${id}-filiere`}>{t('observatory.indicator.column.filiere')}</label>
          <select
            id={`${id}-filiere`}
            value={filiere}
            onChange={(event) => setSearch({ filiere: event.target.value as FiliereId, breaks: undefined })}
          >
            {FILIERE_IDS.map((option) => (
              <option key={option} value={option}>
                {labels.filiere[option]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-measure`}>{t('observatory.indicator.column.measure')}</label>
          <select
            id={`${id}-measure`}
            value={measure}
            onChange={(event) => setSearch({ measure: event.target.value as Measure, breaks: undefined })}
          >
            {groups.map((group) => (
              <optgroup key={group.label} label={group.label}>
                {group.measures.map((option) => (
                  <option key={option} value={option}>
                    {t(`observatory.indicator.measure.${option}`)}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-level`}>{t('observatory.indicator.column.level')}</label>
          <select
            id={`${id}-level`}
            value={level}
            onChange={(event) => setSearch({ level: event.target.value as Level, breaks: undefined })}
          >
            {LEVELS.map((option) => (
              <option key={option} value={option}>
                {t(`observatory.indicator.level.${option}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
    </search>
  );
}

/** The year as a slider over the years with data (they need not be consecutive). */
function YearSlider({ years, year }: { years: readonly number[]; year: number }) {
  const { t } = useI18n();
  const setSearch = useSetSearch();
  const id = useId();
  const sorted = [...years].sort((a, b) => a - b);
  const index = Math.max(0, sorted.indexOf(year));
  return (
    <div className="field year-slider">
      <label htmlFor={id}>{t('dashboard.observatory.year', { year: String(year) })}</label>
      <input
        id={id}
        type="range"
        min={0}
        max={Math.max(0, sorted.length - 1)}
        step={1}
        value={index}
        aria-valuetext={String(year)}
        disabled={sorted.length < 2}
        // Each step replaces the history entry: moving the slider does not fill the back button.
        onChange={(event) => setSearch({ year: sorted[Number(event.target.value)] }, true)}
      />
      <span className="year-bounds" aria-hidden="true">
        <span>{sorted[0]}</span>
        <span>{sorted[sorted.length - 1]}</span>
      </span>
    </div>
  );
}
