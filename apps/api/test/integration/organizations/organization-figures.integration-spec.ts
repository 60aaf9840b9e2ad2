import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrganizationFiguresResponse } from '@loved/shared';
import { adminQuery } from '../../utils/admin-query';
import { addMember, asMember, register, type Session } from '../../utils/identity.helpers';
import { createLead } from '../../utils/lead.helpers';
import { createTestApp, type TestApp } from '../../utils/test-app';

const URL = '/api/v1/organizations/current/figures';
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

async function seedCommunication(
  session: Session,
  leadId: string,
  channel: 'whatsapp' | 'email' | 'voip' | 'note',
  sentAt: Date,
): Promise<void> {
  await adminQuery(
    `INSERT INTO communications (organization_id, lead_id, channel, direction, content, sent_at)
     VALUES ($1, $2, $3, $4, 'hello', $5)`,
    [session.organizationId, leadId, channel, channel === 'note' ? 'internal' : 'inbound', sentAt],
  );
}

describe('GET /api/v1/organizations/current/figures', () => {
  let t: TestApp;
  let adminA: Session;
  let adminB: Session;

  beforeAll(async () => {
    t = await createTestApp();
    adminA = await register(t.app);
    adminB = await register(t.app);
    const leadA = await createLead(t.app, adminA);
    const now = Date.now();
    // Inside the last 24 hours: two WhatsApp messages and a call, one just inside the edge.
    await seedCommunication(adminA, leadA.id, 'whatsapp', new Date(now - 5 * MINUTE));
    await seedCommunication(adminA, leadA.id, 'whatsapp', new Date(now - DAY + 10 * MINUTE));
    await seedCommunication(adminA, leadA.id, 'voip', new Date(now - 60 * MINUTE));
    // Older: just outside the edge, and a week ago.
    await seedCommunication(adminA, leadA.id, 'whatsapp', new Date(now - DAY - 10 * MINUTE));
    await seedCommunication(adminA, leadA.id, 'email', new Date(now - 7 * DAY));
    await adminQuery(
      `INSERT INTO organization_integrations (organization_id, provider, status, account_id)
       VALUES ($1, 'whatsapp', 'active', $2), ($1, 'twilio', 'needs_reauth', $3)`,
      [adminA.organizationId, `acc-${randomUUID()}`.slice(0, 40), `AC${randomUUID()}`.slice(0, 34)],
    );
    const leadB = await createLead(t.app, adminB);
    await seedCommunication(adminB, leadB.id, 'note', new Date(now - MINUTE));
  });
  afterAll(() => t.close());

  it("counts the organisation's communications, by channel and in the last 24 hours", async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: URL,
      headers: asMember(adminA, adminA.organizationId),
    });
    expect(res.statusCode).toBe(200);
    const body = res.json<OrganizationFiguresResponse>();
    expect(body.communications).toEqual({
      total: 5,
      last_24h: 3,
      by_channel: { whatsapp: 3, email: 1, voip: 1, note: 0 },
    });
    expect(body.integrations).toEqual({ active: 1, providers: ['whatsapp'] });
    expect(Date.parse(body.generated_at)).not.toBeNaN();
  });

  it('answers managers too', async () => {
    const manager = await addMember(t.app, adminA, 'manager');
    const res = await t.app.inject({
      method: 'GET',
      url: URL,
      headers: asMember(manager, adminA.organizationId),
    });
    expect(res.statusCode).toBe(200);
    expect(res.json<OrganizationFiguresResponse>().communications.total).toBe(5);
  });

  it('refuses agents (403)', async () => {
    const agent = await addMember(t.app, adminA, 'agent');
    const res = await t.app.inject({
      method: 'GET',
      url: URL,
      headers: asMember(agent, adminA.organizationId),
    });
    expect(res.statusCode).toBe(403);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it("refuses another organisation's admin, who sees only their own counts", async () => {
    const crossed = await t.app.inject({
      method: 'GET',
      url: URL,
      headers: asMember(adminB, adminA.organizationId),
    });
    expect(crossed.statusCode).toBe(403);
    const own = await t.app.inject({
      method: 'GET',
      url: URL,
      headers: asMember(adminB, adminB.organizationId),
    });
    expect(own.json<OrganizationFiguresResponse>()).toMatchObject({
      communications: {
        total: 1,
        last_24h: 1,
        by_channel: { whatsapp: 0, email: 0, voip: 0, note: 1 },
      },
      integrations: { active: 0, providers: [] },
    });
  });
});
