import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  combineWhatsAppWebhooks,
  postWhatsAppWebhook,
  randomWhatsAppNumber,
  startFakeGraphApi,
  verifyWhatsAppWebhookSubscription,
  whatsAppInbound,
  whatsAppMessagesWebhook,
  type FakeGraphApi,
} from '@loved/testing';
import { adminQuery } from '../../utils/admin-query';
import { register, type Session } from '../../utils/identity.helpers';
import { createLead } from '../../utils/lead.helpers';
import { createTestApp, type TestApp } from '../../utils/test-app';
import {
  connectWhatsApp,
  listen,
  waitForMessages,
  webhookUrl,
  whatsAppMessagesOf,
  type ConnectedNumber,
} from '../../utils/whatsapp.helpers';

const eventsOf = (organizationId: string) =>
  adminQuery<{ status: string; update_count: number }>(
    'SELECT status, update_count FROM webhook_events WHERE organization_id = $1',
    [organizationId],
  );

describe('WhatsApp webhooks', () => {
  let graph: FakeGraphApi;
  let t: TestApp;
  let base: string;
  let admin: Session;
  let number: ConnectedNumber;

  beforeAll(async () => {
    graph = await startFakeGraphApi();
    t = await createTestApp({ env: { GRAPH_API_BASE_URL: graph.url } });
    base = await listen(t.app);
    admin = await register(t.app);
    number = await connectWhatsApp(t.app, admin, graph);
  });
  afterAll(async () => {
    await t.close();
    await graph.close();
  });

  describe('subscription handshake', () => {
    it('echoes hub.challenge as text/plain for a connected verify token', async () => {
      const res = await verifyWhatsAppWebhookSubscription(
        webhookUrl(base),
        number.verifyToken,
        '987654',
      );
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
      expect(await res.text()).toBe('987654');
    });

    it('refuses an unknown verify token or another mode with 403', async () => {
      const res = await verifyWhatsAppWebhookSubscription(webhookUrl(base), 'not-the-token');
      expect(res.status).toBe(403);
      const wrongMode = await fetch(
        `${webhookUrl(base)}?hub.mode=unsubscribe&hub.verify_token=${number.verifyToken}&hub.challenge=1`,
      );
      expect(wrongMode.status).toBe(403);
    });
  });

  it('refuses a bad or missing signature with 401 and stores nothing', async () => {
    const payload = whatsAppMessagesWebhook(number, [whatsAppInbound.text('Olá')]);
    const wrongSecret = await postWhatsAppWebhook(webhookUrl(base), 'wrong-secret', payload);
    expect(wrongSecret.status).toBe(401);
    expect(((await wrongSecret.json()) as { code: string }).code).toBe(
      'WHATSAPP_INVALID_SIGNATURE',
    );
    const unsigned = await postWhatsAppWebhook(webhookUrl(base), number.appSecret, payload, {
      signature: null,
    });
    expect(unsigned.status).toBe(401);
    expect(await eventsOf(admin.organizationId)).toEqual([]);
    expect(await whatsAppMessagesOf(admin.organizationId)).toEqual([]);
  });

  it('turns a batch of every message type from a new number into one lead with each message, media stored', async () => {
    const from = randomWhatsAppNumber();
    const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(2000, 7)]);
    const pdf = Buffer.from('%PDF-1.4\n% test document\n');
    const ogg = Buffer.concat([Buffer.from('OggS'), Buffer.alloc(500, 1)]);
    graph.addMedia({ id: 'media-img-1', bytes: jpeg, mimeType: 'image/jpeg' });
    graph.addMedia({ id: 'media-pdf-1', bytes: pdf, mimeType: 'application/pdf' });
    graph.addMedia({ id: 'media-ogg-1', bytes: ogg, mimeType: 'audio/ogg; codecs=opus' });
    const text = whatsAppInbound.text('Olá, quero um orçamento! 😀', { from });
    const messages = [
      text,
      whatsAppInbound.image({ from, mediaId: 'media-img-1', caption: 'Nossa fachada' }),
      whatsAppInbound.document({ from, mediaId: 'media-pdf-1', filename: 'briefing.pdf' }),
      whatsAppInbound.audio({ from, mediaId: 'media-ogg-1' }),
      whatsAppInbound.location(
        { latitude: -23.56, longitude: -46.65, name: 'Escritório' },
        { from },
      ),
      whatsAppInbound.contacts(
        [
          {
            name: { formatted_name: 'Ana Souza', first_name: 'Ana' },
            phones: [{ phone: '+55 11 98888-7777', type: 'CELL' }],
          },
        ],
        { from },
      ),
      whatsAppInbound.buttonReply({ id: 'yes', title: 'Sim, quero' }, { from }),
      whatsAppInbound.listReply(
        { id: 'plan-b', title: 'Plano B', description: 'Mensal' },
        { from },
      ),
      whatsAppInbound.templateButton(
        { text: 'Falar com vendas' },
        { from, context: { id: 'wamid.template' } },
      ),
      whatsAppInbound.reaction({ messageId: text.id, emoji: '👍' }, { from }),
      whatsAppInbound.unsupported({ from, type: 'unknown' }),
    ];
    const res = await postWhatsAppWebhook(
      webhookUrl(base),
      number.appSecret,
      whatsAppMessagesWebhook(number, messages, { profileName: 'João Araújo' }),
    );
    expect(res.status).toBe(200);

    const stored = await waitForMessages(admin.organizationId, messages.length);
    expect(stored).toHaveLength(messages.length);
    expect(new Set(stored.map((m) => m.lead_id)).size).toBe(1);
    const [lead] = await adminQuery<{ name: string; source: string; stage: string; phone: string }>(
      'SELECT name, source, stage, phone FROM leads WHERE organization_id = $1 AND id = $2',
      [admin.organizationId, stored[0].lead_id],
    );
    expect(lead).toEqual({
      name: 'João Araújo',
      source: 'whatsapp',
      stage: 'lead',
      phone: `+${from}`,
    });
    expect(stored.map((m) => m.metadata.message_type).sort()).toEqual(
      [
        'audio',
        'button',
        'contacts',
        'document',
        'image',
        'interactive',
        'interactive',
        'location',
        'reaction',
        'text',
        'unknown',
      ].sort(),
    );
    const byType = (type: string) => stored.find((m) => m.metadata.message_type === type);
    expect(byType('text')?.content).toBe('Olá, quero um orçamento! 😀');
    expect(byType('text')?.metadata).toMatchObject({
      phone_number: `+${from}`,
      wa_id: from,
      contact_name: 'João Araújo',
    });
    expect(byType('unknown')?.content).toMatch(/não suportad/);
    expect(byType('reaction')?.metadata.reaction).toMatchObject({
      emoji: '👍',
      message_id: text.id,
    });

    // Media arrives after the message; wait until every attachment has its file.
    await vi.waitFor(
      async () => {
        const rows = await whatsAppMessagesOf(admin.organizationId);
        const pending = rows.flatMap((m) => m.attachments).filter((a) => a.file_id === null);
        if (pending.length > 0) throw new Error(`${pending.length} media not stored yet`);
      },
      { timeout: 10_000, interval: 100 },
    );
    const files = await adminQuery<{
      content_type: string;
      file_size: string;
      is_encrypted: boolean;
      communication_id: string;
    }>(
      'SELECT content_type, file_size, is_encrypted, communication_id FROM file_attachments WHERE organization_id = $1 ORDER BY file_size',
      [admin.organizationId],
    );
    expect(
      files.map((f) => [f.content_type.split(';')[0], Number(f.file_size), f.is_encrypted]),
    ).toEqual([
      ['application/pdf', pdf.length, true],
      ['audio/ogg', ogg.length, true],
      ['image/jpeg', jpeg.length, true],
    ]);
    const download = graph.requests.filter((r) => r.route === 'media-download');
    expect(download.every((r) => r.headers.authorization === `Bearer ${number.accessToken}`)).toBe(
      true,
    );

    // Delivered again by Meta: nothing new.
    const again = await postWhatsAppWebhook(
      webhookUrl(base),
      number.appSecret,
      whatsAppMessagesWebhook(number, messages, { profileName: 'João Araújo' }),
    );
    expect(again.status).toBe(200);
    const leadsOfNumber = await adminQuery(
      'SELECT id FROM leads WHERE organization_id = $1 AND phone = $2',
      [admin.organizationId, `+${from}`],
    );
    expect(leadsOfNumber).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await whatsAppMessagesOf(admin.organizationId)).toHaveLength(messages.length);
  });

  it('the same message in a different delivery (a changed batch) is still stored once', async () => {
    const from = randomWhatsAppNumber();
    const first = whatsAppInbound.text('primeira', { from });
    const second = whatsAppInbound.text('segunda', { from });
    const before = (await whatsAppMessagesOf(admin.organizationId)).length;
    await postWhatsAppWebhook(
      webhookUrl(base),
      number.appSecret,
      whatsAppMessagesWebhook(number, [first]),
    );
    await postWhatsAppWebhook(
      webhookUrl(base),
      number.appSecret,
      whatsAppMessagesWebhook(number, [first, second]),
    );
    const rows = await waitForMessages(admin.organizationId, before + 2);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await whatsAppMessagesOf(admin.organizationId)).toHaveLength(rows.length);
    expect(rows.filter((m) => m.external_id === first.id)).toHaveLength(1);
  });

  it('matches a Brazilian mobile with and without the ninth digit to the same lead', async () => {
    const eight = String(Math.floor(Math.random() * 9_000_000) + 91_000_000); // 8 digits, mobile
    const lead = await createLead(t.app, admin, { name: 'Carla Nove', phone: `+55 21 9${eight}` });
    const before = (await whatsAppMessagesOf(admin.organizationId)).length;
    const res = await postWhatsAppWebhook(
      webhookUrl(base),
      number.appSecret,
      whatsAppMessagesWebhook(number, [
        whatsAppInbound.text('sem o nove', { from: `5521${eight}` }),
      ]),
    );
    expect(res.status).toBe(200);
    const rows = await waitForMessages(admin.organizationId, before + 1);
    expect(rows.find((m) => m.content === 'sem o nove')?.lead_id).toBe(lead.id);
  });

  it('keeps only their own messages for two organisations with their own numbers', async () => {
    const other = await register(t.app);
    const otherNumber = await connectWhatsApp(t.app, other, graph);
    const mine = whatsAppInbound.text('para a primeira');
    const theirs = whatsAppInbound.text('para a segunda');
    const before = (await whatsAppMessagesOf(admin.organizationId)).length;
    await postWhatsAppWebhook(
      webhookUrl(base),
      number.appSecret,
      whatsAppMessagesWebhook(number, [mine]),
    );
    await postWhatsAppWebhook(
      webhookUrl(base),
      otherNumber.appSecret,
      whatsAppMessagesWebhook(otherNumber, [theirs]),
    );
    const theirRows = await waitForMessages(other.organizationId, 1);
    const myRows = await waitForMessages(admin.organizationId, before + 1);
    expect(theirRows.map((m) => m.external_id)).toEqual([theirs.id]);
    expect(myRows.map((m) => m.external_id)).toContain(mine.id);
    expect(myRows.map((m) => m.external_id)).not.toContain(theirs.id);

    // One organisation's secret cannot sign for the other's number.
    const forged = await postWhatsAppWebhook(
      webhookUrl(base),
      number.appSecret,
      whatsAppMessagesWebhook(otherNumber, [whatsAppInbound.text('forjada')]),
    );
    expect(forged.status).toBe(401);
    // A batch naming both numbers verifies only if each owner's secret signed it.
    const both = combineWhatsAppWebhooks(
      whatsAppMessagesWebhook(number, [whatsAppInbound.text('a')]),
      whatsAppMessagesWebhook(otherNumber, [whatsAppInbound.text('b')]),
    );
    expect((await postWhatsAppWebhook(webhookUrl(base), number.appSecret, both)).status).toBe(401);
  });

  it('answers 200 for a number nobody connected and keeps the event as unroutable', async () => {
    const stranger = {
      phoneNumberId: '999000111222',
      wabaId: '888000111222',
      displayPhoneNumber: '15550000000',
    };
    const payload = whatsAppMessagesWebhook(stranger, [whatsAppInbound.text('perdida?')]);
    const res = await postWhatsAppWebhook(webhookUrl(base), 'whatever', payload);
    expect(res.status).toBe(200);
    const rows = await adminQuery<{ status: string }>(
      `SELECT status FROM webhook_events WHERE organization_id IS NULL AND payload::text LIKE $1`,
      [`%${stranger.phoneNumberId}%`],
    );
    expect(rows).toEqual([{ status: 'unroutable' }]);
  });

  it('answers 400 for a body that is not a WhatsApp webhook', async () => {
    const res = await fetch(webhookUrl(base), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ hello: 'world' }),
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/problem\+json/);
  });
});
