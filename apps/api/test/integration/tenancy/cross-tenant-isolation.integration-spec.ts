import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreatedApiKeyResponse, LeadResponse } from '@loved/shared';
import { addMember, asMember, register, type Session } from '../../utils/identity.helpers';
import { adminQuery } from '../../utils/admin-query';
import { createApiKey, withApiKey } from '../../utils/api-key.helpers';
import { uploadFile } from '../../utils/file.helpers';
import { createLead } from '../../utils/lead.helpers';
import { createTestApp, type TestApp } from '../../utils/test-app';
import {
  sampleFromSchema,
  type OpenApiDocument,
  type OpenApiOperation,
} from '../../utils/openapi-sample';

/**
 * Walks every route of the published OpenAPI document. Each resource id a path takes is filled
 * with one of organisation A's resources; org B's admin must get 404 (or 403) for it. Every
 * list must keep A's rows away from B. A new route is covered with no extra code; a new kind
 * of path parameter fails here until it gets a resource factory below. The same walk runs again
 * with an API key of org B holding every scope, over the routes a key may call.
 */
type World = {
  a: Session;
  b: Session;
  aMember: Session;
  aLead: LeadResponse;
  aFile: { id: string };
  aWebhookEvent: string;
  aAiSummary: string;
  aLostReason: string;
  aSavedFilter: string;
  aActivity: string;
  aNotification: string;
  aWebhookEndpoint: string;
  aWebhookDelivery: string;
  aApiKey: string;
  /** Org B's key with every scope: the other way into B. */
  bKey: CreatedApiKeyResponse;
};
/** Keyed by `<first path segment after /api/v1>:<parameter>`. */
const RESOURCE_FACTORIES: Record<string, (world: World) => string> = {
  'members:userId': (world) => world.aMember.user.id,
  'leads:id': (world) => world.aLead.id,
  'communications:leadId': (world) => world.aLead.id,
  'files:id': (world) => world.aFile.id,
  'integrations:id': (world) => world.aWebhookEvent,
  'ai-summaries:id': (world) => world.aAiSummary,
  'lost-reasons:id': (world) => world.aLostReason,
  'saved-filters:id': (world) => world.aSavedFilter,
  'activities:id': (world) => world.aActivity,
  'notifications:id': (world) => world.aNotification,
  'webhook-endpoints:id': (world) => world.aWebhookEndpoint,
  'webhook-endpoints:deliveryId': (world) => world.aWebhookDelivery,
  'api-keys:id': (world) => world.aApiKey,
};

/** Path parameters that name a kind of thing, not a resource: filled in before anything else. */
const KINDS: Record<string, string> = { '{provider}': 'whatsapp' };

/**
 * Reads whose precondition B cannot meet, with the refusal they answer instead of a list: B has
 * no WhatsApp number connected, and the window's documented lead is not one of B's.
 */
const REFUSED_READS: Record<string, number> = {
  '/api/v1/integrations/whatsapp/templates': 409,
  '/api/v1/communications/whatsapp/window': 404,
};

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** A failed inbox event of `organizationId` (as the schema owner: no provider needed). */
async function storeFailedWebhookEvent(organizationId: string): Promise<string> {
  const [row] = await adminQuery<{ id: string }>(
    `INSERT INTO webhook_events (provider, event_key, organization_id, status, payload, attempts, last_error)
     VALUES ('whatsapp', gen_random_uuid()::text, $1, 'failed', '{}', 5, 'test') RETURNING id`,
    [organizationId],
  );
  return row.id;
}

/** A summary of A's lead (the local summariser: the test app has no OpenAI key). */
async function requestAiSummary(
  app: TestApp['app'],
  session: Session,
  leadId: string,
): Promise<string> {
  const res = await app.inject({
    method: 'POST',
    url: `/api/v1/leads/${leadId}/ai-summaries`,
    headers: asMember(session, session.organizationId),
  });
  if (res.statusCode !== 202) throw new Error(`AI summary failed: ${res.statusCode} ${res.body}`);
  return res.json<{ id: string }>().id;
}

/** Something A created through `url` (a lost reason, a saved filter): its id. */
async function createAs(
  app: TestApp['app'],
  session: Session,
  url: string,
  payload: Record<string, unknown>,
): Promise<string> {
  const res = await app.inject({
    method: 'POST',
    url,
    headers: asMember(session, session.organizationId),
    payload,
  });
  if (res.statusCode !== 201) throw new Error(`POST ${url} failed: ${res.statusCode} ${res.body}`);
  return res.json<{ id: string }>().id;
}

/** A notification of `mentioned`: `author` mentions them in a note on the lead. */
async function mentionIn(
  app: TestApp['app'],
  author: Session,
  leadId: string,
  mentioned: Session,
): Promise<string> {
  await createAs(app, author, `/api/v1/leads/${leadId}/notes`, {
    content: 'Veja a proposta',
    mentions: [mentioned.user.id],
  });
  const res = await app.inject({
    method: 'GET',
    url: '/api/v1/notifications',
    headers: asMember(mentioned, mentioned.organizationId),
  });
  const id = res.json<{ items: Array<{ id: string }> }>().items[0]?.id;
  if (!id) throw new Error(`no notification for the mention: ${res.body}`);
  return id;
}

/** An outbound webhook endpoint of A (nothing listens there) and its test delivery. */
async function webhookEndpointOf(
  app: TestApp['app'],
  session: Session,
): Promise<{ endpoint: string; delivery: string }> {
  const endpoint = await createAs(app, session, '/api/v1/webhook-endpoints', {
    url: 'http://127.0.0.1:9/hooks',
    events: ['lead.created'],
  });
  const res = await app.inject({
    method: 'POST',
    url: `/api/v1/webhook-endpoints/${endpoint}/test`,
    headers: asMember(session, session.organizationId),
  });
  if (res.statusCode !== 202) throw new Error(`webhook test failed: ${res.statusCode} ${res.body}`);
  return { endpoint, delivery: res.json<{ id: string }>().id };
}

/** `?name=value` for every required query parameter, from its documented example or schema. */
function requiredQuery(operation: OpenApiOperation, document: OpenApiDocument): string {
  const pairs = (operation.parameters ?? [])
    .filter((p) => p.in === 'query' && p.required)
    .map(
      (p) =>
        `${p.name}=${encodeURIComponent(String(p.example ?? sampleFromSchema(p.schema ?? {}, document)))}`,
    );
  return pairs.length ? `?${pairs.join('&')}` : '';
}

describe('cross-tenant isolation (generic, from the OpenAPI document)', () => {
  let t: TestApp;
  let world: World;
  let document: OpenApiDocument;
  beforeAll(async () => {
    t = await createTestApp();
    const a = await register(t.app);
    const aLead = await createLead(t.app, a);
    const aMember = await addMember(t.app, a, 'manager');
    const b = await register(t.app);
    const aWebhook = await webhookEndpointOf(t.app, a);
    world = {
      a,
      b,
      aMember,
      aLead,
      aFile: await uploadFile(t.app, a),
      aWebhookEvent: await storeFailedWebhookEvent(a.organizationId),
      aAiSummary: await requestAiSummary(t.app, a, aLead.id),
      aLostReason: await createAs(t.app, a, '/api/v1/lost-reasons', { label: 'Sumiu' }),
      aSavedFilter: await createAs(t.app, a, '/api/v1/saved-filters', {
        name: 'Quentes',
        filters: { priority: 'high' },
      }),
      aActivity: await createAs(t.app, a, '/api/v1/activities', {
        lead_id: aLead.id,
        type: 'call',
        subject: 'Ligar',
        due_at: new Date().toISOString(),
      }),
      aNotification: await mentionIn(t.app, aMember, aLead.id, a),
      aWebhookEndpoint: aWebhook.endpoint,
      aWebhookDelivery: aWebhook.delivery,
      aApiKey: (await createApiKey(t.app, a)).id,
      bKey: await createApiKey(t.app, b),
    };
    // Something for A's search to find (the search route's documented example is "proposta negociação").
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/leads/${world.aLead.id}/notes`,
      headers: asMember(a, a.organizationId),
      payload: { content: 'Enviamos a proposta e começou a negociação' },
    });
    document = (
      await t.app.inject({ method: 'GET', url: '/api/openapi.json' })
    ).json<OpenApiDocument>();
  });
  afterAll(() => t.close());

  const tenantOperations = (): Array<{
    path: string;
    method: string;
    operation: OpenApiOperation;
  }> =>
    Object.entries(document.paths).flatMap(([path, item]) =>
      METHODS.flatMap((method) => {
        const operation = item[method];
        const isTenant = operation?.security?.some((s) => 'org' in s) ?? false;
        const concrete = Object.entries(KINDS).reduce((p, [k, v]) => p.replaceAll(k, v), path);
        return operation && isTenant ? [{ path: concrete, method, operation }] : [];
      }),
    );

  it('covers the tenant routes of the document', () => {
    expect(tenantOperations().length).toBeGreaterThan(5);
  });

  /** Org B (a person, or B's API key) is refused A's resource on every route with an id. */
  async function expectRefusedEverywhere(
    operations: ReturnType<typeof tenantOperations>,
    headers: Record<string, string>,
  ): Promise<void> {
    const withIds = operations.filter(({ path }) => path.includes('{'));
    expect(withIds.length).toBeGreaterThan(0);
    for (const { path, method, operation } of withIds) {
      const resource = path.split('/')[3] ?? '';
      const url = path.replace(/\{(\w+)\}/g, (_, name: string) => {
        const factory = RESOURCE_FACTORIES[`${resource}:${name}`];
        if (!factory)
          throw new Error(
            `No resource factory for path parameter "${name}" (${method.toUpperCase()} ${path})`,
          );
        return factory(world);
      });
      const schema = operation.requestBody?.content?.['application/json']?.schema;
      const res = await t.app.inject({
        method: method.toUpperCase() as 'GET',
        url,
        headers,
        payload: schema ? (sampleFromSchema(schema, document) as object) : undefined,
      });
      expect({
        route: `${method} ${path}`,
        status: [403, 404].includes(res.statusCode) ? 'refused' : res.statusCode,
      }).toEqual({
        route: `${method} ${path}`,
        status: 'refused',
      });
    }
  }

  it("answers 404 or 403 to org B for org A's resources on every route that takes an id", async () => {
    await expectRefusedEverywhere(tenantOperations(), asMember(world.b, world.b.organizationId));
  });

  it("answers 404 or 403 to org B's API key for org A's resources on every route a key may call", async () => {
    const keyOperations = tenantOperations().filter(({ operation }) =>
      operation.security?.some((s) => 'apiKey' in s),
    );
    expect(keyOperations.length).toBeGreaterThan(5);
    await expectRefusedEverywhere(keyOperations, withApiKey(world.bKey));
  });

  it("never shows org A's rows in anything org B reads", async () => {
    const reads = tenantOperations().filter(
      ({ path, method }) => method === 'get' && !path.includes('{'),
    );
    expect(reads.length).toBeGreaterThan(2);
    const aIds = [
      world.a.organizationId,
      world.a.user.id,
      world.aMember.user.id,
      world.aLead.id,
      world.aWebhookEvent,
      world.aAiSummary,
      world.aLostReason,
      world.aSavedFilter,
      world.aActivity,
      world.aNotification,
      world.aApiKey,
      world.aWebhookEndpoint,
      world.aWebhookDelivery,
    ];
    for (const { path: route, operation } of reads) {
      const path = `${route}${requiredQuery(operation, document)}`;
      const isList = JSON.stringify(operation.responses?.['200'] ?? {}).includes('List');
      if (isList && !(route in REFUSED_READS)) {
        const asA = await t.app.inject({
          method: 'GET',
          url: path,
          headers: asMember(world.a, world.a.organizationId),
        });
        expect(
          aIds.some((id) => asA.body.includes(id)),
          `${path} should show A its own rows`,
        ).toBe(true);
      }
      const asB = await t.app.inject({
        method: 'GET',
        url: path,
        headers: asMember(world.b, world.b.organizationId),
      });
      expect(asB.statusCode, path).toBe(REFUSED_READS[route] ?? 200);
      for (const id of aIds) expect(asB.body, `${path} leaked ${id}`).not.toContain(id);
      expect(asB.body, `${path} leaked A's lead`).not.toContain(world.aLead.name);
      if (!operation.security?.some((s) => 'apiKey' in s)) continue;
      const asBKey = await t.app.inject({
        method: 'GET',
        url: path,
        headers: withApiKey(world.bKey),
      });
      expect(asBKey.statusCode, `${path} with B's API key`).toBe(REFUSED_READS[route] ?? 200);
      for (const id of aIds) expect(asBKey.body, `${path} leaked ${id} to a key`).not.toContain(id);
      expect(asBKey.body, `${path} leaked A's lead to a key`).not.toContain(world.aLead.name);
    }
  });
});
