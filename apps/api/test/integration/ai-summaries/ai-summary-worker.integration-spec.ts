import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Channel, Direction, type AiSummaryResponse, type LiveEvent } from '@loved/shared';
import { startFakeOpenAi, type FakeOpenAi } from '@loved/testing';
import { addMember, asMember, register } from '../../utils/identity.helpers';
import { createLead } from '../../utils/lead.helpers';
import { openSse, type SseClient } from '../../utils/sse-client';
import { createTestApp, type TestApp } from '../../utils/test-app';
import { addTimeline, requestSummary, waitForSummary } from './ai-summary.helpers';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/**
 * Full mode: the API stores the pending summary and queues it on Bull; a separate worker writes
 * it; the API's event stream carries `ai_summary.ready` to those who may see the lead.
 */
describe('AI summaries in full mode (Bull worker, Redis live events)', () => {
  let fake: FakeOpenAi;
  let api: TestApp;
  let worker: TestApp;
  const clients: SseClient[] = [];

  beforeAll(async () => {
    fake = await startFakeOpenAi();
    const env = {
      REDIS_URL,
      QUEUE_PREFIX: `test-${randomUUID()}`,
      OPENAI_API_KEY: fake.apiKey,
      OPENAI_BASE_URL: `${fake.url}/v1`,
    };
    api = await createTestApp({ env, processJobs: false });
    worker = await createTestApp({ env, processJobs: true });
    await api.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    for (const client of clients) client.close();
    await Promise.all([api.close(), worker.close()]);
    await fake.close();
  });

  const stream = async (session: Parameters<typeof asMember>[0], organizationId: string) => {
    const token = await api.app.inject({
      method: 'POST',
      url: '/api/v1/events/token',
      headers: asMember(session, organizationId),
    });
    const address = api.app.getHttpServer().address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const client = openSse(
      `http://127.0.0.1:${port}/api/v1/events?token=${token.json<{ token: string }>().token}`,
    );
    clients.push(client);
    expect(await client.status).toBe(200);
    await vi.waitFor(() => expect(client.events.map((e) => e.event)).toContain('ready'));
    return client;
  };

  it('is written by the worker and announced on the event stream of those who see the lead', async () => {
    const admin = await register(api.app);
    const agent = await addMember(api.app, admin, 'agent');
    const colleague = await addMember(api.app, admin, 'agent');
    const lead = await createLead(api.app, admin, { assigned_user_id: agent.user.id });
    await addTimeline(api.app, admin, lead.id, [
      {
        channel: Channel.WhatsApp,
        direction: Direction.Inbound,
        content: 'Bom dia! Recebi a proposta.',
        minutesAgo: 5,
      },
    ]);
    const adminStream = await stream(admin, admin.organizationId);
    const agentStream = await stream(agent, admin.organizationId);
    const colleagueStream = await stream(colleague, admin.organizationId);

    const res = await requestSummary(api.app, agent, lead.id);
    expect(res.statusCode).toBe(202);
    const done = await waitForSummary(api.app, agent, res.json<AiSummaryResponse>().id);
    expect(done).toMatchObject({
      status: 'done',
      provider: 'openai',
      requested_by_user_id: agent.user.id,
    });
    expect(fake.completions()).toHaveLength(1);

    for (const client of [adminStream, agentStream]) {
      await vi.waitFor(() =>
        expect(client.events.map((e) => e.event)).toContain('ai_summary.ready'),
      );
      const event = client.events.find((e) => e.event === 'ai_summary.ready');
      const data = JSON.parse(event?.data ?? '{}') as LiveEvent;
      expect(data).toMatchObject({ lead_id: lead.id, assigned_user_id: agent.user.id });
      expect(data.ai_summary).toEqual(done);
    }
    expect(colleagueStream.events.map((e) => e.event)).not.toContain('ai_summary.ready');
  });
});
