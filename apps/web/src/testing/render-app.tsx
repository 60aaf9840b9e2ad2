import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { appRoutes } from '@/app/router';
import { Toaster } from '@/components/toaster';
import { queryClient } from '@/lib/query-client';

export type RenderedApp = { router: ReturnType<typeof createMemoryRouter> };

/** The whole app at `path`, as the browser would show it (pages load lazily: use findBy). */
export function renderApp(path: string): RenderedApp {
  const router = createMemoryRouter(appRoutes, { initialEntries: [path] });
  render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
      <Toaster />
    </QueryClientProvider>,
  );
  return { router };
}
