import type { FiliereId } from '@mbi/domain/vocabularies';
import { FILIERE_IDS } from '@mbi/domain/vocabularies';
import { useNavigate } from '@tanstack/react-router';
import { useId } from 'react';
import { useI18n } from '../../i18n/i18n';
import {
  CHANGE_MEASURES,
  COUNT_MEASURES,
  LEVELS,
  type Level,
  type Measure,
  type ObservatorySearch,
  RATE_MEASURES,
} from './route';

/** Moves to the same page with other search parameters, keeping the language and the rest. */
export function useSetSearch() {
  const navigate = useNavigate();
  // The page's own path: the observatory, or its embeddable view, which share their search parameters.
  return (patch: Partial<ObservatorySearch>, replace = false) =>
    void navigate({
      to: '.',
      search: (previous: Record<string, unknown>) => ({ ...previous, ...patch }),
      replace,
    });
}

/**
 * The filière, measure and level; changing one drops hand-chosen class breaks, chosen for other values, and
 * changing the level drops the selected territories.
 */
export function Filters({ filiere, measure, level }: { filiere: FiliereId; measure: Measure; level: Level }) {
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
            // The selected territories are of the level left behind (communes, partners or countries): dropped too.
            onChange={(event) =>
              setSearch({ level: event.target.value as Level, breaks: undefined, sel: undefined })
            }
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
export function YearSlider({ years, year }: { years: readonly number[]; year: number }) {
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
