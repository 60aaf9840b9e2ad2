import { useState } from 'react';
import { createBrowserRouter, Navigate, RouterProvider, type RouteObject } from 'react-router';
import { AppLayout } from '@/app/layout/app-layout';
import { RequireAuth } from '@/app/layout/require-auth';
import { RouteFallback } from '@/app/layout/route-fallback';
import type { RouteHandle } from '@/app/route-handle';
import { NotFoundRoute } from '@/app/routes/not-found';
import { RouteErrorRoute } from '@/app/routes/route-error';
import { paths } from '@/config/paths';
import type { TranslationKey } from '@/lib/i18n/translate';

const handle = (titleKey: TranslationKey, width?: RouteHandle['width']): RouteHandle => ({
  titleKey,
  width,
});

// Every page is its own chunk (route `lazy`): the first load carries the shell only.
export const appRoutes: RouteObject[] = [
  {
    errorElement: <RouteErrorRoute />,
    HydrateFallback: RouteFallback,
    children: [
      {
        path: paths.login,
        handle: handle('titles.login'),
        lazy: async () => ({ Component: (await import('@/app/routes/auth/login')).LoginRoute }),
      },
      {
        path: paths.register,
        handle: handle('titles.register'),
        lazy: async () => ({
          Component: (await import('@/app/routes/auth/register')).RegisterRoute,
        }),
      },
      {
        path: paths.invitation,
        handle: handle('titles.invitation'),
        lazy: async () => ({
          Component: (await import('@/app/routes/auth/accept-invitation')).AcceptInvitationRoute,
        }),
      },
      {
        element: <RequireAuth />,
        children: [
          {
            path: paths.createOrganization,
            handle: handle('titles.createOrganization'),
            lazy: async () => ({
              Component: (await import('@/app/routes/create-organization')).CreateOrganizationRoute,
            }),
          },
          {
            element: <AppLayout />,
            // A crash in the layout itself has nothing left to render around it.
            errorElement: <RouteErrorRoute />,
            children: [
              {
                // A crash in a page keeps the sidebar, so the user can still go elsewhere.
                errorElement: <RouteErrorRoute />,
                children: [
                  // A rep's home is their day: `/` (where signing in lands) opens Minha agenda.
                  { index: true, element: <Navigate to={paths.agenda} replace /> },
                  {
                    path: paths.agenda,
                    handle: handle('titles.agenda'),
                    lazy: async () => ({
                      Component: (await import('@/app/routes/agenda')).AgendaRoute,
                    }),
                  },
                  {
                    path: paths.pipeline,
                    handle: handle('titles.pipeline', 'wide'),
                    lazy: async () => ({
                      Component: (await import('@/app/routes/pipeline')).PipelineRoute,
                    }),
                  },
                  {
                    path: paths.leads,
                    handle: handle('titles.leads', 'wide'),
                    lazy: async () => ({
                      Component: (await import('@/app/routes/lead-list')).LeadListRoute,
                    }),
                  },
                  {
                    path: paths.leadPattern,
                    handle: handle('titles.lead', 'wide'),
                    lazy: async () => ({
                      Component: (await import('@/app/routes/lead')).LeadRoute,
                    }),
                  },
                  {
                    path: paths.analytics,
                    handle: handle('titles.analytics', 'wide'),
                    lazy: async () => ({
                      Component: (await import('@/app/routes/analytics')).AnalyticsRoute,
                    }),
                  },
                  {
                    path: paths.settings,
                    handle: handle('titles.settings'),
                    lazy: async () => ({
                      Component: (await import('@/app/routes/settings')).SettingsRoute,
                    }),
                  },
                  { path: '*', element: <NotFoundRoute />, handle: handle('titles.notFound') },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
];

export function AppRouter(): React.JSX.Element {
  const [router] = useState(() => createBrowserRouter(appRoutes));
  return <RouterProvider router={router} />;
}
