import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { LiveEvent } from '@loved/shared';
import { addMember, asMember, register, type Session } from '../../utils/identity.helpers';
import { createLead } from '../../utils/lead.helpers';
import { openSse, type SseClient } from '../../utils/sse-client';
import { createTestApp, type TestApp } from '../../utils/test-app';

describe('live events over Server-Sent Events', () => {
  let t: TestApp;
  let base: string;
  const clients: SseClient[] = [];
  beforeAll(async () => {
    t = await createTestApp();
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const address = t.app.getHttpServer().address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(async () => {
    clients.forEach((c) => c.close());
    await t.close();
  });

  const streamToken = async (session: Session, organizationId: string): Promise<string> => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/events/token',
      headers: asMember(session, organizationId),
    });
    expect(res.statusCode).toBe(201);
    return res.json<{ token: string }>().token;
  };
  const connect = async (session: Session, organizationId: string): Promise<SseClient> => {
    const client = openSse(
      `${base}/api/v1/events?token=${await streamToken(session, organizationId)}`,
    );
    clients.push(client);
    expect(await client.status).toBe(200);
    await vi.waitFor(() => expect(client.events.map((e) => e.event)).toContain('ready'));
    return client;
  };
  const leadEvents = (client: SseClient): LiveEvent[] =>
    client.events.filter((e) => e.event !== 'ready').map((e) => JSON.parse(e.data) as LiveEvent);

  it('delivers an organisation event to its two clients within 1 s, and nothing to another organisation', async () => {
    const a = await register(t.app);
    const colleague = await addMember(t.app, a, 'manager');
    const b = await register(t.app);
    const first = await connect(a, a.organizationId);
    const second = await connect(colleague, a.organizationId);
    const outsider = await connect(b, b.organizationId);

    const lead = await createLead(t.app, a);
    for (const client of [first, second]) {
      await vi.waitFor(
        () =>
          expect(leadEvents(client)).toEqual([
            expect.objectContaining({ type: 'lead.created', lead_id: lead.id }),
          ]),
        {
          timeout: 1_000,
        },
      );
    }
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/leads/${lead.id}/move`,
      headers: asMember(a, a.organizationId),
      payload: { stage: 'proposta' },
    });
    await vi.waitFor(
      () => expect(leadEvents(second).map((e) => e.type)).toEqual(['lead.created', 'lead.moved']),
      { timeout: 1_000 },
    );
    expect(leadEvents(second)[1]?.lead).toMatchObject({ id: lead.id, stage: 'proposta' });

    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(leadEvents(outsider)).toEqual([]);
  });

  it("keeps agents' streams to leads they may see", async () => {
    const a = await register(t.app);
    const agent = await addMember(t.app, a, 'agent');
    const stream = await connect(agent, a.organizationId);
    const othersLead = await createLead(t.app, a, { assigned_user_id: a.user.id });
    const openLead = await createLead(t.app, a);
    await vi.waitFor(
      () => expect(leadEvents(stream).map((e) => e.lead_id)).toEqual([openLead.id]),
      { timeout: 1_000 },
    );
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/leads/${othersLead.id}/notes`,
      headers: asMember(a, a.organizationId),
      payload: { content: 'nota sigilosa' },
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(leadEvents(stream).map((e) => e.lead_id)).toEqual([openLead.id]);
  });

  it('announces a new communication with its content', async () => {
    const a = await register(t.app);
    const lead = await createLead(t.app, a);
    const stream = await connect(a, a.organizationId);
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/leads/${lead.id}/notes`,
      headers: asMember(a, a.organizationId),
      payload: { content: 'Ligar amanhã' },
    });
    await vi.waitFor(
      () =>
        expect(leadEvents(stream)).toEqual([
          expect.objectContaining({
            type: 'communication.created',
            communication: expect.objectContaining({ content: 'Ligar amanhã' }),
          }),
        ]),
      { timeout: 1_000 },
    );
  });

  it('accepts a stream token once, and refuses unknown ones with 401', async () => {
    const a = await register(t.app);
    const token = await streamToken(a, a.organizationId);
    const first = openSse(`${base}/api/v1/events?token=${token}`);
    clients.push(first);
    expect(await first.status).toBe(200);
    const reused = openSse(`${base}/api/v1/events?token=${token}`);
    clients.push(reused);
    expect(await reused.status).toBe(401);
    const missing = await t.app.inject({ method: 'GET', url: '/api/v1/events' });
    expect(missing.statusCode).toBe(401);
    expect(missing.headers['content-type']).toMatch(/problem\+json/);
  });
});
