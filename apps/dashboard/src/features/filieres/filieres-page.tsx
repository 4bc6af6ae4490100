import type { FiliereList } from '@mbi/client';
import type { FiliereId } from '@mbi/domain';
import { useQuery } from '@tanstack/react-query';
import { createLazyRoute, Link, useNavigate, useSearch } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { DataTable } from '../../ui/data-table';
import { FormField } from '../../ui/form-field';
import { usePageTitle } from '../../ui/page-title';
import { QueryView } from '../../ui/query-view';
import {
  entryQuery,
  filieresQuery,
  type NomenclatureEntry,
  type NomenclatureHit,
  type NomenclaturePage,
  parseEntry,
  searchQuery,
} from './queries';

export const filieresLazyRoute = createLazyRoute('/filieres')({ component: FilieresPage });

export function FilieresPage() {
  const { t } = useI18n();
  usePageTitle(t('dashboard.filieres.title'));
  const { q, entry } = useSearch({ from: '/filieres' });
  const navigate = useNavigate({ from: '/filieres' });
  const [text, setText] = useState(q ?? '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = text.trim();
    void navigate({
      search: (previous) => ({ ...previous, q: next === '' ? undefined : next, entry: undefined }),
    });
  };
  const shown = parseEntry(entry);
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
      {q === undefined || q === '' ? null : <SearchResults q={q} />}
      {shown === null ? null : <Entry system={shown.system} code={shown.code} />}
      <Browse />
    </>
  );
}

function SearchResults({ q }: { q: string }) {
  const { t, locale } = useI18n();
  const query = useQuery(searchQuery(locale, q));
  return (
    <section aria-labelledby="search-result">
      <h2 id="search-result">{t('dashboard.filieres.result', { code: q })}</h2>
      <QueryView query={query}>{(page) => <Hits page={page} />}</QueryView>
    </section>
  );
}

function FiliereTags({ filieres }: { filieres: NomenclatureHit['filieres'] }) {
  const { t } = useI18n();
  if (filieres.length === 0) return <span className="muted">—</span>;
  return (
    <ul className="plain">
      {filieres.map((match) => (
        <li key={match.filiere}>
          {match.label}{' '}
          <span className={`tag tag-${match.weight}`}>
            {match.weight === 'core' ? t('dashboard.filieres.core') : t('dashboard.filieres.partial')}
          </span>
        </li>
      ))}
    </ul>
  );
}

function Hits({ page }: { page: NomenclaturePage }) {
  const { t, labels } = useI18n();
  return (
    <>
      <p aria-live="polite">{t('count.results', { count: page.total })}</p>
      {page.items.length === 0 ? null : (
        <DataTable<NomenclatureHit>
          caption={t('dashboard.filieres.matches')}
          captionHidden
          rows={page.items}
          rowKey={(hit) => `${hit.system}:${hit.code}`}
          columns={[
            {
              key: 'code',
              header: t('field.activityCode'),
              rowHeader: true,
              cell: (hit) => (
                <Link
                  to="/filieres"
                  search={(previous) => ({ ...previous, entry: `${hit.system}:${hit.code}` })}
                >
                  <code>{hit.code}</code>
                </Link>
              ),
            },
            {
              key: 'system',
              header: t('field.scheme'),
              cell: (hit) => labels.activityCodeScheme[hit.system],
            },
            {
              key: 'title',
              header: t('field.name'),
              cell: (hit) => <span lang={hit.titleLanguage}>{hit.title}</span>,
            },
            { key: 'class', header: t('field.naceClass'), cell: (hit) => hit.naceClass ?? '—' },
            {
              key: 'filieres',
              header: t('field.filiere'),
              cell: (hit) => <FiliereTags filieres={hit.filieres} />,
            },
          ]}
        />
      )}
    </>
  );
}

function Entry({ system, code }: { system: Parameters<typeof entryQuery>[1]; code: string }) {
  const { locale } = useI18n();
  const query = useQuery(entryQuery(locale, system, code));
  return <QueryView query={query}>{(entry) => <EntryView entry={entry} />}</QueryView>;
}

function EntryView({ entry }: { entry: NomenclatureEntry }) {
  const { t, labels } = useI18n();
  const link = (node: { system: string; code: string }) => `${node.system}:${node.code}`;
  return (
    <section aria-labelledby="entry" className="card">
      <h2 id="entry">
        {labels.activityCodeScheme[entry.system]} <code>{entry.code}</code> —{' '}
        <span lang={entry.titleLanguage}>{entry.title}</span>
      </h2>
      {entry.parents.length === 0 ? null : (
        <nav aria-label={t('field.naceClass')}>
          <ol className="breadcrumb">
            {entry.parents.map((parent) => (
              <li key={link(parent)}>
                <Link to="/filieres" search={(previous) => ({ ...previous, entry: link(parent) })}>
                  <code>{parent.code}</code> <span lang={parent.titleLanguage}>{parent.title}</span>
                </Link>
              </li>
            ))}
          </ol>
        </nav>
      )}
      {entry.filieres.length === 0 ? (
        <p>{t('dashboard.filieres.noFiliere')}</p>
      ) : (
        <ul className="matches">
          {entry.filieres.map((match) => (
            <li key={match.filiere}>
              <strong>{match.label}</strong>{' '}
              <span className={`tag tag-${match.weight}`}>
                {match.weight === 'core' ? t('dashboard.filieres.core') : t('dashboard.filieres.partial')}
              </span>
              <p>{match.rationale}</p>
              {match.note === null ? null : <p className="note">{match.note}</p>}
            </li>
          ))}
        </ul>
      )}
      {entry.children.length === 0 ? null : (
        <ul className="plain">
          {entry.children.map((child) => (
            <li key={link(child)}>
              <Link to="/filieres" search={(previous) => ({ ...previous, entry: link(child) })}>
                <code>{child.code}</code>
              </Link>{' '}
              <span lang={child.titleLanguage}>{child.title}</span>
            </li>
          ))}
        </ul>
      )}
      {entry.correspondence.length === 0 ? null : (
        <DataTable
          caption={t('dashboard.filieres.correspondence')}
          rows={entry.correspondence}
          rowKey={(row) => `${row.rev2}:${row.rev21.map((target) => target.code).join(',')}`}
          columns={[
            {
              key: 'rev2',
              header: 'NACE Rev.2 (2008)',
              rowHeader: true,
              cell: (row) => <code>{row.rev2}</code>,
            },
            {
              key: 'rev21',
              header: 'NACE Rev.2.1 (2025)',
              cell: (row) => (
                <ul className="plain">
                  {row.rev21.map((target) => (
                    <li key={target.code}>
                      <code>{target.code}</code>{' '}
                      {target.title === null ? null : <span lang="en">{target.title}</span>}
                    </li>
                  ))}
                </ul>
              ),
            },
            {
              key: 'change',
              header: t('dashboard.filieres.revision'),
              cell: (row) => <span lang="en">{row.change}</span>,
            },
          ]}
        />
      )}
    </section>
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
              aria-current={item.id === selected ? 'true' : undefined}
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
                cell: (code) => (
                  <Link
                    to="/filieres"
                    search={(previous) => ({ ...previous, entry: `nace:${code.naceClass}` })}
                  >
                    <code>{code.code}</code>
                  </Link>
                ),
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
