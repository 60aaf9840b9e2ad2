import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ListEnvelope, WebhookEventResponse } from '@loved/shared';
import {
  postWhatsAppWebhook,
  startFakeGraphApi,
  whatsAppInbound,
  whatsAppMessagesWebhook,
  type FakeGraphApi,
} from '@loved/testing';
import { findFreePort } from '../../../src/core/database/free-port';
import { adminQuery } from '../../utils/admin-query';
import { asMember, register, type Session } from '../../utils/identity.helpers';
import { createTestApp, type TestApp } from '../../utils/test-app';
import {
  connectWhatsApp,
  listen,
  waitForMessages,
  webhookUrl,
  whatsAppMessagesOf,
  type ConnectedNumber,
} from '../../utils/whatsapp.helpers';

/** A Redis of this test's own, so it can be stopped without disturbing other tests. */
async function startRedis(port: number): Promise<ChildProcess> {
  const redis = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
  );
  await vi.waitFor(
    () =>
      new Promise<void>((resolve, reject) => {
        const socket = connect(port, '127.0.0.1');
        socket.once('connect', () => {
          socket.destroy();
          resolve();
        });
        socket.once('error', reject);
      }),
    { timeout: 10_000, interval: 50 },
  );
  return redis;
}

async function stopRedis(redis: ChildProcess): Promise<void> {
  if (redis.exitCode !== null) return;
  redis.kill('SIGKILL');
  await once(redis, 'exit');
}

describe('the WhatsApp webhook inbox', () => {
  let graph: FakeGraphApi;

  beforeAll(async () => {
    graph = await startFakeGraphApi();
  });
  afterAll(async () => {
    await graph.close();
  });

  describe('with Redis stopped during delivery', () => {
    let redisPort: number;
    let redis: ChildProcess;
    let t: TestApp;
    let base: string;
    let admin: Session;
    let number: ConnectedNumber;

    beforeAll(async () => {
      redisPort = await findFreePort();
      redis = await startRedis(redisPort);
      t = await createTestApp({
        env: {
          GRAPH_API_BASE_URL: graph.url,
          REDIS_URL: `redis://127.0.0.1:${redisPort}`,
          QUEUE_PREFIX: `test-${randomUUID()}`,
          WEBHOOK_SWEEP_INTERVAL_MS: '500',
        },
        processJobs: true,
      });
      base = await listen(t.app);
      admin = await register(t.app);
      number = await connectWhatsApp(t.app, admin, graph);
    });
    afterAll(async () => {
      await t.close();
      await stopRedis(redis);
    });

    it('still accepts and stores events, and processes them once Redis is back', async () => {
      await postWhatsAppWebhook(
        webhookUrl(base),
        number.appSecret,
        whatsAppMessagesWebhook(number, [whatsAppInbound.text('antes')]),
      );
      await waitForMessages(admin.organizationId, 1);

      await stopRedis(redis);
      const during = [1, 2, 3].map((i) => whatsAppInbound.text(`durante ${i}`));
      for (const message of during) {
        const started = Date.now();
        const res = await postWhatsAppWebhook(
          webhookUrl(base),
          number.appSecret,
          whatsAppMessagesWebhook(number, [message]),
        );
        expect(res.status).toBe(200);
        expect(Date.now() - started).toBeLessThan(5_000);
      }
      const pending = await adminQuery<{ status: string }>(
        `SELECT status FROM webhook_events WHERE organization_id = $1 AND status = 'pending'`,
        [admin.organizationId],
      );
      expect(pending).toHaveLength(3);
      expect(await whatsAppMessagesOf(admin.organizationId)).toHaveLength(1);

      redis = await startRedis(redisPort);
      const rows = await waitForMessages(admin.organizationId, 4, 25_000);
      expect(rows.map((m) => m.content).sort()).toEqual([
        'antes',
        'durante 1',
        'durante 2',
        'durante 3',
      ]);
      await vi.waitFor(async () => {
        const left = await adminQuery(
          `SELECT id FROM webhook_events WHERE organization_id = $1 AND status <> 'processed'`,
          [admin.organizationId],
        );
        expect(left).toEqual([]);
      });
    }, 60_000);
  });

  describe('failing events', () => {
    let t: TestApp;
    let base: string;
    let admin: Session;
    let number: ConnectedNumber;

    beforeAll(async () => {
      t = await createTestApp({ env: { GRAPH_API_BASE_URL: graph.url, JOB_BACKOFF_MS: '20' } });
      base = await listen(t.app);
      admin = await register(t.app);
      number = await connectWhatsApp(t.app, admin, graph);
    });
    afterAll(async () => {
      await t.close();
    });

    const failedEvents = (session: Session) =>
      t.app.inject({
        method: 'GET',
        url: '/api/v1/integrations/whatsapp/events?status=failed',
        headers: asMember(session, session.organizationId),
      });

    it('keeps an event failed with its error after the last attempt; an admin retries it', async () => {
      graph.addMedia({
        id: 'media-flaky',
        bytes: Buffer.from('%PDF-1.4 flaky'),
        mimeType: 'application/pdf',
      });
      graph.failNext({ path: 'media-download', code: 2, httpStatus: 503, times: 100 });
      const message = whatsAppInbound.document({
        mediaId: 'media-flaky',
        filename: 'contrato.pdf',
      });
      await postWhatsAppWebhook(
        webhookUrl(base),
        number.appSecret,
        whatsAppMessagesWebhook(number, [message]),
      );

      let failed: WebhookEventResponse[] = [];
      await vi.waitFor(
        async () => {
          failed = (await failedEvents(admin)).json<ListEnvelope<WebhookEventResponse>>().items;
          expect(failed).toHaveLength(1);
        },
        { timeout: 10_000, interval: 100 },
      );
      expect(failed[0]).toMatchObject({
        status: 'failed',
        attempts: 5,
        update_count: 1,
        last_error: expect.stringMatching(/503/),
      });
      // The message itself is in the timeline; only its media is missing.
      const [stored] = await whatsAppMessagesOf(admin.organizationId);
      expect(stored.attachments).toEqual([expect.objectContaining({ file_id: null })]);

      const stranger = await register(t.app);
      expect(
        (await failedEvents(stranger)).json<ListEnvelope<WebhookEventResponse>>().items,
      ).toEqual([]);
      const foreignRetry = await t.app.inject({
        method: 'POST',
        url: `/api/v1/integrations/whatsapp/events/${failed[0].id}/retry`,
        headers: asMember(stranger, stranger.organizationId),
      });
      expect(foreignRetry.statusCode).toBe(404);

      graph.reset();
      const retry = await t.app.inject({
        method: 'POST',
        url: `/api/v1/integrations/whatsapp/events/${failed[0].id}/retry`,
        headers: asMember(admin, admin.organizationId),
      });
      expect(retry.statusCode).toBe(202);
      await vi.waitFor(
        async () => {
          const [row] = await whatsAppMessagesOf(admin.organizationId);
          expect(row.attachments[0]?.file_id).toEqual(expect.any(String));
        },
        { timeout: 10_000, interval: 100 },
      );
      expect((await failedEvents(admin)).json<ListEnvelope<WebhookEventResponse>>().items).toEqual(
        [],
      );
      const again = await t.app.inject({
        method: 'POST',
        url: `/api/v1/integrations/whatsapp/events/${failed[0].id}/retry`,
        headers: asMember(admin, admin.organizationId),
      });
      expect(again.statusCode).toBe(409);
    });
  });
});
