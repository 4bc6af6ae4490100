import type { ErrorComponentProps } from '@tanstack/react-router';
import { useI18n } from '../i18n/i18n';
import { ErrorState } from '../ui/problem-alert';

/** What a page shows when it fails to render or load: the message in the reader's language, never a blank page. */
export function RouteError({ error, reset }: ErrorComponentProps) {
  const { t } = useI18n();
  return (
    <>
      <h1>{t('dashboard.state.error')}</h1>
      <ErrorState error={error} onRetry={reset} />
    </>
  );
}
