import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { LiveEvent } from '@loved/shared';
import { addMember, asMember, register, type Session } from '../../utils/identity.helpers';
import { createLead } from '../../utils/lead.helpers';
import { openSse, type SseClient } from '../../utils/sse-client';
import { createTestApp, type TestApp } from '../../utils/test-app';

describe('notifications on the live stream', () => {
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

  const connect = async (session: Session): Promise<SseClient> => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/events/token',
      headers: asMember(session, session.organizationId),
    });
    const client = openSse(`${base}/api/v1/events?token=${res.json<{ token: string }>().token}`);
    clients.push(client);
    expect(await client.status).toBe(200);
    await vi.waitFor(() => expect(client.events.map((e) => e.event)).toContain('ready'));
    return client;
  };
  const notificationsOn = (client: SseClient): LiveEvent[] =>
    client.events
      .filter((e) => e.event === 'notification.created')
      .map((e) => JSON.parse(e.data) as LiveEvent);

  it("reaches only the recipient's streams, whatever the others' roles", async () => {
    const admin = await register(t.app);
    const recipient = await addMember(t.app, admin, 'agent');
    const colleague = await addMember(t.app, admin, 'manager');
    const outsider = await register(t.app);
    const streams = {
      recipient: await connect(recipient),
      admin: await connect(admin),
      colleague: await connect(colleague),
      outsider: await connect(outsider),
    };

    const lead = await createLead(t.app, admin, { assigned_user_id: recipient.user.id });

    await vi.waitFor(
      () =>
        expect(notificationsOn(streams.recipient)).toEqual([
          expect.objectContaining({
            type: 'notification.created',
            organization_id: admin.organizationId,
            lead_id: lead.id,
            recipient_user_id: recipient.user.id,
            notification: expect.objectContaining({
              kind: 'lead_assigned',
              lead: { id: lead.id, name: lead.name },
              actor: { id: admin.user.id, name: admin.user.name },
            }),
          }),
        ]),
      { timeout: 1_000 },
    );
    // The admin and the colleague do hear of the new lead itself, just not of the notification.
    await vi.waitFor(() =>
      expect(streams.colleague.events.map((e) => e.event)).toContain('lead.created'),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(notificationsOn(streams.admin)).toEqual([]);
    expect(notificationsOn(streams.colleague)).toEqual([]);
    expect(streams.outsider.events.filter((e) => e.event !== 'ready')).toEqual([]);
  });
});
