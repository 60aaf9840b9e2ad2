import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { LiveEvent } from '@loved/shared';
import { addMember, asMember, register, type Session } from '../../utils/identity.helpers';
import { createLead } from '../../utils/lead.helpers';
import { openSse, type SseClient } from '../../utils/sse-client';
import { createTestApp, type TestApp } from '../../utils/test-app';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

type Driver = { name: string; redis: boolean };

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Whether the server ends `client`'s stream within `ms`. */
const endsWithin = (client: SseClient, ms: number): Promise<boolean> =>
  Promise.race([client.ended.then(() => true), sleep(ms).then(() => false)]);

describe.each<Driver>([
  { name: 'in one process (in-memory pub/sub)', redis: false },
  { name: 'across two API instances (Redis pub/sub)', redis: true },
])('live streams follow membership and role $name', ({ redis }) => {
  /** Where admins change the team; `reader` serves the streams (the same app without Redis). */
  let writer: TestApp;
  let reader: TestApp;
  let base: string;
  const clients: SseClient[] = [];

  beforeAll(async () => {
    const env: Record<string, string> = redis
      ? { REDIS_URL, QUEUE_PREFIX: `test-${randomUUID()}` }
      : {};
    writer = await createTestApp({ env, processJobs: false });
    reader = redis ? await createTestApp({ env, processJobs: false }) : writer;
    await reader.app.listen({ port: 0, host: '127.0.0.1' });
    const address = reader.app.getHttpServer().address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(async () => {
    clients.forEach((c) => c.close());
    await Promise.all([...new Set([writer, reader])].map((t) => t.close()));
  });

  const streamToken = async (session: Session, organizationId: string): Promise<string> => {
    const res = await writer.app.inject({
      method: 'POST',
      url: '/api/v1/events/token',
      headers: asMember(session, organizationId),
    });
    expect(res.statusCode).toBe(201);
    return res.json<{ token: string }>().token;
  };
  const open = async (token: string): Promise<SseClient> => {
    const client = openSse(`${base}/api/v1/events?token=${token}`);
    clients.push(client);
    expect(await client.status).toBe(200);
    await vi.waitFor(() => expect(client.events.map((e) => e.event)).toContain('ready'));
    return client;
  };
  const leadIds = (client: SseClient): Array<string | null> =>
    client.events
      .filter((e) => e.event.startsWith('lead.'))
      .map((e) => (JSON.parse(e.data) as LiveEvent).lead_id);
  const removeMember = async (admin: Session, member: Session): Promise<void> => {
    const res = await writer.app.inject({
      method: 'DELETE',
      url: `/api/v1/members/${member.user.id}`,
      headers: asMember(admin, admin.organizationId),
    });
    expect(res.statusCode).toBe(204);
  };
  const changeRole = async (admin: Session, member: Session, role: string): Promise<void> => {
    const res = await writer.app.inject({
      method: 'PATCH',
      url: `/api/v1/members/${member.user.id}`,
      headers: asMember(admin, admin.organizationId),
      payload: { role },
    });
    expect(res.statusCode).toBe(200);
  };

  it("ends a removed member's open stream, which then hears nothing more", async () => {
    const admin = await register(writer.app);
    const manager = await addMember(writer.app, admin, 'manager');
    const stream = await open(await streamToken(manager, admin.organizationId));
    const bystander = await open(await streamToken(admin, admin.organizationId));

    await removeMember(admin, manager);

    expect(await endsWithin(stream, 2_000)).toBe(true);
    const lead = await createLead(writer.app, admin);
    await vi.waitFor(() => expect(leadIds(bystander)).toEqual([lead.id]), { timeout: 2_000 });
    expect(leadIds(stream)).toEqual([]);
    expect(await endsWithin(bystander, 0)).toBe(false);
  });

  it('refuses a stream token minted before the member was removed', async () => {
    const admin = await register(writer.app);
    const manager = await addMember(writer.app, admin, 'manager');
    const token = await streamToken(manager, admin.organizationId);

    await removeMember(admin, manager);

    const res = await reader.app.inject({ method: 'GET', url: `/api/v1/events?token=${token}` });
    expect(res.statusCode).toBe(403);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(res.json()).toMatchObject({ code: 'NOT_A_MEMBER' });
  });

  it('streams with the role the member has when the token is redeemed, not when it was minted', async () => {
    const admin = await register(writer.app);
    const manager = await addMember(writer.app, admin, 'manager');
    const token = await streamToken(manager, admin.organizationId);
    await changeRole(admin, manager, 'agent');

    const stream = await open(token);
    await createLead(writer.app, admin, { assigned_user_id: admin.user.id });
    const unassigned = await createLead(writer.app, admin);

    await vi.waitFor(() => expect(leadIds(stream)).toEqual([unassigned.id]), { timeout: 2_000 });
    await sleep(200);
    expect(leadIds(stream)).toEqual([unassigned.id]);
  });

  it("ends a demoted manager's open stream; the new stream hears only what an agent may", async () => {
    const admin = await register(writer.app);
    const manager = await addMember(writer.app, admin, 'manager');
    const before = await open(await streamToken(manager, admin.organizationId));

    await changeRole(admin, manager, 'agent');

    expect(await endsWithin(before, 2_000)).toBe(true);
    const after = await open(await streamToken(manager, admin.organizationId));
    await createLead(writer.app, admin, { assigned_user_id: admin.user.id });
    const unassigned = await createLead(writer.app, admin);
    await vi.waitFor(() => expect(leadIds(after)).toEqual([unassigned.id]), { timeout: 2_000 });
    await sleep(200);
    expect(leadIds(after)).toEqual([unassigned.id]);
    expect(leadIds(before)).toEqual([]);
  });

  it("leaves a member's stream open when their role is set to the one they have", async () => {
    const admin = await register(writer.app);
    const manager = await addMember(writer.app, admin, 'manager');
    const stream = await open(await streamToken(manager, admin.organizationId));

    await changeRole(admin, manager, 'manager');

    expect(await endsWithin(stream, 500)).toBe(false);
  });
});

describe('event stream query', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ processJobs: false });
  });
  afterAll(() => t.close());

  it('answers a repeated token parameter with a 400 problem naming the field', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/events?token=a&token=b' });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(res.json<{ errors: Array<{ field: string }> }>().errors).toEqual([
      { field: 'token', code: 'isString', message: 'token must be a string' },
    ]);
  });

  it('answers odd tokens with a 4xx problem, never a 500', async () => {
    for (const query of ['token=', 'token=%00', `token=${'x'.repeat(5_000)}`, 'token[a]=b']) {
      const res = await t.app.inject({ method: 'GET', url: `/api/v1/events?${query}` });
      expect(res.statusCode, query).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, query).toBeLessThan(500);
      expect(res.headers['content-type'], query).toMatch(/problem\+json/);
    }
  });

  it('mints a stream token whatever body the client sends', async () => {
    const admin = await register(t.app);
    for (const payload of ['{"token":"x"}', '[]', 'null']) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/events/token',
        headers: { ...asMember(admin, admin.organizationId), 'content-type': 'application/json' },
        payload,
      });
      expect(res.statusCode, payload).toBe(201);
    }
  });
});
