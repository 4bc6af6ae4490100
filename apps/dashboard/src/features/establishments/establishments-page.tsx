import type { Establishment, EstablishmentPage } from '@mbi/client';
import { COUNTRY_CODES, ESTABLISHMENT_STATUSES, FILIERE_IDS } from '@mbi/domain';
import { useQuery } from '@tanstack/react-query';
import { createLazyRoute, Link, useNavigate, useSearch } from '@tanstack/react-router';
import { type FormEvent, useEffect, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { RequireSession } from '../../session/require-session';
import { usePermissions } from '../../session/session';
import { DataTable } from '../../ui/data-table';
import { FormField } from '../../ui/form-field';
import { usePageTitle } from '../../ui/page-title';
import { QueryView } from '../../ui/query-view';
import { establishmentsQuery, PAGE_SIZE } from './queries';
import type { EstablishmentsSearch } from './route';

export const establishmentsLazyRoute = createLazyRoute('/establishments')({ component: EstablishmentsPage });

export function EstablishmentsPage() {
  const { t } = useI18n();
  usePageTitle(t('dashboard.establishments.title'));
  const permissions = usePermissions();
  return (
    <>
      <div className="page-heading">
        <h1>{t('dashboard.establishments.title')}</h1>
        {permissions.canCreate ? (
          <Link to="/establishments/new" className="button-link">
            {t('dashboard.establishments.create')}
          </Link>
        ) : null}
      </div>
      <RequireSession>{() => <Directory />}</RequireSession>
    </>
  );
}

function Directory() {
  const { locale } = useI18n();
  const search = useSearch({ from: '/establishments' });
  const query = useQuery(establishmentsQuery(locale, search));
  return (
    <>
      <Filters search={search} />
      <QueryView query={query}>{(page) => <Results page={page} search={search} />}</QueryView>
    </>
  );
}

/** Filters as typed; applied (written to the URL, back to page 1) on submit. */
function Filters({ search }: { search: EstablishmentsSearch }) {
  const { t, labels } = useI18n();
  const navigate = useNavigate({ from: '/establishments' });
  const [draft, setDraft] = useState(search);
  useEffect(() => setDraft(search), [search]);
  const set = (field: keyof EstablishmentsSearch, value: string) =>
    setDraft((previous) => ({ ...previous, [field]: value === '' ? undefined : value }));
  const apply = (event: FormEvent) => {
    event.preventDefault();
    void navigate({ search: (previous) => ({ lang: previous.lang, ...draft, page: undefined }) });
  };
  return (
    <search aria-label={t('dashboard.establishments.filters')}>
      <form className="form filters" onSubmit={apply}>
        <FormField label={t('dashboard.establishments.searchLabel')}>
          {(props) => (
            <input
              {...props}
              type="search"
              value={draft.q ?? ''}
              onChange={(event) => set('q', event.target.value)}
            />
          )}
        </FormField>
        <FormField label={t('field.filiere')}>
          {(props) => (
            <select
              {...props}
              value={draft.filiere ?? ''}
              onChange={(event) => set('filiere', event.target.value)}
            >
              <option value="">{t('common.all')}</option>
              {FILIERE_IDS.map((id) => (
                <option key={id} value={id}>
                  {labels.filiereShort[id]}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={t('field.country')}>
          {(props) => (
            <select
              {...props}
              value={draft.country ?? ''}
              onChange={(event) => set('country', event.target.value)}
            >
              <option value="">{t('common.all')}</option>
              {COUNTRY_CODES.map((code) => (
                <option key={code} value={code}>
                  {labels.country[code]}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={t('dashboard.establishments.territory')}>
          {(props) => (
            <input
              {...props}
              inputMode="numeric"
              value={draft.territory ?? ''}
              onChange={(event) => set('territory', event.target.value)}
            />
          )}
        </FormField>
        <FormField label={t('field.status')}>
          {(props) => (
            <select
              {...props}
              value={draft.status ?? ''}
              onChange={(event) => set('status', event.target.value)}
            >
              <option value="">{t('common.all')}</option>
              {ESTABLISHMENT_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {labels.establishmentStatus[status]}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <div className="form-actions">
          <button type="submit">{t('dashboard.establishments.apply')}</button>
          <Link to="/establishments" search={(previous) => ({ lang: previous.lang })} className="link-button">
            {t('dashboard.establishments.reset')}
          </Link>
        </div>
      </form>
    </search>
  );
}

function Results({ page, search }: { page: EstablishmentPage; search: EstablishmentsSearch }) {
  const { t, labels, date } = useI18n();
  const permissions = usePermissions();
  const current = search.page ?? 1;
  const pages = Math.max(1, Math.ceil(page.total / PAGE_SIZE));
  const from = page.total === 0 ? 0 : page.offset + 1;
  const to = page.offset + page.items.length;
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading" aria-live="polite">
        {t('count.results', { count: page.total })}
      </h2>
      {page.items.length === 0 ? null : (
        <DataTable<Establishment>
          caption={t('dashboard.establishments.title')}
          captionHidden
          rows={page.items}
          rowKey={(row) => row.id}
          columns={[
            {
              key: 'name',
              header: t('field.name'),
              rowHeader: true,
              cell: (row) => (
                <Link to="/establishments/$id" params={{ id: row.id }}>
                  {row.name}
                </Link>
              ),
            },
            {
              key: 'identifier',
              header: t('field.identifier'),
              cell: (row) => <code>{row.nationalIdentifier}</code>,
            },
            { key: 'country', header: t('field.country'), cell: (row) => labels.country[row.country] },
            { key: 'territory', header: t('field.municipality'), cell: (row) => row.territoryUnitCode },
            {
              key: 'activity',
              header: t('field.activityCode'),
              cell: (row) => <code>{row.activityCode}</code>,
            },
            {
              key: 'filieres',
              header: t('field.filiere'),
              cell: (row) => row.filieres.map((id) => labels.filiereShort[id]).join(', '),
            },
            {
              key: 'status',
              header: t('field.status'),
              cell: (row) => labels.establishmentStatus[row.status],
            },
            {
              key: 'opened',
              header: t('dashboard.establishments.openedOn'),
              cell: (row) => date(row.openedOn, 'medium'),
            },
            {
              key: 'partner',
              header: t('dashboard.establishments.partner'),
              cell: (row) => (row.partnerId === undefined ? '' : labels.partner[row.partnerId]),
            },
            {
              key: 'actions',
              header: <span className="visually-hidden">{t('dashboard.establishments.edit')}</span>,
              cell: (row) =>
                permissions.canWrite(row.partnerId ?? null) ? (
                  <Link
                    to="/establishments/$id"
                    params={{ id: row.id }}
                    aria-label={t('dashboard.establishments.editTitle', { name: row.name })}
                  >
                    {t('dashboard.establishments.edit')}
                  </Link>
                ) : null,
            },
          ]}
        />
      )}
      <nav className="pagination" aria-label={t('dashboard.establishments.page', { page: current, pages })}>
        <p>{page.total === 0 ? null : t('pagination.range', { from, to, total: page.total })}</p>
        {current > 1 ? (
          <Link
            to="/establishments"
            search={(previous) => ({ ...previous, page: current - 1 === 1 ? undefined : current - 1 })}
            rel="prev"
          >
            {t('pagination.previous')}
          </Link>
        ) : null}
        <span>{t('dashboard.establishments.page', { page: current, pages })}</span>
        {current < pages ? (
          <Link to="/establishments" search={(previous) => ({ ...previous, page: current + 1 })} rel="next">
            {t('pagination.next')}
          </Link>
        ) : null}
      </nav>
    </section>
  );
}
