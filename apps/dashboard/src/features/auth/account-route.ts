import { createRoute } from '@tanstack/react-router';
import { rootRoute } from '../../app/root-route';

export const accountRoute = createRoute({ getParentRoute: () => rootRoute, path: '/account' }).lazy(() =>
  import('./account-page').then((module) => module.accountLazyRoute),
);
