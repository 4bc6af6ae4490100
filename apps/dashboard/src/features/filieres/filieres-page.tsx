import type { Classification, FiliereList } from '@mbi/client';
import type { FiliereId } from '@mbi/domain';
import { useQuery } from '@tanstack/react-query';
import { createLazyRoute, Link, useNavigate, useSearch } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { DataTable } from '../../ui/data-table';
import { FormField } from '../../ui/form-field';
import { usePageTitle } from '../../ui/page-title';
import { QueryView } from '../../ui/query-view';
import { classificationQuery, filieresQuery, looksLikeCode } from './queries';

export const filieresLazyRoute = createLazyRoute('/filieres')({ component: FilieresPage });

export function FilieresPage() {
  const { t } = useI18n();
  usePageTitle(t('dashboard.filieres.title'));
  const { q } = useSearch({ from: '/filieres' });
  const navigate = useNavigate({ from: '/filieres' });
  const [text, setText] = useState(q ?? '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = text.trim();
    void navigate({ search: (previous) => ({ ...previous, q: next === '' ? undefined : next }) });
  };
  return (
    <>
      <h1>{t('dashboard.filieres.title')}</h1>
      <p>{t('dashboard.filieres.intro')}</p>

      <search>
        <form className="form inline" onSubmit={submit}>
          <FormField label={t('dashboard.filieres.searchLabel')} hint={t('dashboard.filieres.searchHint')}>
            {(props) => (
              <input
                {...props}
                type="search"
                name="q"
                value={text}
                onChange={(event) => setText(event.target.value)}
              />
            )}
          </FormField>
          <button type="submit">{t('common.search')}</button>
        </form>
      </search>

      {q === undefined || q === '' ? null : <SearchResult code={q} />}
      <Browse />
    </>
  );
}

function SearchResult({ code }: { code: string }) {
  const { t, locale } = useI18n();
  const query = useQuery({ ...classificationQuery(locale, code), enabled: looksLikeCode(code) });
  return (
    <section aria-labelledby="search-result" aria-live="polite">
      <h2 id="search-result">{t('dashboard.filieres.result', { code })}</h2>
      {looksLikeCode(code) ? (
        <QueryView query={query}>
          {(classification) => <ClassificationView classification={classification} />}
        </QueryView>
      ) : (
        <p>{t('count.results', { count: 0 })}</p>
      )}
    </section>
  );
}

export function ClassificationView({ classification }: { classification: Classification }) {
  const { t, labels } = useI18n();
  const scheme = classification.scheme;
  const schemeLabel =
    scheme in labels.activityCodeScheme
      ? labels.activityCodeScheme[scheme as keyof typeof labels.activityCodeScheme]
      : scheme;
  return (
    <div className="card">
      <dl className="pairs">
        <dt>{t('field.scheme')}</dt>
        <dd>
          {schemeLabel} <code>{classification.nationalCode}</code>
        </dd>
        <dt>{t('field.naceClass')}</dt>
        <dd>
          <code>{classification.naceClass}</code> {classification.naceLabel ?? ''}
        </dd>
        {classification.revision === '2' ? null : (
          <>
            <dt>{t('dashboard.filieres.correspondence')}</dt>
            <dd>
              <code>{classification.nationalCode}</code> (2025) ↔ <code>{classification.naceClass}</code>{' '}
              (NACE Rev.2)
            </dd>
          </>
        )}
      </dl>
      {classification.filieres.length === 0 ? (
        <p>{t('dashboard.filieres.noFiliere')}</p>
      ) : (
        <ul className="matches">
          {classification.filieres.map((match) => (
            <li key={match.filiere}>
              <strong>{match.label}</strong>{' '}
              <span className={`tag tag-${match.weight}`}>
                {match.weight === 'core' ? t('dashboard.filieres.core') : t('dashboard.filieres.partial')}
              </span>
              <p>{match.rationale}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function Browse() {
  const { t, locale } = useI18n();
  const query = useQuery(filieresQuery(locale));
  return (
    <section aria-labelledby="browse">
      <h2 id="browse">{t('dashboard.filieres.browse')}</h2>
      <QueryView query={query}>{(list) => <FiliereCodes list={list} />}</QueryView>
    </section>
  );
}

type FiliereCode = FiliereList['items'][number]['codes'][number];

function FiliereCodes({ list }: { list: FiliereList }) {
  const { t } = useI18n();
  const { filiere } = useSearch({ from: '/filieres' });
  const selected: FiliereId = filiere ?? list.items[0]?.id ?? 'outdoor';
  const current = list.items.find((item) => item.id === selected);
  return (
    <>
      <ul className="tabs">
        {list.items.map((item) => (
          <li key={item.id}>
            <Link
              to="/filieres"
              search={(previous) => ({ ...previous, filiere: item.id })}
              aria-current={item.id === selected ? 'page' : undefined}
            >
              {item.shortLabel}
            </Link>
          </li>
        ))}
      </ul>
      {current === undefined ? null : (
        <>
          <p>{current.description}</p>
          <DataTable<FiliereCode>
            caption={t('dashboard.filieres.codesOf', { filiere: current.label })}
            rows={current.codes}
            rowKey={(code) => `${code.scheme}:${code.code}`}
            columns={[
              {
                key: 'code',
                header: t('field.activityCode'),
                rowHeader: true,
                cell: (code) => <code>{code.code}</code>,
              },
              { key: 'label', header: t('field.name'), cell: (code) => code.label ?? '' },
              {
                key: 'weight',
                header: t('field.weight'),
                cell: (code) =>
                  code.weight === 'core' ? t('dashboard.filieres.core') : t('dashboard.filieres.partial'),
              },
              { key: 'rationale', header: t('field.rationale'), cell: (code) => code.rationale },
            ]}
          />
        </>
      )}
    </>
  );
}
