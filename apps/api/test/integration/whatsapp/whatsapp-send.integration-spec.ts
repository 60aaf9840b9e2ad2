import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  Channel,
  CommunicationStatus,
  Direction,
  type CommunicationResponse,
  type LeadResponse,
  type WhatsAppWindowResponse,
} from '@loved/shared';
import {
  postWhatsAppWebhook,
  startFakeGraphApi,
  whatsAppInbound,
  whatsAppMessagesWebhook,
  whatsAppStatus,
  whatsAppStatusError,
  whatsAppStatusesWebhook,
  type FakeGraphApi,
} from '@loved/testing';
import { TenantContextService } from '../../../src/core/tenancy/tenant-context.service';
import { CommunicationsService } from '../../../src/modules/communications/communications.service';
import { adminQuery } from '../../utils/admin-query';
import { uploadFile } from '../../utils/file.helpers';
import { addMember, asMember, register, type Session } from '../../utils/identity.helpers';
import { createLead } from '../../utils/lead.helpers';
import { createTestApp, type TestApp } from '../../utils/test-app';
import {
  connectWhatsApp,
  listen,
  webhookUrl,
  whatsAppMessagesOf,
  type ConnectedNumber,
} from '../../utils/whatsapp.helpers';

describe('sending WhatsApp messages and their statuses', () => {
  let graph: FakeGraphApi;
  let t: TestApp;
  let base: string;
  let admin: Session;
  let number: ConnectedNumber;
  let lead: LeadResponse;
  let waId: string;

  const send = (session: Session, payload: Record<string, unknown>) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/communications/whatsapp/send',
      headers: asMember(session, session.organizationId),
      payload,
    });
  const postStatuses = (statuses: Parameters<typeof whatsAppStatusesWebhook>[1]) =>
    postWhatsAppWebhook(
      webhookUrl(base),
      number.appSecret,
      whatsAppStatusesWebhook(number, statuses),
    );
  const stored = async (id: string) =>
    (await whatsAppMessagesOf(admin.organizationId)).find((m) => m.id === id);

  beforeAll(async () => {
    graph = await startFakeGraphApi();
    t = await createTestApp({ env: { GRAPH_API_BASE_URL: graph.url } });
    base = await listen(t.app);
    admin = await register(t.app);
    number = await connectWhatsApp(t.app, admin, graph);
    const local = String(Math.floor(Math.random() * 9_000_000) + 91_000_000);
    waId = `55119${local}`;
    lead = await createLead(t.app, admin, { name: 'Bruno Lima', phone: `+${waId}` });
  });
  afterAll(async () => {
    await t.close();
    await graph.close();
  });

  it('refuses free text outside the 24 h window with 422, before calling Meta', async () => {
    const window = await t.app.inject({
      method: 'GET',
      url: `/api/v1/communications/whatsapp/window?lead_id=${lead.id}`,
      headers: asMember(admin, admin.organizationId),
    });
    expect(window.json<WhatsAppWindowResponse>()).toEqual({
      open: false,
      last_inbound_at: null,
      closes_at: null,
    });
    const sends = graph.sentMessages.length;
    const res = await send(admin, { lead_id: lead.id, text: 'Oi!' });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('WHATSAPP_TEMPLATE_REQUIRED');
    const file = await uploadFile(t.app, admin, Buffer.from('%PDF-1.4 proposta'));
    const media = await send(admin, { lead_id: lead.id, file_id: file.id });
    expect(media.statusCode).toBe(422);
    expect(media.json().code).toBe('WHATSAPP_TEMPLATE_REQUIRED');
    expect(graph.sentMessages).toHaveLength(sends);
    expect(graph.uploadedMedia).toHaveLength(0);
  });

  it('tells the composer when no number is connected (409 on the window)', async () => {
    const other = await register(t.app);
    const ownLead = await createLead(t.app, other, { phone: '+55 11 98765-4321' });
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/communications/whatsapp/window?lead_id=${ownLead.id}`,
      headers: asMember(other, other.organizationId),
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('WHATSAPP_NOT_CONNECTED');
  });

  it('sends a template outside the window', async () => {
    const res = await send(admin, {
      lead_id: lead.id,
      template: { name: 'hello_world', language: 'pt_BR' },
    });
    expect(res.statusCode).toBe(201);
    const body = res.json<CommunicationResponse>();
    expect(body.status).toBe('sent');
    const sent = graph.sentMessages.at(-1);
    expect(sent?.body).toMatchObject({
      type: 'template',
      to: waId,
      template: { name: 'hello_world', language: { code: 'pt_BR' } },
    });
    expect(body.external_id).toBe(sent?.wamid);
  });

  it('sends free text inside the window; statuses out of order end as read', async () => {
    await postWhatsAppWebhook(
      webhookUrl(base),
      number.appSecret,
      whatsAppMessagesWebhook(number, [
        whatsAppInbound.text('Pode me mandar a proposta?', { from: waId }),
      ]),
    );
    await vi.waitFor(async () => {
      const w = await t.app.inject({
        method: 'GET',
        url: `/api/v1/communications/whatsapp/window?lead_id=${lead.id}`,
        headers: asMember(admin, admin.organizationId),
      });
      expect(w.json<WhatsAppWindowResponse>().open).toBe(true);
    });
    const res = await send(admin, { lead_id: lead.id, text: 'Claro, segue em anexo.' });
    expect(res.statusCode).toBe(201);
    const message = res.json<CommunicationResponse>();
    expect(message).toMatchObject({
      channel: 'whatsapp',
      direction: 'outbound',
      status: 'sent',
      content: 'Claro, segue em anexo.',
    });
    expect(graph.sentMessages.at(-1)?.body).toMatchObject({
      type: 'text',
      text: { body: 'Claro, segue em anexo.' },
    });
    const wamid = message.external_id as string;

    for (const status of ['read', 'sent', 'delivered'] as const) {
      expect(
        (await postStatuses([whatsAppStatus({ wamid, status, recipientId: waId })])).status,
      ).toBe(200);
    }
    await vi.waitFor(async () => expect((await stored(message.id))?.status).toBe('read'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const final = await stored(message.id);
    expect(final?.status).toBe('read');
    expect(final?.metadata.read_at).toEqual(expect.any(String));
  });

  it('stores a failed status with Meta’s error code and title', async () => {
    const res = await send(admin, { lead_id: lead.id, text: 'Essa não vai chegar' });
    const message = res.json<CommunicationResponse>();
    await postStatuses([
      whatsAppStatus({
        wamid: message.external_id as string,
        status: 'failed',
        recipientId: waId,
        errors: [whatsAppStatusError(131026, 'Message undeliverable')],
      }),
    ]);
    await vi.waitFor(async () => expect((await stored(message.id))?.status).toBe('failed'));
    expect((await stored(message.id))?.metadata.error).toMatchObject({
      code: 131026,
      title: 'Message undeliverable',
    });
  });

  it('applies a status that beat its send answer once the sent message is recorded', async () => {
    // Meta's "sent" webhook can arrive before the API stored the message the send created: the
    // status is kept, and applied when the message is recorded with that wamid.
    const wamid = `wamid.early-${Date.now()}`;
    await postStatuses([whatsAppStatus({ wamid, status: 'delivered', recipientId: waId })]);
    await vi.waitFor(async () => {
      const kept = await adminQuery(
        'SELECT status FROM pending_communication_statuses WHERE organization_id = $1 AND external_id = $2',
        [admin.organizationId, wamid],
      );
      expect(kept).toEqual([{ status: 'delivered' }]);
    });
    const tenant = t.app.get(TenantContextService);
    const communications = t.app.get(CommunicationsService);
    const { communication } = await tenant.run({ organizationId: admin.organizationId }, () =>
      communications.record({
        leadId: lead.id,
        channel: Channel.WhatsApp,
        direction: Direction.Outbound,
        content: 'enviada antes da resposta',
        externalId: wamid,
        status: CommunicationStatus.Sent,
      }),
    );
    expect(communication.status).toBe('delivered');
    const left = await adminQuery(
      'SELECT 1 FROM pending_communication_statuses WHERE organization_id = $1 AND external_id = $2',
      [admin.organizationId, wamid],
    );
    expect(left).toEqual([]);
  });

  it('stores a send Meta refuses as failed, with the provider error', async () => {
    graph.failNext({ path: 'messages', code: 131026 });
    const res = await send(admin, { lead_id: lead.id, text: 'vai falhar' });
    expect(res.statusCode).toBe(201);
    const body = res.json<CommunicationResponse>();
    expect(body.status).toBe('failed');
    expect(body.external_id).toBeNull();
    expect(body.metadata.error).toMatchObject({ code: 131026 });
  });

  it('uploads a file to Meta and sends it as media', async () => {
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.alloc(300, 3),
    ]);
    const file = await uploadFile(t.app, admin, png, { lead_id: lead.id });
    const res = await send(admin, { lead_id: lead.id, file_id: file.id, caption: 'Nossa logo' });
    expect(res.statusCode).toBe(201);
    const body = res.json<CommunicationResponse>();
    expect(body.attachments).toEqual([
      expect.objectContaining({ file_id: file.id, content_type: 'image/png' }),
    ]);
    const upload = graph.uploadedMedia.at(-1);
    expect(upload?.bytes.equals(png)).toBe(true);
    expect(graph.sentMessages.at(-1)?.body).toMatchObject({
      type: 'image',
      image: { id: upload?.id, caption: 'Nossa logo' },
    });
  });

  it('refuses a body with none or several of text, template and file_id', async () => {
    expect((await send(admin, { lead_id: lead.id })).statusCode).toBe(400);
    const both = await send(admin, {
      lead_id: lead.id,
      text: 'a',
      template: { name: 'x', language: 'pt_BR' },
    });
    expect(both.statusCode).toBe(400);
  });

  it('keeps another organisation out: its users cannot send to this lead or see its window', async () => {
    const stranger = await register(t.app);
    const res = await send(stranger, { lead_id: lead.id, text: 'intruso' });
    expect(res.statusCode).toBe(404);
    const window = await t.app.inject({
      method: 'GET',
      url: `/api/v1/communications/whatsapp/window?lead_id=${lead.id}`,
      headers: asMember(stranger, stranger.organizationId),
    });
    expect(window.statusCode).toBe(404);
    const agent = await addMember(t.app, admin, 'agent');
    const integration = await t.app.inject({
      method: 'GET',
      url: '/api/v1/integrations/whatsapp',
      headers: asMember(agent, admin.organizationId),
    });
    expect(integration.statusCode).toBe(403);
  });

  it('marks the integration needs_reauth when Meta revokes the token, and stops sending', async () => {
    graph.revokeToken(number.accessToken);
    const res = await send(admin, { lead_id: lead.id, text: 'token revogado' });
    expect(res.statusCode).toBe(201);
    expect(res.json<CommunicationResponse>().status).toBe('failed');
    const status = await t.app.inject({
      method: 'GET',
      url: '/api/v1/integrations/whatsapp',
      headers: asMember(admin, admin.organizationId),
    });
    expect(status.json()).toMatchObject({
      status: 'needs_reauth',
      last_error: { code: 'graph_190' },
    });
    const next = await send(admin, { lead_id: lead.id, text: 'de novo' });
    expect(next.statusCode).toBe(409);
    expect(next.json().code).toBe('WHATSAPP_NOT_CONNECTED');
  });
});
