import { useRouter } from '@tanstack/react-router';
import { useId, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import type { EmbedSearch, EmbedView } from './embed-route';
import type { ObservatorySearch } from './route';

/** The frame's height in pixels: the map and its legend need more room than the chart. */
export const EMBED_HEIGHTS: Record<EmbedView, number> = { map: 760, chart: 560 };

function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The HTML a website puts in its page to show the view: an iframe with a title (WCAG 4.1.2), lazily loaded. */
export function embedSnippet({ src, title, height }: { src: string; title: string; height: number }): string {
  return `<iframe src="${attribute(src)}" title="${attribute(title)}" width="100%" height="${height}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}

/**
 * "Embed": the iframe HTML of the current view (filters, year, selection, language), to copy into another
 * website, with the options of `/embed/observatory` — the map or the chart, the filters, the border.
 */
export function EmbedSection({ search, title }: { search: ObservatorySearch; title: string }) {
  const { t, locale } = useI18n();
  const router = useRouter();
  const id = useId();
  const hasSelection = search.sel !== undefined;
  const [chosen, setView] = useState<EmbedView>('map');
  const view = hasSelection ? chosen : 'map';
  const [filters, setFilters] = useState(false);
  const [border, setBorder] = useState(true);
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const embedSearch: EmbedSearch = {
    ...search,
    view,
    ...(filters ? {} : { filters: 0 }),
    ...(border ? {} : { border: 0 }),
  };
  const defined = Object.fromEntries(
    Object.entries({ lang: locale, ...embedSearch }).filter(([, value]) => value !== undefined),
  );
  const href = router.buildLocation({ to: '/embed/observatory', search: defined as never }).href;
  const snippet = embedSnippet({
    src: `${window.location.origin}${href}`,
    title,
    height: EMBED_HEIGHTS[view],
  });
  const copy = () => {
    setCopied(null);
    Promise.resolve(navigator.clipboard?.writeText(snippet)).then(
      () => setCopied(navigator.clipboard === undefined ? 'no' : 'yes'),
      () => setCopied('no'),
    );
  };
  return (
    <section className="observatory-embed" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('dashboard.observatory.embed')}</h2>
      <p>{t('dashboard.observatory.embedIntro')}</p>
      <div className="form observatory-filters">
        <fieldset className="field">
          <legend>{t('dashboard.observatory.embedView')}</legend>
          {(['map', 'chart'] as const).map((option) => (
            <label key={option}>
              <input
                type="radio"
                name={`${id}-view`}
                value={option}
                checked={view === option}
                disabled={option === 'chart' && !hasSelection}
                onChange={() => {
                  setView(option);
                  setCopied(null);
                }}
              />{' '}
              {t(`dashboard.observatory.embedView.${option}`)}
            </label>
          ))}
          {hasSelection ? null : (
            <p className="note">{t('dashboard.observatory.embedChartNeedsSelection')}</p>
          )}
        </fieldset>
        <fieldset className="field">
          <legend>{t('dashboard.observatory.embedOptions')}</legend>
          <label>
            <input
              type="checkbox"
              checked={filters}
              onChange={(event) => {
                setFilters(event.target.checked);
                setCopied(null);
              }}
            />{' '}
            {t('dashboard.observatory.embedFilters')}
          </label>
          <label>
            <input
              type="checkbox"
              checked={border}
              onChange={(event) => {
                setBorder(event.target.checked);
                setCopied(null);
              }}
            />{' '}
            {t('dashboard.observatory.embedBorder')}
          </label>
        </fieldset>
      </div>
      <div className="field">
        <label htmlFor={`${id}-code`}>{t('dashboard.observatory.embedCode')}</label>
        <textarea
          id={`${id}-code`}
          className="embed-code"
          readOnly
          value={snippet}
          onFocus={(event) => event.target.select()}
        />
      </div>
      <p>
        <button type="button" onClick={copy}>
          {t('dashboard.observatory.embedCopy')}
        </button>{' '}
        <a href={href} target="_blank" rel="noopener">
          {t('dashboard.observatory.embedPreview')}
        </a>
      </p>
      <p role="status" className="note">
        {copied === 'yes'
          ? t('dashboard.observatory.embedCopied')
          : copied === 'no'
            ? t('dashboard.observatory.embedCopyFailed')
            : ''}
      </p>
    </section>
  );
}
