import type { QueryClient } from '@tanstack/react-query';
import { QueryClientProvider } from '@tanstack/react-query';
import { createMemoryHistory, RouterProvider } from '@tanstack/react-router';
import { cleanup, type RenderResult, render } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { createAppRouter, createQueryClient } from '../app/router';

/** What the fake API answers: a JSON body (200) per path, or a full Response. */
export type Answers = Record<string, unknown | ((request: Request) => Response | Promise<Response>)>;

/**
 * Replaces `fetch` with an API that answers from `answers` (keyed by path, e.g. `/v1/budget`; a missing path
 * is a 404 problem document, `/v1/auth/me` a 401 unless given), and records the requests.
 */
export function fakeApi(answers: Answers): Request[] {
  const requests: Request[] = [];
  vi.stubGlobal('fetch', async (input: Request) => {
    const request = input instanceof Request ? input : new Request(input);
    requests.push(request);
    const path = new URL(request.url).pathname;
    const answer = answers[path];
    if (typeof answer === 'function') return answer(request);
    if (answer !== undefined) return Response.json(answer);
    const status = path === '/v1/auth/me' ? 401 : 404;
    return Response.json(
      {
        type: `urn:mbi:problem:${status === 401 ? 'unauthorized' : 'not-found'}`,
        code: status === 401 ? 'unauthorized' : 'not-found',
        title: 'No',
        status,
      },
      { status, headers: { 'Content-Type': 'application/problem+json' } },
    );
  });
  return requests;
}

// Without Vitest globals, Testing Library does not unmount by itself between tests.
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  localStorage.clear();
});

/** The whole app (router, queries, layout) at a URL, on a memory history. */
export async function renderApp(
  url: string,
): Promise<RenderResult & { router: ReturnType<typeof createAppRouter>; queryClient: QueryClient }> {
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { retry: false } });
  const router = createAppRouter(queryClient, createMemoryHistory({ initialEntries: [url] }));
  const view = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  await router.load();
  return { ...view, router, queryClient };
}
