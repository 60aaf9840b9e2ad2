import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  postWhatsAppWebhook,
  startFakeGraphApi,
  whatsAppInbound,
  whatsAppMessagesWebhook,
  type FakeGraphApi,
} from '@loved/testing';
import { adminQuery } from '../../utils/admin-query';
import { register, type Session } from '../../utils/identity.helpers';
import { METRICS_TOKEN, sampleValue, scrape } from '../../utils/metrics.helpers';
import { createTestApp, type TestApp } from '../../utils/test-app';
import {
  connectWhatsApp,
  listen,
  webhookUrl,
  type ConnectedNumber,
} from '../../utils/whatsapp.helpers';

const WHATSAPP = { provider: 'whatsapp' };

describe('webhook and provider metrics', () => {
  let graph: FakeGraphApi;
  let t: TestApp;
  let base: string;
  let admin: Session;
  let number: ConnectedNumber;

  beforeAll(async () => {
    graph = await startFakeGraphApi();
    t = await createTestApp({ env: { GRAPH_API_BASE_URL: graph.url, METRICS_TOKEN } });
    base = await listen(t.app);
    admin = await register(t.app);
    number = await connectWhatsApp(t.app, admin, graph);
  });
  afterAll(async () => {
    await t.close();
    await graph.close();
  });

  it('counts a signed webhook when it is stored and observes its lag once processed', async () => {
    const before = await scrape(t.app);
    const accepted = sampleValue(before, 'webhooks_accepted_total', WHATSAPP) ?? 0;
    const processed = sampleValue(before, 'webhook_processing_lag_seconds_count', WHATSAPP) ?? 0;

    const refused = await postWhatsAppWebhook(
      webhookUrl(base),
      'wrong-secret',
      whatsAppMessagesWebhook(number, [whatsAppInbound.text('não assinado')]),
    );
    expect(refused.status).toBe(401);
    expect(sampleValue(await scrape(t.app), 'webhooks_accepted_total', WHATSAPP) ?? 0).toBe(
      accepted,
    );

    const res = await postWhatsAppWebhook(
      webhookUrl(base),
      number.appSecret,
      whatsAppMessagesWebhook(number, [whatsAppInbound.text('Olá!')]),
    );
    expect(res.status).toBe(200);
    expect(sampleValue(await scrape(t.app), 'webhooks_accepted_total', WHATSAPP)).toBe(
      accepted + 1,
    );

    await vi.waitFor(
      async () => {
        const rows = await adminQuery<{ status: string }>(
          'SELECT status FROM webhook_events WHERE organization_id = $1',
          [admin.organizationId],
        );
        expect(rows.map((row) => row.status)).toEqual(['processed']);
      },
      { timeout: 10_000, interval: 50 },
    );
    const after = await scrape(t.app);
    expect(sampleValue(after, 'webhook_processing_lag_seconds_count', WHATSAPP)).toBe(
      processed + 1,
    );
  });

  it('times Graph API calls by outcome and exports the number’s circuit breaker as closed', async () => {
    const text = await scrape(t.app);
    // Connecting the number asked Graph for it.
    expect(
      sampleValue(text, 'provider_request_duration_seconds_count', {
        provider: 'whatsapp',
        outcome: 'ok',
      }),
    ).toBeGreaterThanOrEqual(1);
    const breakers = text
      .split('\n')
      .filter((line) => line.startsWith('provider_circuit_breaker_state{provider="whatsapp"'));
    expect(breakers.length).toBeGreaterThanOrEqual(1);
    expect(breakers.every((line) => line.endsWith(' 0'))).toBe(true);
  });
});
