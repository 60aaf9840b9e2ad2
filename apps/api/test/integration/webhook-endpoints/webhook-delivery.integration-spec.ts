import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { LeadResponse, NotificationResponse, WebhookEndpointResponse } from '@loved/shared';
import { TenantContextService } from '../../../src/core/tenancy/tenant-context.service';
import { CommunicationsService } from '../../../src/modules/communications/communications.service';
import { WebhookDeliverySweeper } from '../../../src/modules/webhook-endpoints/webhook-delivery-sweeper.service';
import { WebhookDispatchService } from '../../../src/modules/webhook-endpoints/webhook-dispatch.service';
import { WEBHOOK_MAX_ATTEMPTS } from '../../../src/modules/webhook-endpoints/webhook-retry-schedule';
import { adminQuery } from '../../utils/admin-query';
import { addMember, asMember, register, type Session } from '../../utils/identity.helpers';
import { createLead } from '../../utils/lead.helpers';
import { createTestApp, type TestApp } from '../../utils/test-app';
import {
  ALL_EVENTS,
  createEndpoint,
  listDeliveries,
  verifySignature,
  WebhookReceiver,
} from './webhook.helpers';

describe('outbound webhook delivery', () => {
  let t: TestApp;
  let receiver: WebhookReceiver;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    receiver = new WebhookReceiver();
    await receiver.start();
    return () => receiver.stop();
  });

  const as = (session: Session): Record<string, string> =>
    asMember(session, session.organizationId);

  const updateLead = async (session: Session, lead: LeadResponse, name: string) => {
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/leads/${lead.id}`,
      headers: as(session),
      payload: { name, version: lead.version },
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<LeadResponse>();
  };

  const retry = async (session: Session, endpointId: string, deliveryId: string) => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/webhook-endpoints/${endpointId}/deliveries/${deliveryId}/retry`,
      headers: as(session),
    });
    expect(res.statusCode, res.body).toBe(202);
  };

  /** A WhatsApp message recorded as a worker would (no user), and its status moved forward. */
  const recordMessage = async (session: Session, leadId: string, externalId: string) => {
    const tenant = t.app.get(TenantContextService);
    const communications = t.app.get(CommunicationsService);
    await tenant.run({ organizationId: session.organizationId }, () =>
      communications.record({
        leadId,
        channel: 'whatsapp',
        direction: 'outbound',
        content: 'Segue a proposta',
        externalId,
      }),
    );
    await tenant.run({ organizationId: session.organizationId }, () =>
      communications.applyStatus('whatsapp', externalId, 'delivered'),
    );
  };

  it('delivers every event type exactly once, signed, in the order it happened', async () => {
    const admin = await register(t.app);
    const endpoint = await createEndpoint(t.app, admin, receiver.url, ALL_EVENTS);

    const lead = await createLead(t.app, admin);
    const renamed = await updateLead(admin, lead, 'Padaria Pão Quente');
    const moved = await t.app.inject({
      method: 'POST',
      url: `/api/v1/leads/${lead.id}/move`,
      headers: as(admin),
      payload: { stage: 'contato' },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    const externalId = `wamid.${randomUUID()}`;
    await recordMessage(admin, lead.id, externalId);
    const deleted = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/leads/${lead.id}`,
      headers: as(admin),
    });
    expect(deleted.statusCode).toBe(204);

    await receiver.waitFor(() => receiver.accepted.length >= 6, 'six deliveries');
    // Late duplicates would show up here.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(receiver.accepted.map((r) => r.type)).toEqual([
      'lead.created',
      'lead.updated',
      'lead.moved',
      'communication.created',
      'communication.status_changed',
      'lead.deleted',
    ]);
    expect(new Set(receiver.accepted.map((r) => r.id)).size).toBe(6);
    for (const received of receiver.accepted) {
      expect(() => verifySignature(endpoint.secret, received)).not.toThrow();
      expect(received.headers['content-type']).toBe('application/json');
      expect(received.headers['user-agent']).toContain('Loved CRM');
    }
    const [created, updated, movedEvent, message, status, gone] = receiver.accepted;
    expect(created?.data).toEqual({ lead: expect.objectContaining({ id: lead.id }) });
    expect(updated?.data).toEqual({
      lead: expect.objectContaining({ id: lead.id, name: renamed.name }),
    });
    expect(movedEvent?.data).toEqual({
      lead: expect.objectContaining({ id: lead.id, stage: 'contato' }),
    });
    expect(message?.data).toEqual({
      lead_id: lead.id,
      communication: expect.objectContaining({ external_id: externalId, status: 'sent' }),
    });
    expect(status?.data).toEqual({
      lead_id: lead.id,
      communication: expect.objectContaining({ external_id: externalId, status: 'delivered' }),
    });
    expect(gone?.data).toEqual({ lead: { id: lead.id } });
    // Someone else's secret does not verify.
    expect(() =>
      verifySignature(`whsec_${Buffer.alloc(32, 1).toString('base64')}`, gone!),
    ).toThrow();

    const log = await listDeliveries(t.app, admin, endpoint.id);
    expect(log).toHaveLength(6);
    expect(log.every((d) => d.status === 'succeeded' && d.attempts === 1)).toBe(true);
    expect(log.map((d) => d.id).sort()).toEqual(receiver.accepted.map((r) => r.id).sort());
  });

  it('sends only the events an endpoint subscribed to, and a test event on request', async () => {
    const admin = await register(t.app);
    const endpoint = await createEndpoint(t.app, admin, receiver.url, ['lead.moved']);
    const lead = await createLead(t.app, admin);
    await updateLead(admin, lead, 'Outro nome');
    const test = await t.app.inject({
      method: 'POST',
      url: `/api/v1/webhook-endpoints/${endpoint.id}/test`,
      headers: as(admin),
    });
    expect(test.statusCode, test.body).toBe(202);
    expect(test.json()).toMatchObject({ event_type: 'webhook.test', status: 'pending' });

    await receiver.waitFor(() => receiver.accepted.length >= 1, 'the test event');
    expect(receiver.accepted.map((r) => r.type)).toEqual(['webhook.test']);
    expect(receiver.accepted[0]?.data).toEqual({ endpoint_id: endpoint.id });
    expect(receiver.accepted[0]?.id).toBe(test.json<{ id: string }>().id);
    expect(() => verifySignature(endpoint.secret, receiver.accepted[0]!)).not.toThrow();
  });

  it('gets every event to a receiver that was down, in order, once it recovers', async () => {
    const admin = await register(t.app);
    const endpoint = await createEndpoint(t.app, admin, receiver.url, ALL_EVENTS);
    receiver.mode = 'unavailable';

    const lead = await createLead(t.app, admin);
    const first = await updateLead(admin, lead, 'Primeira mudança');
    await updateLead(admin, first, 'Segunda mudança');
    await receiver.waitFor(() => receiver.requests.length >= 1, 'a first attempt');

    // The head failed and waits for its retry; the later ones wait behind it, unsent.
    let log = await listDeliveries(t.app, admin, endpoint.id);
    await expect
      .poll(async () => (log = await listDeliveries(t.app, admin, endpoint.id)).at(-1)?.attempts)
      .toBeGreaterThanOrEqual(1);
    const head = log.at(-1)!;
    expect(head).toMatchObject({ status: 'pending', response_status: 503 });
    expect(head.error).toContain('HTTP 503');
    expect(head.next_attempt_at).not.toBeNull();
    expect(log.slice(0, 2).every((d) => d.status === 'pending' && d.attempts === 0)).toBe(true);
    expect(new Set(receiver.requests.map((r) => r.id))).toEqual(new Set([head.id]));

    // Now nothing listens at all: connection refused.
    await receiver.stop();
    const before = head.attempts;
    await retry(admin, endpoint.id, head.id);
    await expect
      .poll(async () => (await listDeliveries(t.app, admin, endpoint.id)).at(-1))
      .toMatchObject({ attempts: before + 1, error: 'connection refused', response_status: null });

    // Back up: the retry time is driven by the retry route, not waited for.
    receiver.mode = 'ok';
    await receiver.start();
    await retry(admin, endpoint.id, head.id);
    await receiver.waitFor(() => receiver.accepted.length >= 3, 'all three events');
    expect(receiver.accepted.map((r) => r.type)).toEqual([
      'lead.created',
      'lead.updated',
      'lead.updated',
    ]);
    expect(receiver.accepted.map((r) => (r.data.lead as LeadResponse).name).slice(1)).toEqual([
      'Primeira mudança',
      'Segunda mudança',
    ]);
    // A retry keeps its webhook-id, so the receiver can tell it saw the first one before.
    expect(receiver.accepted[0]?.id).toBe(head.id);
    for (const received of receiver.accepted) {
      expect(() => verifySignature(endpoint.secret, received)).not.toThrow();
    }
    log = await listDeliveries(t.app, admin, endpoint.id);
    expect(log.every((d) => d.status === 'succeeded')).toBe(true);
  });

  it('loses nothing when the worker dies mid-delivery: the lease expires and it is sent again', async () => {
    const admin = await register(t.app);
    const endpoint = await createEndpoint(t.app, admin, receiver.url, ['lead.created']);
    // Another (stalled) dispatcher holds the lease, so the queued job leaves the delivery alone.
    await adminQuery(
      `UPDATE webhook_endpoints SET dispatch_lease_until = now() + interval '1 hour',
              dispatch_lease_id = gen_random_uuid() WHERE id = $1`,
      [endpoint.id],
    );
    await createLead(t.app, admin);
    await adminQuery(
      `UPDATE webhook_endpoints SET dispatch_lease_until = NULL, dispatch_lease_id = NULL WHERE id = $1`,
      [endpoint.id],
    );

    // This worker starts sending to a receiver that never answers, then dies (its work aborted).
    receiver.mode = 'hang';
    const dying = new AbortController();
    const dispatching = t.app
      .get(WebhookDispatchService)
      .dispatch(admin.organizationId, endpoint.id, { signal: dying.signal });
    await receiver.waitFor(() => receiver.requests.length === 1, 'the first attempt');
    dying.abort();
    expect(await dispatching).toBe(0);

    const [delivery] = await listDeliveries(t.app, admin, endpoint.id);
    expect(delivery).toMatchObject({ status: 'pending', attempts: 0 });
    const [lease] = await adminQuery<{ held: boolean }>(
      'SELECT dispatch_lease_until > now() AS held FROM webhook_endpoints WHERE id = $1',
      [endpoint.id],
    );
    expect(lease?.held).toBe(true);

    // 30 s later the dead worker's lease has expired; the sweeper hands the endpoint to a worker.
    await adminQuery(
      `UPDATE webhook_endpoints SET dispatch_lease_until = now() - interval '1 second' WHERE id = $1`,
      [endpoint.id],
    );
    receiver.mode = 'ok';
    expect(await t.app.get(WebhookDeliverySweeper).sweep()).toBeGreaterThanOrEqual(1);
    await receiver.waitFor(() => receiver.accepted.length === 1, 'the delivery sent again');
    expect(receiver.accepted[0]?.id).toBe(receiver.requests[0]?.id);
    expect(() => verifySignature(endpoint.secret, receiver.accepted[0]!)).not.toThrow();
    await expect
      .poll(async () => (await listDeliveries(t.app, admin, endpoint.id))[0])
      .toMatchObject({ status: 'succeeded', attempts: 1 });
  });

  it('writes no delivery when the change that caused it rolls back', async () => {
    const admin = await register(t.app);
    const endpoint = await createEndpoint(t.app, admin, receiver.url, ['communication.created']);
    const lead = await createLead(t.app, admin);
    const tenant = t.app.get(TenantContextService);
    const communications = t.app.get(CommunicationsService);
    const failure = new Error('the rest of the change failed');

    await expect(
      tenant.run({ organizationId: admin.organizationId }, async () => {
        await communications.record({
          leadId: lead.id,
          channel: 'note',
          direction: 'outbound',
          content: 'Rascunho que não fica',
        });
        const [inside] = await tenant.manager.query<Array<{ n: number }>>(
          'SELECT count(*)::int AS n FROM webhook_deliveries WHERE endpoint_id = $1',
          [endpoint.id],
        );
        // Written in the change's own transaction…
        expect(inside?.n).toBe(1);
        throw failure;
      }),
    ).rejects.toBe(failure);

    // …so it went with the rollback, and nothing was sent.
    const rows = await adminQuery('SELECT id FROM webhook_deliveries WHERE endpoint_id = $1', [
      endpoint.id,
    ]);
    expect(rows).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(receiver.requests).toEqual([]);
  });

  it('disables the endpoint when retries run out, tells every admin, and resumes on re-enable', async () => {
    const admin = await register(t.app);
    const otherAdmin = await addMember(t.app, admin, 'admin');
    const manager = await addMember(t.app, admin, 'manager');
    const endpoint = await createEndpoint(t.app, admin, receiver.url, ['lead.created']);
    receiver.mode = 'unavailable';
    await createLead(t.app, admin);
    await receiver.waitFor(() => receiver.requests.length >= 1, 'a first attempt');
    await createLead(t.app, admin);
    await expect
      .poll(async () => (await listDeliveries(t.app, admin, endpoint.id)).at(-1)?.attempts)
      .toBeGreaterThanOrEqual(1);
    const [waiting, head] = await listDeliveries(t.app, admin, endpoint.id);

    // ~24 h of failures later: the head is on its last attempt.
    await adminQuery('UPDATE webhook_deliveries SET attempts = $2 WHERE id = $1', [
      head!.id,
      WEBHOOK_MAX_ATTEMPTS - 1,
    ]);
    await retry(admin, endpoint.id, head!.id);
    await expect
      .poll(async () => (await listDeliveries(t.app, admin, endpoint.id)).at(-1)?.status)
      .toBe('failed');

    const shown = await t.app.inject({
      method: 'GET',
      url: `/api/v1/webhook-endpoints/${endpoint.id}`,
      headers: as(admin),
    });
    expect(shown.json<WebhookEndpointResponse>()).toMatchObject({
      enabled: false,
      disabled_reason: expect.stringContaining('24 hours'),
      disabled_at: expect.any(String),
    });
    // The later delivery is kept, not sent and not failed.
    const afterDisable = await listDeliveries(t.app, admin, endpoint.id);
    expect(afterDisable[0]).toMatchObject({ id: waiting!.id, status: 'pending' });

    const disabledNotices = async (session: Session) => {
      const res = await t.app.inject({
        method: 'GET',
        url: '/api/v1/notifications',
        headers: asMember(session, admin.organizationId),
      });
      return res
        .json<{ items: NotificationResponse[] }>()
        .items.filter((n) => n.kind === 'webhook_endpoint_disabled');
    };
    expect(await disabledNotices(admin)).toEqual([
      expect.objectContaining({ lead: null, actor: null, read: false }),
    ]);
    expect(await disabledNotices(otherAdmin)).toHaveLength(1);
    expect(await disabledNotices(manager)).toEqual([]);

    // Re-enabled: the waiting delivery flows.
    receiver.mode = 'ok';
    const enabled = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/webhook-endpoints/${endpoint.id}`,
      headers: as(admin),
      payload: { enabled: true },
    });
    expect(enabled.statusCode, enabled.body).toBe(200);
    expect(enabled.json()).toMatchObject({
      enabled: true,
      disabled_reason: null,
      disabled_at: null,
    });
    await receiver.waitFor(() => receiver.accepted.length === 1, 'the waiting delivery');
    expect(receiver.accepted[0]?.id).toBe(waiting!.id);
  });
});
