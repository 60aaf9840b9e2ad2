import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommunicationResponse, LeadResponse, TimelineItem } from '@loved/shared';
import { CommunicationsService } from '../../../src/modules/communications/communications.service';
import { TenantContextService } from '../../../src/core/tenancy/tenant-context.service';
import { asMember, register, type Session } from '../../utils/identity.helpers';
import { createLead } from '../../utils/lead.helpers';
import { createTestApp, type TestApp } from '../../utils/test-app';

type Page = { items: TimelineItem[]; next_cursor: string | null };

describe('timeline', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const note = async (
    session: Session,
    leadId: string,
    content: string,
  ): Promise<CommunicationResponse> => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/leads/${leadId}/notes`,
      headers: asMember(session, session.organizationId),
      payload: { content },
    });
    expect(res.statusCode).toBe(201);
    return res.json<CommunicationResponse>();
  };
  const call = (session: Session, leadId: string) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/leads/${leadId}/calls`,
      headers: asMember(session, session.organizationId),
      payload: {
        direction: 'outbound',
        duration_seconds: 95,
        outcome: 'completed',
        note: 'Ligação de follow-up',
      },
    });
  const page = async (session: Session, leadId: string, query: string): Promise<Page> => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/communications/timeline/${leadId}?${query}`,
      headers: asMember(session, session.organizationId),
    });
    expect(res.statusCode).toBe(200);
    return res.json<Page>();
  };
  /** Records a provider message as a channel integration would, inside the organisation. */
  const recordWhatsApp = (session: Session, leadId: string, externalId: string) =>
    t.app.get(TenantContextService).run({ organizationId: session.organizationId }, () =>
      t.app.get(CommunicationsService).record({
        leadId,
        channel: 'whatsapp',
        direction: 'inbound',
        content: 'Olá, quero saber do orçamento',
        externalId,
        status: 'delivered',
        metadata: { wa_id: '5511987654321', message_type: 'text' },
      }),
    );

  it('returns every item exactly once across pages while new items keep arriving', async () => {
    const admin = await register(t.app);
    const lead = await createLead(t.app, admin);
    for (let i = 0; i < 7; i += 1) await note(admin, lead.id, `nota ${i}`);

    const seen: string[] = [];
    let cursor: string | null = null;
    let arrivals = 0;
    do {
      const current: Page = await page(
        admin,
        lead.id,
        `limit=3${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...current.items.map((i) => i.id));
      cursor = current.next_cursor;
      await note(admin, lead.id, `chegou depois ${(arrivals += 1)}`);
    } while (cursor);

    // 7 notes + the lead's "created" system line, each once, newest first.
    expect(seen).toHaveLength(8);
    expect(new Set(seen).size).toBe(8);
    const full = await page(admin, lead.id, 'limit=100');
    const older = full.items.slice(arrivals).map((i) => i.id);
    expect(older).toEqual(seen);
  });

  it('interleaves lead changes as system items and filters by channel', async () => {
    const admin = await register(t.app);
    const lead = await createLead(t.app, admin);
    await note(admin, lead.id, 'primeira conversa');
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/leads/${lead.id}/move`,
      headers: asMember(admin, admin.organizationId),
      payload: { stage: 'proposta' },
    });
    expect((await call(admin, lead.id)).statusCode).toBe(201);

    const all = await page(admin, lead.id, '');
    expect(
      all.items.map((i) =>
        i.type === 'system' ? `system:${i.event}` : `communication:${i.communication.channel}`,
      ),
    ).toEqual([
      'communication:voip',
      'system:stage_changed',
      'communication:note',
      'system:created',
    ]);
    const moved = all.items[1];
    expect(moved).toMatchObject({
      type: 'system',
      from: 'lead',
      to: 'proposta',
      actor: { id: admin.user.id },
    });

    const calls = await page(admin, lead.id, 'channel=voip');
    expect(calls.items).toHaveLength(1);
    expect(calls.items[0]).toMatchObject({
      type: 'communication',
      communication: {
        channel: 'voip',
        direction: 'outbound',
        metadata: { duration_seconds: 95, call_status: 'completed' },
      },
    });
  });

  it('counts a message on its lead without changing the version a rep is editing', async () => {
    const a = await register(t.app);
    const lead: LeadResponse = await createLead(t.app, a);

    await recordWhatsApp(a, lead.id, 'wamid.keeps-version');

    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/leads/${lead.id}`,
      headers: asMember(a, a.organizationId),
      payload: { version: lead.version, name: 'Editado durante a conversa' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json<LeadResponse>()).toMatchObject({
      name: 'Editado durante a conversa',
      communications_count: 1,
      version: lead.version + 1,
    });
  });

  it('does not duplicate a communication with an existing (channel, external_id)', async () => {
    const admin = await register(t.app);
    const lead = await createLead(t.app, admin);
    const first = await recordWhatsApp(admin, lead.id, 'wamid.HBgLNTUxMTk4NzY1NDMyMRUCABEYEjA');
    const again = await recordWhatsApp(admin, lead.id, 'wamid.HBgLNTUxMTk4NzY1NDMyMRUCABEYEjA');
    expect(first.created).toBe(true);
    expect(again.created).toBe(false);
    expect(again.communication.id).toBe(first.communication.id);
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/leads/${lead.id}`,
      headers: asMember(admin, admin.organizationId),
    });
    expect(res.json<LeadResponse>()).toMatchObject({
      communications_count: 1,
      last_contact_channel: 'whatsapp',
    });
  });

  it('keeps the lead counters right under 50 concurrent inserts', async () => {
    const admin = await register(t.app);
    const lead = await createLead(t.app, admin);
    const results = await Promise.all(Array.from({ length: 50 }, () => call(admin, lead.id)));
    expect(results.every((r) => r.statusCode === 201)).toBe(true);
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/leads/${lead.id}`,
      headers: asMember(admin, admin.organizationId),
    });
    const updated = res.json<LeadResponse>();
    expect(updated.communications_count).toBe(50);
    expect(updated.last_contact_channel).toBe('voip');
    expect(updated.last_contact_at).not.toBeNull();
  });

  it('answers 404 for a lead of another organisation and 400 for a bad channel', async () => {
    const a = await register(t.app);
    const b = await register(t.app);
    const lead = await createLead(t.app, a);
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/communications/timeline/${lead.id}`,
      headers: asMember(b, b.organizationId),
    });
    expect(res.statusCode).toBe(404);
    const bad = await t.app.inject({
      method: 'GET',
      url: `/api/v1/communications/timeline/${lead.id}?channel=fax`,
      headers: asMember(a, a.organizationId),
    });
    expect(bad.statusCode).toBe(400);
  });

  it('moves delivery status only forward', async () => {
    const admin = await register(t.app);
    const lead = await createLead(t.app, admin);
    await recordWhatsApp(admin, lead.id, 'wamid.status-test');
    const service = t.app.get(CommunicationsService);
    const run = <T>(work: () => Promise<T>) =>
      t.app.get(TenantContextService).run({ organizationId: admin.organizationId }, work);
    expect(
      (await run(() => service.updateStatus('whatsapp', 'wamid.status-test', 'read')))?.status,
    ).toBe('read');
    expect(
      (await run(() => service.updateStatus('whatsapp', 'wamid.status-test', 'delivered')))?.status,
    ).toBe('read');
    expect(
      (await run(() => service.updateStatus('whatsapp', 'wamid.status-test', 'failed')))?.status,
    ).toBe('failed');
    expect(
      (await run(() => service.updateStatus('whatsapp', 'wamid.status-test', 'read')))?.status,
    ).toBe('failed');
  });
});
