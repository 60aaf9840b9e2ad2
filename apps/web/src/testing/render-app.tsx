import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { appRoutes } from '@/app/router';
import { Toaster } from '@/components/toaster';

export type RenderedApp = { router: ReturnType<typeof createMemoryRouter> };

/** The whole app at `path`, as the browser would show it (pages load lazily: use findBy). */
export function renderApp(path: string): RenderedApp {
  const router = createMemoryRouter(appRoutes, { initialEntries: [path] });
  render(
    <>
      <RouterProvider router={router} />
      <Toaster />
    </>,
  );
  return { router };
}
