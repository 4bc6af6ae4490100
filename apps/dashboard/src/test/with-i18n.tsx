import type { Locale } from '@mbi/domain';
import { type RenderResult, render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nProvider } from '../i18n/i18n';

/** Renders a component in a language, without the router (for components that need none). */
export function renderIn(locale: Locale, element: ReactElement): RenderResult {
  return render(<I18nProvider locale={locale}>{element}</I18nProvider>);
}
