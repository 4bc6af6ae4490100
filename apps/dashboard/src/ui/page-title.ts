import { useEffect } from 'react';
import { useI18n } from '../i18n/i18n';

/** Sets the document's title to the page's (WCAG 2.4.2), after the app's name. */
export function usePageTitle(title: string): void {
  const { t } = useI18n();
  const name = t('app.name');
  useEffect(() => {
    document.title = `${title} — ${name}`;
  }, [title, name]);
}
