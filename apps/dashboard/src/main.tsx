import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createAppRouter, createQueryClient } from './app/router';
import { loadLocale } from './i18n/i18n';
import { browserLanguages, pickLanguage, readRememberedLanguage } from './i18n/language';
import './ui/styles.css';

// The reader's language is fetched now, alongside the page's own chunk, rather than once the layout renders.
const lang = new URLSearchParams(globalThis.location.search).get('lang') ?? undefined;
void loadLocale(pickLanguage(lang, readRememberedLanguage(), browserLanguages())).catch(() => {
  // The layout asks again and shows the failure.
});

const queryClient = createQueryClient();
const router = createAppRouter(queryClient);
const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element.');

createRoot(container).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
