import type { Locale } from '@mbi/domain';
import { resolveLocale } from '@mbi/i18n';
import type { Context } from 'hono';
import type { AppEnv } from '../context';
import { requestHeader } from './request-header';

/** The request's language: `?lang=` when valid, else `Accept-Language`, else French. Computed once. */
export function localeOf(c: Context<AppEnv>): Locale {
  let locale = c.get('locale');
  if (locale === undefined) {
    locale = resolveLocale(c.req.query('lang'), requestHeader(c, 'accept-language'));
    c.set('locale', locale);
  }
  return locale;
}
