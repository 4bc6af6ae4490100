import { createRoute } from '@tanstack/react-router';
import { z } from 'zod';
import { rootRoute } from '../../app/root-route';

/** Where to go after signing in: a path of this app only (never another site: no open redirect). */
export const SignInSearchSchema = z.object({
  redirect: z
    .string()
    .regex(/^\/(?!\/)[^\\]*$/)
    .optional()
    .catch(undefined),
});

export const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-in',
  validateSearch: SignInSearchSchema,
}).lazy(() => import('./sign-in-page').then((module) => module.signInLazyRoute));
