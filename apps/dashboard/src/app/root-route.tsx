import { LOCALES, type Locale } from '@mbi/domain/vocabularies';
import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, retainSearchParams } from '@tanstack/react-router';
import { Layout } from './layout';
import { optionalOneOf } from './search-params';

/** Search parameters every page shares: the language, so that a shared link opens in the sender's language. */
export interface RootSearch {
  readonly lang?: Locale | undefined;
}

export function validateRootSearch(search: Record<string, unknown>): RootSearch {
  return { lang: optionalOneOf(search.lang, LOCALES) };
}

export const rootRoute = createRootRouteWithContext<{ queryClient: QueryClient }>()({
  validateSearch: validateRootSearch,
  search: { middlewares: [retainSearchParams(['lang'])] },
  component: Layout,
});
