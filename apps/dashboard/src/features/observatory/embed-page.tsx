import { useQuery } from '@tanstack/react-query';
import { createLazyRoute, useSearch } from '@tanstack/react-router';
import { lazy, Suspense } from 'react';
import { useI18n } from '../../i18n/i18n';
import { usePageTitle } from '../../ui/page-title';
import { Loading } from '../../ui/problem-alert';
import { QueryView } from '../../ui/query-view';
import { boundariesQuery } from '../overview/queries';
import { Filters, YearSlider } from './controls';
import { pickYear } from './model';
import { indicatorsQuery } from './queries';
import { DEFAULTS, selectedCodes } from './route';
import { TimeSeries } from './time-series';
import './observatory.css';

const ObservatoryMap = lazy(() =>
  import('./observatory-map').then((module) => ({ default: module.ObservatoryMap })),
);

export const embedObservatoryLazyRoute = createLazyRoute('/embed/observatory')({
  component: EmbedObservatoryPage,
});

/**
 * The observatory's map, or the time series of the selected territories, alone in a frame: its legend, the
 * source and the confidentiality note, the filters unless `filters=0`, a link to the whole observatory.
 */
export function EmbedObservatoryPage() {
  const { t, locale, labels } = useI18n();
  const search = useSearch({ from: '/embed/observatory' });
  const selection = {
    filiere: search.filiere ?? DEFAULTS.filiere,
    measure: search.measure ?? DEFAULTS.measure,
    level: search.level ?? DEFAULTS.level,
  };
  const view = search.view ?? 'map';
  const codes = selectedCodes(search.sel);
  const indicators = useQuery(indicatorsQuery(locale, selection));
  const boundaries = useQuery({ ...boundariesQuery(), enabled: view === 'map' });
  const heading = t('dashboard.observatory.embedHeading', {
    measure: t(`observatory.indicator.measure.${selection.measure}`),
    filiere: labels.filiere[selection.filiere],
  });
  usePageTitle(heading);
  const { filters: _filters, border: _border, view: _view, ...shared } = search;
  const fullPage = `/observatory?${new URLSearchParams(
    Object.entries({ ...shared, lang: locale }).flatMap(([key, value]) =>
      value === undefined ? [] : [[key, Array.isArray(value) ? JSON.stringify(value) : String(value)]],
    ),
  ).toString()}`;
  return (
    <div className={search.border === 0 ? 'embed' : 'embed embed-border'}>
      <h1 className="embed-title">{heading}</h1>
      {search.filters === 0 ? null : (
        <Filters filiere={selection.filiere} measure={selection.measure} level={selection.level} />
      )}
      <QueryView query={indicators}>
        {({ selection: shown, list }) => {
          const year = pickYear(list.years, search.year);
          if (year === undefined) return <p>{t('dashboard.observatory.empty')}</p>;
          return (
            <>
              {search.filters === 0 || view === 'chart' ? null : (
                <YearSlider years={list.years} year={year} />
              )}
              {view === 'map' ? (
                <QueryView query={boundaries}>
                  {(collection) => (
                    <Suspense fallback={<Loading />}>
                      <ObservatoryMap
                        collection={collection}
                        list={list}
                        selection={shown}
                        year={year}
                        manualBreaks={search.breaks}
                        selectedCodes={codes}
                        downloads={false}
                      />
                    </Suspense>
                  )}
                </QueryView>
              ) : codes.length === 0 ? (
                <p>{t('dashboard.observatory.embedNoSelection')}</p>
              ) : (
                <TimeSeries list={list} measure={shown.measure} filiere={shown.filiere} codes={codes} />
              )}
              <p className="note">{list.notes.confidentiality}</p>
              <p className="note">{t('dashboard.observatory.source', { version: list.filiereMapVersion })}</p>
            </>
          );
        }}
      </QueryView>
      <p className="note">
        <a href={fullPage} target="_blank" rel="noopener">
          {t('dashboard.observatory.embedOpen')}
        </a>
      </p>
    </div>
  );
}
