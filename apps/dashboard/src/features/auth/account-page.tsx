import { useMutation } from '@tanstack/react-query';
import { createLazyRoute } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { clientFor } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { RequireSession } from '../../session/require-session';
import { FormField } from '../../ui/form-field';
import { usePageTitle } from '../../ui/page-title';
import { ProblemError } from '../../ui/problem';
import { ErrorState } from '../../ui/problem-alert';

export const accountLazyRoute = createLazyRoute('/account')({ component: AccountPage });

const MIN_LENGTH = 12;

/** changePassword, named as @mbi/client names it, through its typed raw client. */
async function changePassword(
  lang: Parameters<typeof clientFor>[0],
  currentPassword: string,
  newPassword: string,
) {
  const { error, response } = await clientFor(lang).raw.POST('/v1/auth/password', {
    body: { currentPassword, newPassword },
  });
  if (!response.ok) {
    throw new ProblemError(
      error ?? {
        type: 'urn:mbi:problem:unexpected-response',
        code: 'unexpected-response',
        title: '',
        status: response.status,
      },
    );
  }
}

export function AccountPage() {
  const { t } = useI18n();
  usePageTitle(t('dashboard.admin.changePassword'));
  return (
    <>
      <h1>{t('dashboard.admin.changePassword')}</h1>
      <RequireSession>{() => <PasswordForm />}</RequireSession>
    </>
  );
}

function PasswordForm() {
  const { t, locale } = useI18n();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const change = useMutation({
    mutationFn: () => changePassword(locale, current, next),
    onSuccess: () => {
      setCurrent('');
      setNext('');
      setSubmitted(false);
    },
  });
  const currentError = submitted && current === '' ? t('validation.required') : null;
  const nextError =
    (submitted || next !== '') && next.length < MIN_LENGTH ? t('dashboard.admin.passwordTooShort') : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (current === '' || next.length < MIN_LENGTH) return;
    change.mutate();
  };
  return (
    <>
      {change.isSuccess ? (
        <p role="status" className="alert alert-success">
          {t('dashboard.admin.passwordChanged')}
        </p>
      ) : null}
      {change.isError ? <ErrorState error={change.error} /> : null}
      <form className="form narrow" noValidate onSubmit={submit}>
        <FormField label={t('dashboard.admin.currentPassword')} error={currentError}>
          {(props) => (
            <input
              {...props}
              type="password"
              autoComplete="current-password"
              value={current}
              onChange={(event) => setCurrent(event.target.value)}
            />
          )}
        </FormField>
        <FormField label={t('dashboard.admin.newPassword')} error={nextError}>
          {(props) => (
            <input
              {...props}
              type="password"
              autoComplete="new-password"
              minLength={MIN_LENGTH}
              value={next}
              onChange={(event) => setNext(event.target.value)}
            />
          )}
        </FormField>
        <button type="submit" disabled={change.isPending}>
          {t('dashboard.admin.changePassword')}
        </button>
      </form>
    </>
  );
}
