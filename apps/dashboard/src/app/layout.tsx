import { LOCALES, type Locale } from '@mbi/domain/vocabularies';
import { useQueryClient } from '@tanstack/react-query';
import { Link, Outlet, useLocation, useNavigate, useSearch } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { clientFor, setCsrfToken } from '../api/client';
import { useMeta } from '../api/meta';
import { I18nProvider, useI18n } from '../i18n/i18n';
import { browserLanguages, pickLanguage, readRememberedLanguage, rememberLanguage } from '../i18n/language';
import { sessionKeys, usePermissions, useSession } from '../session/session';
import { NAVIGATION } from './navigation';

export function Layout() {
  const { lang } = useSearch({ from: '__root__' });
  const locale = pickLanguage(lang, readRememberedLanguage(), browserLanguages());
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  // An embeddable view (an iframe on another site) has no header, navigation or footer: only its content.
  const embedded = useLocation().pathname.startsWith('/embed/');
  return (
    <I18nProvider locale={locale}>
      {embedded ? (
        <main id="main" className="embedded">
          <Outlet />
        </main>
      ) : (
        <Shell />
      )}
    </I18nProvider>
  );
}

/**
 * After a navigation inside the app, the focus goes to the main content, as after a page load: a keyboard or
 * screen reader user starts on the new page, not on the link left behind.
 */
function useFocusOnNavigation() {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    document.getElementById('main')?.focus();
  }, [pathname]);
}

function Shell() {
  const { t } = useI18n();
  const meta = useMeta();
  useFocusOnNavigation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('dashboard.skipToContent')}
      </a>
      <header className="site-header">
        <div className="brand">
          <Link to="/" className="brand-link">
            {t('app.name')}
          </Link>
          <span className="brand-programme">{t('app.programme')}</span>
        </div>
        <MainNavigation />
        <div className="header-tools">
          <LanguageSwitch />
          <SessionControls />
        </div>
      </header>
      {meta?.demo === true ? (
        <p className="demo-banner" data-testid="demo-banner">
          {t('dashboard.demo.banner')}
        </p>
      ) : null}
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>{t('app.cofunded')}</p>
        <p>{t('dashboard.footer.source')}</p>
        {meta === undefined ? null : (
          <p className="muted">{t('dashboard.footer.version', { version: meta.version })}</p>
        )}
      </footer>
    </>
  );
}

function MainNavigation() {
  const { t } = useI18n();
  const permissions = usePermissions();
  const entries = NAVIGATION.filter(
    (entry) =>
      entry.needs === 'nobody' ||
      (entry.needs === 'signed-in' && permissions.signedIn) ||
      (entry.needs === 'admin' && permissions.isAdmin),
  );
  return (
    <nav aria-label={t('dashboard.nav.label')} className="main-nav">
      <ul>
        {entries.map((entry) => (
          <li key={entry.to}>
            <Link to={entry.to} activeOptions={{ exact: entry.to === '/', includeSearch: false }}>
              {t(entry.label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function LanguageSwitch() {
  const { t, locale, labels } = useI18n();
  const navigate = useNavigate();
  const change = (next: Locale) => {
    rememberLanguage(next);
    void navigate({ to: '.', search: (previous: Record<string, unknown>) => ({ ...previous, lang: next }) });
  };
  return (
    <label className="language-switch">
      <span>{t('common.language')}</span>
      <select value={locale} onChange={(event) => change(event.target.value as Locale)}>
        {LOCALES.map((option) => (
          <option key={option} value={option} lang={option}>
            {labels.locale[option]}
          </option>
        ))}
      </select>
    </label>
  );
}

function SessionControls() {
  const { t, locale } = useI18n();
  const me = useSession();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  if (me === undefined) return null;
  if (me === null) {
    return (
      <Link to="/sign-in" className="button-link">
        {t('dashboard.auth.signIn')}
      </Link>
    );
  }
  const signOut = async () => {
    await clientFor(locale).raw.DELETE('/v1/auth/sessions/current');
    setCsrfToken(null);
    queryClient.setQueryData(sessionKeys.all, null);
    // Whatever was read with the session (establishments, users, keys) must not outlive it.
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'session' });
    await navigate({ to: '/' });
  };
  return (
    <div className="session">
      <Link to="/account">
        {t('dashboard.auth.signedInAs', { name: me.label, role: t(`dashboard.role.${me.role}`) })}
      </Link>
      <button type="button" onClick={() => void signOut()}>
        {t('dashboard.auth.signOut')}
      </button>
    </div>
  );
}
