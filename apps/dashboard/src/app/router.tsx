import { QueryClient } from '@tanstack/react-query';
import { createRouter, type RouterHistory } from '@tanstack/react-router';
import { adminRoute } from '../features/admin/route';
import { accountRoute } from '../features/auth/account-route';
import { signInRoute } from '../features/auth/route';
import { budgetRoute } from '../features/budget/route';
import {
  establishmentRoute,
  establishmentsRoute,
  newEstablishmentRoute,
} from '../features/establishments/route';
import { filieresRoute } from '../features/filieres/route';
import { embedObservatoryRoute } from '../features/observatory/embed-route';
import { observatoryRoute } from '../features/observatory/route';
import { overviewRoute } from '../features/overview/route';
import { NotFound } from './not-found';
import { rootRoute } from './root-route';
import { RouteError } from './route-error';

const routeTree = rootRoute.addChildren([
  overviewRoute,
  budgetRoute,
  filieresRoute,
  observatoryRoute,
  embedObservatoryRoute,
  establishmentsRoute,
  newEstablishmentRoute,
  establishmentRoute,
  adminRoute,
  signInRoute,
  accountRoute,
]);

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // A problem document is an answer: asking again would get the same one. Network failures are retried once.
      queries: {
        retry: (count, error) => count < 1 && !(error instanceof Error && error.name === 'ProblemError'),
      },
    },
  });
}

export function createAppRouter(queryClient: QueryClient, history?: RouterHistory) {
  return createRouter({
    routeTree,
    ...(history === undefined ? {} : { history }),
    context: { queryClient },
    defaultNotFoundComponent: NotFound,
    defaultErrorComponent: RouteError,
    // Each page's code is fetched when a link to it is hovered or focused, so navigation feels instant.
    defaultPreload: 'intent',
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
