import { PARTNER_IDS, type Role } from '@mbi/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createLazyRoute } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { RequireSession } from '../../session/require-session';
import { DataTable } from '../../ui/data-table';
import { FormField } from '../../ui/form-field';
import { usePageTitle } from '../../ui/page-title';
import { ErrorState } from '../../ui/problem-alert';
import { QueryView } from '../../ui/query-view';
import { AccessFields } from './access-fields';
import { type ApiKey, adminKeys, apiKeysQuery, createApiKey, revokeApiKey } from './queries';
import { ShownOnce } from './shown-once';
import { UsersSection } from './users-section';

export const adminLazyRoute = createLazyRoute('/admin')({ component: AdminPage });

export function AdminPage() {
  const { t } = useI18n();
  usePageTitle(t('dashboard.admin.title'));
  return (
    <>
      <h1>{t('dashboard.admin.title')}</h1>
      <RequireSession admin>
        {(me) => (
          <>
            <UsersSection me={me} />
            <ApiKeysSection />
          </>
        )}
      </RequireSession>
    </>
  );
}

function ApiKeysSection() {
  const { t, locale, labels, date } = useI18n();
  const query = useQuery(apiKeysQuery(locale));
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState<string | null>(null);
  const revoke = useMutation({
    mutationFn: (id: string) => revokeApiKey(locale, id),
    onSuccess: async () => {
      setConfirming(null);
      await queryClient.invalidateQueries({ queryKey: adminKeys.all });
    },
  });
  return (
    <section aria-labelledby="api-keys">
      <h2 id="api-keys">{t('dashboard.admin.keys')}</h2>
      <CreateKeyForm />
      {revoke.isError ? <ErrorState error={revoke.error} /> : null}
      <QueryView query={query}>
        {(keys) => (
          <DataTable<ApiKey>
            caption={t('dashboard.admin.keys')}
            captionHidden
            rows={keys}
            rowKey={(key) => key.id}
            columns={[
              {
                key: 'prefix',
                header: t('dashboard.admin.prefix'),
                rowHeader: true,
                cell: (key) => <code>{key.prefix}</code>,
              },
              { key: 'label', header: t('dashboard.admin.label'), cell: (key) => key.label },
              { key: 'role', header: t('field.role'), cell: (key) => t(`dashboard.role.${key.role}`) },
              {
                key: 'partner',
                header: t('dashboard.establishments.partner'),
                cell: (key) =>
                  key.partnerId === null ? t('dashboard.admin.noPartner') : labels.partner[key.partnerId],
              },
              {
                key: 'created',
                header: t('dashboard.admin.createdAt'),
                cell: (key) => date(key.createdAt, 'medium'),
              },
              {
                key: 'used',
                header: t('dashboard.admin.lastUsedAt'),
                cell: (key) =>
                  key.lastUsedAt === null ? t('dashboard.admin.never') : date(key.lastUsedAt, 'medium'),
              },
              {
                key: 'state',
                header: t('field.status'),
                cell: (key) =>
                  key.revokedAt === null
                    ? t('dashboard.admin.active')
                    : `${t('dashboard.admin.revokedAt')} ${date(key.revokedAt, 'medium')}`,
              },
              {
                key: 'actions',
                header: <span className="visually-hidden">{t('dashboard.admin.revoke')}</span>,
                cell: (key) =>
                  key.revokedAt !== null ? null : confirming === key.id ? (
                    <span className="confirm">
                      <span>{t('dashboard.admin.revokeConfirm', { prefix: key.prefix })}</span>
                      <button
                        type="button"
                        className="danger"
                        onClick={() => revoke.mutate(key.id)}
                        disabled={revoke.isPending}
                      >
                        {t('dashboard.admin.revoke')}
                      </button>
                      <button type="button" onClick={() => setConfirming(null)}>
                        {t('dashboard.establishments.cancel')}
                      </button>
                    </span>
                  ) : (
                    <button type="button" onClick={() => setConfirming(key.id)}>
                      {t('dashboard.admin.revoke')} <span className="visually-hidden">{key.prefix}</span>
                    </button>
                  ),
              },
            ]}
          />
        )}
      </QueryView>
    </section>
  );
}

function CreateKeyForm() {
  const { t, locale } = useI18n();
  const queryClient = useQueryClient();
  const [label, setLabel] = useState('');
  const [role, setRole] = useState<Role>('viewer');
  const [partnerId, setPartnerId] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [token, setToken] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: () =>
      createApiKey(locale, {
        label: label.trim(),
        role,
        partnerId: partnerId === '' ? null : (partnerId as (typeof PARTNER_IDS)[number]),
      }),
    onSuccess: async (created) => {
      setToken(created.token);
      setLabel('');
      setSubmitted(false);
      await queryClient.invalidateQueries({ queryKey: adminKeys.all });
    },
  });
  const labelError = submitted && label.trim() === '' ? t('validation.required') : null;
  // Every key is bound to a partner, except an admin's (the API's rule).
  const partnerError = submitted && role !== 'admin' && partnerId === '' ? t('validation.required') : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (label.trim() === '' || (role !== 'admin' && partnerId === '')) return;
    create.mutate();
  };
  return (
    <>
      {token === null ? null : (
        <ShownOnce value={token} message={t('dashboard.admin.keyOnce')} onDismiss={() => setToken(null)} />
      )}
      {create.isError ? <ErrorState error={create.error} /> : null}
      <form className="form inline" noValidate onSubmit={submit} aria-label={t('dashboard.admin.createKey')}>
        <FormField label={t('dashboard.admin.label')} error={labelError}>
          {(props) => (
            <input {...props} name="label" value={label} onChange={(event) => setLabel(event.target.value)} />
          )}
        </FormField>
        <AccessFields
          role={role}
          onRoleChange={setRole}
          partnerId={partnerId}
          onPartnerChange={setPartnerId}
          partners={PARTNER_IDS}
          allowNoPartner
          partnerError={partnerError}
        />
        <div className="form-actions">
          <button type="submit" disabled={create.isPending}>
            {t('dashboard.admin.createKey')}
          </button>
        </div>
      </form>
    </>
  );
}
