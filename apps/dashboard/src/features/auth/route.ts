import { createRoute } from '@tanstack/react-router';
import { rootRoute } from '../../app/root-route';
import { optionalText } from '../../app/search-params';

/** Where to go after signing in: a path of this app only (never another site: no open redirect). */
export interface SignInSearch {
  readonly redirect?: string | undefined;
}

export function validateSignInSearch(search: Record<string, unknown>): SignInSearch {
  return { redirect: optionalText(search.redirect, { pattern: /^\/(?!\/)[^\\]*$/ }) };
}

export const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-in',
  validateSearch: validateSignInSearch,
}).lazy(() => import('./sign-in-page').then((module) => module.signInLazyRoute));
