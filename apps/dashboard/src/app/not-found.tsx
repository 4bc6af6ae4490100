import { Link } from '@tanstack/react-router';
import { useI18n } from '../i18n/i18n';
import { usePageTitle } from '../ui/page-title';

export function NotFound() {
  const { t } = useI18n();
  usePageTitle(t('dashboard.state.notFound'));
  return (
    <>
      <h1>{t('dashboard.state.notFound')}</h1>
      <p>
        <Link to="/">{t('dashboard.state.backHome')}</Link>
      </p>
    </>
  );
}
