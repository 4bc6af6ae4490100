import type { Problem } from '@mbi/client';
import { useQueryClient } from '@tanstack/react-query';
import { createLazyRoute, useNavigate, useSearch } from '@tanstack/react-router';
import { type FormEvent, useRef, useState } from 'react';
import { clientFor, setCsrfToken } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { sessionKeys } from '../../session/session';
import { FormField } from '../../ui/form-field';
import { usePageTitle } from '../../ui/page-title';
import { ProblemAlert } from '../../ui/problem-alert';

export const signInLazyRoute = createLazyRoute('/sign-in')({ component: SignInPage });

export function SignInPage() {
  const { t, locale } = useI18n();
  usePageTitle(t('dashboard.auth.title'));
  const { redirect } = useSearch({ from: '/sign-in' });
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [touched, setTouched] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const emailRef = useRef<HTMLInputElement>(null);
  const emailError = touched && email.trim() === '' ? t('validation.required') : null;
  const passwordError = touched && password === '' ? t('validation.required') : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (email.trim() === '' || password === '') {
      emailRef.current?.focus();
      return;
    }
    setBusy(true);
    const { data, error, response } = await clientFor(locale)
      .raw.POST('/v1/auth/sessions', { body: { email: email.trim(), password } })
      .catch(() => ({ data: undefined, error: undefined, response: null }));
    setBusy(false);
    if (data === undefined) {
      setProblem(
        error !== undefined && typeof error === 'object' && error !== null && 'code' in error
          ? (error as Problem)
          : { type: 'urn:mbi:problem:network', code: 'network', title: '', status: response?.status ?? 0 },
      );
      return;
    }
    setCsrfToken(data.csrfToken);
    queryClient.setQueryData(sessionKeys.all, { ...data.principal, csrfToken: data.csrfToken });
    await navigate({ to: redirect ?? '/establishments' });
  };

  return (
    <>
      <h1>{t('dashboard.auth.title')}</h1>
      <p>{t('dashboard.auth.intro')}</p>
      {problem === null ? null : <ProblemAlert problem={problem} />}
      <form className="form narrow" noValidate onSubmit={(event) => void submit(event)}>
        <FormField label={t('dashboard.auth.email')} error={emailError}>
          {(props) => (
            <input
              {...props}
              ref={emailRef}
              type="email"
              name="email"
              autoComplete="username"
              required
              value={email}
              onChange={(event) => setEmail(event.target.value)}
            />
          )}
        </FormField>
        <FormField label={t('dashboard.auth.password')} error={passwordError}>
          {(props) => (
            <input
              {...props}
              type="password"
              name="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
          )}
        </FormField>
        <button type="submit" disabled={busy}>
          {t('dashboard.auth.signIn')}
        </button>
      </form>
    </>
  );
}
