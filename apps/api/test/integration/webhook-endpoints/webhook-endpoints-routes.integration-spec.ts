import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  CreatedWebhookEndpointResponse,
  ListEnvelope,
  WebhookDeliveryResponse,
  WebhookEndpointResponse,
} from '@loved/shared';
import { adminQuery } from '../../utils/admin-query';
import { addMember, asMember, register, type Session } from '../../utils/identity.helpers';
import { createTestApp, type TestApp } from '../../utils/test-app';
import { createEndpoint } from './webhook.helpers';

// Nothing listens here (the discard port): deliveries fail, which these tests do not mind.
const URL = 'http://127.0.0.1:9/hooks';

describe('webhook endpoint routes', () => {
  let t: TestApp;
  let admin: Session;
  let manager: Session;
  let agent: Session;
  let outsider: Session;
  let endpoint: CreatedWebhookEndpointResponse;
  let deliveryId: string;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await register(t.app);
    manager = await addMember(t.app, admin, 'manager');
    agent = await addMember(t.app, admin, 'agent');
    outsider = await register(t.app);
    endpoint = await createEndpoint(t.app, admin, URL, ['lead.created', 'lead.moved']);
    const test = await call(admin, 'POST', `/api/v1/webhook-endpoints/${endpoint.id}/test`);
    deliveryId = test.json<WebhookDeliveryResponse>().id;
  });
  afterAll(() => t.close());

  const call = (session: Session, method: string, url: string, payload?: object) =>
    t.app.inject({
      method: method as 'GET',
      url,
      headers: asMember(session, session.organizationId),
      payload,
    });

  it('creates an endpoint and shows its Standard Webhooks secret once, stored sealed', async () => {
    expect(endpoint).toMatchObject({
      url: URL,
      events: ['lead.created', 'lead.moved'],
      description: null,
      enabled: true,
      disabled_reason: null,
      disabled_at: null,
    });
    expect(endpoint.secret).toMatch(/^whsec_[A-Za-z0-9+/]+={0,2}$/);
    const key = Buffer.from(endpoint.secret.slice('whsec_'.length), 'base64');
    expect(key.length).toBeGreaterThanOrEqual(24);
    expect(key.length).toBeLessThanOrEqual(32);

    const shown = await call(admin, 'GET', `/api/v1/webhook-endpoints/${endpoint.id}`);
    expect(shown.statusCode).toBe(200);
    expect(shown.body).not.toContain(endpoint.secret);
    expect(shown.json()).not.toHaveProperty('secret');
    const [row] = await adminQuery<{ sealed: Buffer }>(
      'SELECT encrypted_secret AS sealed FROM webhook_endpoints WHERE id = $1',
      [endpoint.id],
    );
    expect(row?.sealed.toString('latin1')).not.toContain(endpoint.secret.slice(6));
  });

  it('lists the endpoints in keyset pages', async () => {
    const second = await createEndpoint(t.app, admin, URL, ['lead.deleted']);
    const first = await call(admin, 'GET', '/api/v1/webhook-endpoints?limit=1');
    const page = first.json<ListEnvelope<WebhookEndpointResponse>>();
    expect(page.items.map((e) => e.id)).toEqual([endpoint.id]);
    expect(page.next_cursor).not.toBeNull();
    const next = await call(
      admin,
      'GET',
      `/api/v1/webhook-endpoints?limit=1&cursor=${page.next_cursor}`,
    );
    expect(next.json<ListEnvelope<WebhookEndpointResponse>>().items.map((e) => e.id)).toEqual([
      second.id,
    ]);
    expect(page.items[0]).not.toHaveProperty('secret');
  });

  it('refuses an empty, unknown or repeated event list and a URL that is not one', async () => {
    for (const payload of [
      { url: URL, events: [] },
      { url: URL, events: ['lead.exploded'] },
      { url: URL, events: ['lead.created', 'lead.created'] },
      { url: URL, events: ['webhook.test'] },
      { url: 'not a url', events: ['lead.created'] },
      { url: 'ftp://example.com/x', events: ['lead.created'] },
      { events: ['lead.created'] },
    ]) {
      const res = await call(admin, 'POST', '/api/v1/webhook-endpoints', payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
    }
  });

  it('edits, pauses and deletes an endpoint', async () => {
    const created = await createEndpoint(t.app, admin, URL, ['lead.created']);
    const edited = await call(admin, 'PATCH', `/api/v1/webhook-endpoints/${created.id}`, {
      events: ['lead.updated', 'communication.created'],
      description: 'Zapier',
      enabled: false,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({
      events: ['lead.updated', 'communication.created'],
      description: 'Zapier',
      enabled: false,
      disabled_reason: expect.any(String),
    });
    expect(
      (await call(admin, 'PATCH', `/api/v1/webhook-endpoints/${created.id}`, { url: null }))
        .statusCode,
    ).toBe(400);
    expect(
      (await call(admin, 'DELETE', `/api/v1/webhook-endpoints/${created.id}`)).statusCode,
    ).toBe(204);
    expect((await call(admin, 'GET', `/api/v1/webhook-endpoints/${created.id}`)).statusCode).toBe(
      404,
    );
  });

  it('lists deliveries newest first and retries a pending one', async () => {
    const log = await call(admin, 'GET', `/api/v1/webhook-endpoints/${endpoint.id}/deliveries`);
    expect(log.statusCode).toBe(200);
    const items = log.json<ListEnvelope<WebhookDeliveryResponse>>().items;
    expect(items.map((d) => d.id)).toContain(deliveryId);
    expect(items[0]).not.toHaveProperty('data');

    const retried = await call(
      admin,
      'POST',
      `/api/v1/webhook-endpoints/${endpoint.id}/deliveries/${deliveryId}/retry`,
    );
    expect(retried.statusCode, retried.body).toBe(202);
    expect(retried.json()).toMatchObject({ id: deliveryId, event_type: 'webhook.test' });
  });

  it('does not send a delivery that succeeded again (409)', async () => {
    await adminQuery(
      "UPDATE webhook_deliveries SET status = 'succeeded', next_attempt_at = NULL WHERE id = $1",
      [deliveryId],
    );
    const res = await call(
      admin,
      'POST',
      `/api/v1/webhook-endpoints/${endpoint.id}/deliveries/${deliveryId}/retry`,
    );
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'WEBHOOK_DELIVERY_NOT_RETRYABLE' });
  });

  it('answers 404 for a delivery of another endpoint or an unknown one', async () => {
    const other = await createEndpoint(t.app, admin, URL, ['lead.created']);
    for (const url of [
      `/api/v1/webhook-endpoints/${other.id}/deliveries/${deliveryId}/retry`,
      `/api/v1/webhook-endpoints/${endpoint.id}/deliveries/${randomUUID()}/retry`,
    ]) {
      const res = await call(admin, 'POST', url);
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ code: 'WEBHOOK_DELIVERY_NOT_FOUND' });
    }
  });

  const routesWithIds = (): Array<[string, string, object | undefined]> => [
    ['GET', `/api/v1/webhook-endpoints/${endpoint.id}`, undefined],
    ['PATCH', `/api/v1/webhook-endpoints/${endpoint.id}`, { description: 'x' }],
    ['DELETE', `/api/v1/webhook-endpoints/${endpoint.id}`, undefined],
    ['GET', `/api/v1/webhook-endpoints/${endpoint.id}/deliveries`, undefined],
    ['POST', `/api/v1/webhook-endpoints/${endpoint.id}/deliveries/${deliveryId}/retry`, undefined],
    ['POST', `/api/v1/webhook-endpoints/${endpoint.id}/test`, undefined],
  ];

  it("answers 404 to another organisation's admin on every route with an id", async () => {
    for (const [method, url, payload] of routesWithIds()) {
      const res = await call(outsider, method, url, payload);
      expect(res.statusCode, `${method} ${url}`).toBe(404);
      expect(res.json()).toMatchObject({ code: 'WEBHOOK_ENDPOINT_NOT_FOUND' });
    }
    const list = await call(outsider, 'GET', '/api/v1/webhook-endpoints');
    expect(list.json<ListEnvelope<WebhookEndpointResponse>>().items).toEqual([]);
  });

  it('refuses managers and agents (403) on every route', async () => {
    const routes: Array<[string, string, object | undefined]> = [
      ['GET', '/api/v1/webhook-endpoints', undefined],
      ['POST', '/api/v1/webhook-endpoints', { url: URL, events: ['lead.created'] }],
      ...routesWithIds(),
    ];
    for (const session of [manager, agent]) {
      for (const [method, url, payload] of routes) {
        const res = await t.app.inject({
          method: method as 'GET',
          url,
          headers: asMember(session, admin.organizationId),
          payload,
        });
        expect(res.statusCode, `${method} ${url}`).toBe(403);
      }
    }
    // Still there: nothing above reached it.
    expect((await call(admin, 'GET', `/api/v1/webhook-endpoints/${endpoint.id}`)).statusCode).toBe(
      200,
    );
  });
});
