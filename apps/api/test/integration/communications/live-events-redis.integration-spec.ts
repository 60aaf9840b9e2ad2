import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { asMember, register } from '../../utils/identity.helpers';
import { createLead } from '../../utils/lead.helpers';
import { openSse, type SseClient } from '../../utils/sse-client';
import { createTestApp, type TestApp } from '../../utils/test-app';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

describe('live events across API instances (Redis)', () => {
  let first: TestApp;
  let second: TestApp;
  let client: SseClient | undefined;
  beforeAll(async () => {
    const env = { REDIS_URL, QUEUE_PREFIX: `test-${randomUUID()}` };
    first = await createTestApp({ env, processJobs: false });
    second = await createTestApp({ env, processJobs: false });
    await second.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    client?.close();
    await Promise.all([first.close(), second.close()]);
  });

  it('streams from one instance what was written through another, with a token minted by the first', async () => {
    const admin = await register(first.app);
    const token = await first.app.inject({
      method: 'POST',
      url: '/api/v1/events/token',
      headers: asMember(admin, admin.organizationId),
    });
    const address = second.app.getHttpServer().address();
    const port = typeof address === 'object' && address ? address.port : 0;
    client = openSse(
      `http://127.0.0.1:${port}/api/v1/events?token=${token.json<{ token: string }>().token}`,
    );
    expect(await client.status).toBe(200);
    await vi.waitFor(() => expect(client?.events.map((e) => e.event)).toContain('ready'));

    const lead = await createLead(first.app, admin);
    await vi.waitFor(() => expect(client?.events.map((e) => e.event)).toContain('lead.created'), {
      timeout: 1_000,
    });
    expect(client.events.find((e) => e.event === 'lead.created')?.data).toContain(lead.id);
  });
});
