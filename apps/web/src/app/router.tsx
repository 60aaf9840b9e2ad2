import { useState } from 'react';
import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router';
import { AppLayout } from '@/app/layout/app-layout';
import type { RouteHandle } from '@/app/route-handle';
import { DashboardRoute } from '@/app/routes/dashboard';
import { NotFoundRoute } from '@/app/routes/not-found';
import { PipelineRoute } from '@/app/routes/pipeline';
import { RouteErrorRoute } from '@/app/routes/route-error';
import { SettingsRoute } from '@/app/routes/settings';
import { paths } from '@/config/paths';

const handle = (title: string): RouteHandle => ({ title });

export const appRoutes: RouteObject[] = [
  {
    element: <AppLayout />,
    // A crash in the layout itself has nothing left to render around it.
    errorElement: <RouteErrorRoute />,
    children: [
      {
        // A crash in a page keeps the sidebar, so the user can still go elsewhere.
        errorElement: <RouteErrorRoute />,
        children: [
          { index: true, element: <DashboardRoute />, handle: handle('Painel') },
          { path: paths.pipeline, element: <PipelineRoute />, handle: handle('Pipeline') },
          { path: paths.settings, element: <SettingsRoute />, handle: handle('Configurações') },
          { path: '*', element: <NotFoundRoute />, handle: handle('Página não encontrada') },
        ],
      },
    ],
  },
];

export function AppRouter(): React.JSX.Element {
  const [router] = useState(() => createBrowserRouter(appRoutes));
  return <RouterProvider router={router} />;
}
