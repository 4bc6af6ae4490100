import { createRoute } from '@tanstack/react-router';
import { rootRoute } from '../../app/root-route';

export const adminRoute = createRoute({ getParentRoute: () => rootRoute, path: '/admin' }).lazy(() =>
  import('./admin-page').then((module) => module.adminLazyRoute),
);
