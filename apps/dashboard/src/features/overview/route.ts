import { createRoute } from '@tanstack/react-router';
import { rootRoute } from '../../app/root-route';

export const overviewRoute = createRoute({ getParentRoute: () => rootRoute, path: '/' }).lazy(() =>
  import('./overview-page').then((module) => module.overviewLazyRoute),
);
