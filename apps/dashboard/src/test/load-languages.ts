import { LOCALES } from '@mbi/domain/vocabularies';
import { loadLocale } from '../i18n/i18n';

// Component tests render at once and read the text right away: the four languages are loaded before them (the
// app starts loading its reader's language in main.tsx, before the first render).
await Promise.all(LOCALES.map((locale) => loadLocale(locale)));
