import { PARTNER_IDS, type PartnerId, ROLES, type Role } from '@mbi/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import type { Me } from '../../session/session';
import { DataTable } from '../../ui/data-table';
import { FormField } from '../../ui/form-field';
import { ErrorState } from '../../ui/problem-alert';
import { QueryView } from '../../ui/query-view';
import { AccessFields } from './access-fields';
import { adminKeys, createUser, type User, updateUser, usersQuery } from './queries';
import { ShownOnce } from './shown-once';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The users an administrator manages: those of its partner (a project-wide administrator: everyone). Its own
 * account offers no role change and no disabling (the API refuses both: another administrator must do it).
 */
export function UsersSection({ me }: { me: Me }) {
  const { t, locale, labels, date } = useI18n();
  const query = useQuery(usersQuery(locale));
  const queryClient = useQueryClient();
  const update = useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: Parameters<typeof updateUser>[2] }) =>
      updateUser(locale, id, patch),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminKeys.all }),
  });
  const partners: readonly PartnerId[] = me.partnerId === null ? PARTNER_IDS : [me.partnerId as PartnerId];
  return (
    <section aria-labelledby="users">
      <h2 id="users">{t('dashboard.admin.users')}</h2>
      <CreateUserForm partners={partners} projectWide={me.partnerId === null} />
      {update.isError ? <ErrorState error={update.error} /> : null}
      <QueryView query={query}>
        {(users) => (
          <DataTable<User>
            caption={t('dashboard.admin.users')}
            captionHidden
            rows={users}
            rowKey={(user) => user.id}
            columns={[
              { key: 'name', header: t('field.name'), rowHeader: true, cell: (user) => user.name },
              { key: 'email', header: t('dashboard.auth.email'), cell: (user) => user.email },
              {
                key: 'role',
                header: t('field.role'),
                cell: (user) =>
                  user.id === me.id ? (
                    t(`dashboard.role.${user.role}`)
                  ) : (
                    <select
                      aria-label={`${t('field.role')} — ${user.name}`}
                      value={user.role}
                      disabled={update.isPending}
                      onChange={(event) =>
                        update.mutate({ id: user.id, patch: { role: event.target.value as Role } })
                      }
                    >
                      {ROLES.map((role) => (
                        <option key={role} value={role}>
                          {t(`dashboard.role.${role}`)}
                        </option>
                      ))}
                    </select>
                  ),
              },
              {
                key: 'partner',
                header: t('dashboard.establishments.partner'),
                cell: (user) =>
                  user.partnerId === null ? t('dashboard.admin.noPartner') : labels.partner[user.partnerId],
              },
              {
                key: 'created',
                header: t('dashboard.admin.createdAt'),
                cell: (user) => date(user.createdAt, 'medium'),
              },
              {
                key: 'state',
                header: t('field.status'),
                cell: (user) =>
                  user.disabledAt === null ? t('dashboard.admin.active') : t('dashboard.admin.disabled'),
              },
              {
                key: 'actions',
                header: <span className="visually-hidden">{t('dashboard.admin.disable')}</span>,
                cell: (user) =>
                  user.id === me.id ? null : (
                    <button
                      type="button"
                      disabled={update.isPending}
                      onClick={() =>
                        update.mutate({ id: user.id, patch: { disabled: user.disabledAt === null } })
                      }
                    >
                      {user.disabledAt === null ? t('dashboard.admin.disable') : t('dashboard.admin.enable')}
                      <span className="visually-hidden"> {user.name}</span>
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

function CreateUserForm({ partners, projectWide }: { partners: readonly PartnerId[]; projectWide: boolean }) {
  const { t, locale } = useI18n();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('viewer');
  const [partnerId, setPartnerId] = useState<string>(partners.length === 1 ? (partners[0] ?? '') : '');
  const [submitted, setSubmitted] = useState(false);
  const [password, setPassword] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: () =>
      createUser(locale, {
        email: email.trim(),
        name: name.trim(),
        role,
        partnerId: partnerId === '' ? null : (partnerId as PartnerId),
      }),
    onSuccess: async (created) => {
      setPassword(created.password);
      setEmail('');
      setName('');
      setSubmitted(false);
      await queryClient.invalidateQueries({ queryKey: adminKeys.all });
    },
  });
  const emailError = !submitted
    ? null
    : email.trim() === ''
      ? t('validation.required')
      : EMAIL.test(email.trim())
        ? null
        : t('dashboard.admin.invalidEmail');
  const nameError = submitted && name.trim() === '' ? t('validation.required') : null;
  // Only a project-wide administrator may have no partner (the API's rule).
  const partnerError = submitted && partnerId === '' && role !== 'admin' ? t('validation.required') : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (email.trim() === '' || !EMAIL.test(email.trim()) || name.trim() === '') return;
    if (partnerId === '' && role !== 'admin') return;
    create.mutate();
  };
  return (
    <>
      {password === null ? null : (
        <ShownOnce
          value={password}
          message={t('dashboard.admin.passwordOnce')}
          onDismiss={() => setPassword(null)}
        />
      )}
      {create.isError ? <ErrorState error={create.error} /> : null}
      <form className="form inline" noValidate onSubmit={submit} aria-label={t('dashboard.admin.createUser')}>
        <FormField label={t('dashboard.auth.email')} error={emailError}>
          {(props) => (
            <input
              {...props}
              type="email"
              name="email"
              value={email}
              onChange={(event) => setEmail(event.target.value)}
            />
          )}
        </FormField>
        <FormField label={t('field.name')} error={nameError}>
          {(props) => (
            <input {...props} name="name" value={name} onChange={(event) => setName(event.target.value)} />
          )}
        </FormField>
        <AccessFields
          role={role}
          onRoleChange={setRole}
          partnerId={partnerId}
          onPartnerChange={setPartnerId}
          partners={partners}
          allowNoPartner={projectWide}
          partnerError={partnerError}
        />
        <div className="form-actions">
          <button type="submit" disabled={create.isPending}>
            {t('dashboard.admin.createUser')}
          </button>
        </div>
      </form>
    </>
  );
}
