import type { IndicatorList } from '@mbi/client';
import { useQuery } from '@tanstack/react-query';
import { createLazyRoute, useSearch } from '@tanstack/react-router';
import { lazy, Suspense } from 'react';
import { useI18n } from '../../i18n/i18n';
import { usePageTitle } from '../../ui/page-title';
import { Loading } from '../../ui/problem-alert';
import { QueryView } from '../../ui/query-view';
import { boundariesQuery } from '../overview/queries';
import { pickYear } from './model';
import { indicatorsCsvUrl, indicatorsQuery } from './queries';
import './observatory.css';
import { Comparison } from './comparison';
import { Filters, useSetSearch, YearSlider } from './controls';
import { EmbedSection } from './embed-section';
import { ImportSection } from './import-section';
import { RankingTable } from './ranking-table';
import { DEFAULTS, selectedCodes, toggleSelected } from './route';
import { TimeSeries } from './time-series';

// d3-geo and the boundaries load after the page's controls and table, as on the overview.
const ObservatoryMap = lazy(() =>
  import('./observatory-map').then((module) => ({ default: module.ObservatoryMap })),
);

export const observatoryLazyRoute = createLazyRoute('/observatory')({ component: ObservatoryPage });

export function ObservatoryPage() {
  const { t, locale, labels } = useI18n();
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
              <EmbedSection
                search={{ ...search, year }}
                title={t('dashboard.observatory.embedHeading', {
                  measure: t(`observatory.indicator.measure.${shown.measure}`),
                  filiere: labels.filiere[shown.filiere],
                })}
              />
            </>
          );
        }}
      </QueryView>
      <ImportSection />
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
