import { PATH_METADATA, METHOD_METADATA } from '@nestjs/common/constants';
import { RequestMethod } from '@nestjs/common';
import { ModulesContainer, Reflector } from '@nestjs/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IS_ORGANIZATION_FREE_KEY, IS_PUBLIC_KEY } from '../../../src/core/auth/public.decorator';
import { register } from '../../utils/identity.helpers';
import { createTestApp, type TestApp } from '../../utils/test-app';

type Route = { method: string; path: string; isPublic: boolean; isOrganizationFree: boolean };

/**
 * Only these may be reached without a user: the event stream checks its own single-use token,
 * and providers' webhooks their signatures (at the paths the issues give them).
 */
const PUBLIC_PREFIXES = ['/api/v1/auth/', '/api/v1/health', '/api/v1/webhooks/'];
const PUBLIC_ROUTES = [
  'GET /api/v1/events',
  'GET /api/v1/integrations/whatsapp/webhook',
  'POST /api/v1/integrations/whatsapp/webhook',
  'POST /api/v1/integrations/twilio/voice/inbound',
  'POST /api/v1/integrations/twilio/voice/status',
  'POST /api/v1/integrations/twilio/voice/recording',
  // Served at /metrics, outside the prefix this list assumes; it checks METRICS_TOKEN itself.
  'GET /api/v1/metrics',
];
/** Only these act for the signed-in user without an organisation. */
const ORGANIZATION_FREE = [
  'GET /api/v1/me',
  'POST /api/v1/organizations',
  'POST /api/v1/invitations/accept',
];

function registeredRoutes(t: TestApp): Route[] {
  const reflector = t.app.get(Reflector);
  const routes: Route[] = [];
  for (const module of t.app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new () => object) | null;
      if (!controller) continue;
      const prefix = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = (controller.prototype as Record<string, unknown>)[name];
        if (
          typeof handler !== 'function' ||
          Reflect.getMetadata(METHOD_METADATA, handler) === undefined
        )
          continue;
        const method =
          RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number] ?? 'UNKNOWN';
        const own = String(Reflect.getMetadata(PATH_METADATA, handler) ?? '');
        const path = `/api/v1/${[prefix, own].filter((p) => p && p !== '/').join('/')}`.replace(
          /\/+$/,
          '',
        );
        const targets = [handler, controller];
        routes.push({
          method,
          path: path.replace(/:(\w+)/g, '00000000-0000-4000-8000-000000000000'),
          isPublic: reflector.getAllAndOverride<boolean>(IS_PUBLIC_KEY, targets) ?? false,
          isOrganizationFree:
            reflector.getAllAndOverride<boolean>(IS_ORGANIZATION_FREE_KEY, targets) ?? false,
        });
      }
    }
  }
  return routes;
}

describe('every route is guarded or deliberately public', () => {
  let t: TestApp;
  let routes: Route[];
  beforeAll(async () => {
    t = await createTestApp();
    routes = registeredRoutes(t);
  });
  afterAll(() => t.close());

  it('finds the application routes', () => {
    expect(routes.length).toBeGreaterThan(10);
  });

  it('marks public only routes under auth, health and webhooks', () => {
    const strays = routes.filter(
      (r) =>
        r.isPublic &&
        !PUBLIC_PREFIXES.some((p) => `${r.path}/`.startsWith(p)) &&
        !PUBLIC_ROUTES.includes(`${r.method} ${r.path}`),
    );
    expect(strays).toEqual([]);
  });

  it('lets only the known routes skip the organisation', () => {
    const strays = routes.filter(
      (r) => r.isOrganizationFree && !ORGANIZATION_FREE.includes(`${r.method} ${r.path}`),
    );
    expect(strays).toEqual([]);
  });

  it('answers 401 on every non-public route without a token', async () => {
    for (const route of routes.filter((r) => !r.isPublic)) {
      const res = await t.app.inject({
        method: route.method as 'GET',
        url: route.path,
        payload: {},
      });
      expect({ route, status: res.statusCode }).toEqual({ route, status: 401 });
    }
  });

  it('answers 400 on every tenant route with a token but no X-Org-Id', async () => {
    const session = await register(t.app);
    for (const route of routes.filter((r) => !r.isPublic && !r.isOrganizationFree)) {
      const res = await t.app.inject({
        method: route.method as 'GET',
        url: route.path,
        headers: { authorization: `Bearer ${session.access_token}` },
        payload: {},
      });
      expect({ route, status: res.statusCode, code: res.json<{ code: string }>().code }).toEqual({
        route,
        status: 400,
        code: 'MISSING_ORGANIZATION_HEADER',
      });
    }
  });
});
