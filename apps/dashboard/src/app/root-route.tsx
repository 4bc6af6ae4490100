import { LocaleSchema } from '@mbi/domain';
import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, retainSearchParams } from '@tanstack/react-router';
import { z } from 'zod';
import { Layout } from './layout';

/** Search parameters every page shares: the language, so that a shared link opens in the sender's language. */
export const RootSearchSchema = z.object({ lang: LocaleSchema.optional().catch(undefined) });

export const rootRoute = createRootRouteWithContext<{ queryClient: QueryClient }>()({
  validateSearch: RootSearchSchema,
  search: { middlewares: [retainSearchParams(['lang'])] },
  component: Layout,
});
