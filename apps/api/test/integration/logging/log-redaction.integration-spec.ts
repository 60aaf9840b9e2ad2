import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CommunicationResponse, LeadResponse } from '@loved/shared';
import {
  graphErrorPresets,
  postWhatsAppWebhook,
  startFakeGraphApi,
  verifyWhatsAppWebhookSubscription,
  whatsAppInbound,
  whatsAppMessagesWebhook,
  type FakeGraphApi,
} from '@loved/testing';
import { asMember, login, register, type Session } from '../../utils/identity.helpers';
import { createLead } from '../../utils/lead.helpers';
import { createTestApp, type TestApp } from '../../utils/test-app';
import {
  connectWhatsApp,
  listen,
  waitForMessages,
  webhookUrl,
  type ConnectedNumber,
} from '../../utils/whatsapp.helpers';

/** Texts no log line may carry, each distinctive enough to find anywhere in a line. */
const INBOUND_TEXT = 'Quero fechar o contrato sigiloso-inbound-7731';
const CAPTION_TEXT = 'Foto do documento sigiloso-caption-7732';
const OUTBOUND_TEXT = 'Segue a proposta sigilosa-outbound-7733';
const REFUSED_TEXT = 'Esta não sai sigilosa-refused-7734';
const NOTE_TEXT = 'Cliente pediu desconto sigiloso-note-7735';

type LogLine = Record<string, unknown>;

/**
 * One journey through the real app at debug level: sign-up and login, a WhatsApp number
 * connected and verified, a signed inbound webhook, a send, a note, a job whose Graph call fails
 * and a send Meta refuses with 401. No line may carry a credential or a message text, and every
 * line knows the request, organisation, user or job it belongs to.
 */
describe('logs of a journey through the app', () => {
  let graph: FakeGraphApi;
  let t: TestApp;
  let base: string;
  let admin: Session;
  let loginToken: string;
  let number: ConnectedNumber;
  let lead: LeadResponse;
  let waId: string;

  const send = (text: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/communications/whatsapp/send',
      headers: asMember(admin, admin.organizationId),
      payload: { lead_id: lead.id, text },
    });

  beforeAll(async () => {
    graph = await startFakeGraphApi();
    t = await createTestApp({ env: { GRAPH_API_BASE_URL: graph.url, LOG_LEVEL: 'debug' } });
    base = await listen(t.app);

    admin = await register(t.app);
    loginToken = (await login(t.app, admin.user.email, admin.password)).access_token;
    number = await connectWhatsApp(t.app, admin, graph);
    const handshake = await verifyWhatsAppWebhookSubscription(
      webhookUrl(base),
      number.verifyToken,
      '5150',
    );
    expect(handshake.status).toBe(200);

    waId = `55119${String(Math.floor(Math.random() * 9_000_000) + 91_000_000)}`;
    lead = await createLead(t.app, admin, { name: 'Carla Dias', phone: `+${waId}` });
    const inbound = await postWhatsAppWebhook(
      webhookUrl(base),
      number.appSecret,
      whatsAppMessagesWebhook(number, [whatsAppInbound.text(INBOUND_TEXT, { from: waId })]),
    );
    expect(inbound.status).toBe(200);
    await waitForMessages(admin.organizationId, 1);

    const sent = await send(OUTBOUND_TEXT);
    expect(sent.statusCode).toBe(201);
    expect(sent.json<CommunicationResponse>().status).toBe('sent');

    const note = await t.app.inject({
      method: 'POST',
      url: `/api/v1/leads/${lead.id}/notes`,
      headers: asMember(admin, admin.organizationId),
      payload: { content: NOTE_TEXT },
    });
    expect(note.statusCode).toBe(201);

    // A job's Graph call fails: the media of this image cannot be fetched.
    graph.failNext({ ...graphErrorPresets.undeliverable, path: 'media' });
    await postWhatsAppWebhook(
      webhookUrl(base),
      number.appSecret,
      whatsAppMessagesWebhook(number, [
        whatsAppInbound.image({ from: waId, mediaId: 'media-gone-1', caption: CAPTION_TEXT }),
      ]),
    );
    await waitForMessages(admin.organizationId, 3);

    // Meta refuses the token (401) on a send.
    graph.failNext({ ...graphErrorPresets.invalidToken, path: 'messages' });
    const refused = await send(REFUSED_TEXT);
    expect(refused.json<CommunicationResponse>().status).toBe('failed');
    await vi.waitFor(() =>
      expect(t.logs.some((l) => l.msg === 'Graph API refused the call' && l.status === 401)).toBe(
        true,
      ),
    );
  });
  afterAll(async () => {
    await t.close();
    await graph.close();
  });

  it('writes no credential and no message text to any line', () => {
    const secrets = {
      password: admin.password,
      'access token (JWT) from sign-up': admin.access_token,
      'refresh token': admin.refresh_token,
      'access token (JWT) from login': loginToken,
      'WhatsApp access token': number.accessToken,
      'WhatsApp app secret': number.appSecret,
      'WhatsApp verify token': number.verifyToken,
      'inbound text': INBOUND_TEXT,
      'inbound caption': CAPTION_TEXT,
      'outbound text': OUTBOUND_TEXT,
      'refused text': REFUSED_TEXT,
      'note text': NOTE_TEXT,
    };
    expect(t.logs.length).toBeGreaterThan(20);
    for (const line of t.logs.map((l) => JSON.stringify(l))) {
      for (const [what, secret] of Object.entries(secrets)) {
        expect(line.includes(secret), `${what} logged in ${line}`).toBe(false);
      }
    }
  });

  it('names the request, organisation and user on the lines of a signed-in request', () => {
    const requestLines = (method: string, path: string): LogLine[] =>
      t.logs.filter((l) => {
        const req = l.req as { method?: string; url?: string } | undefined;
        return req?.method === method && req.url === path;
      });
    const sendLines = requestLines('POST', '/api/v1/communications/whatsapp/send');
    expect(sendLines.length).toBeGreaterThan(0);
    const completed = t.logs.filter(
      (l) => l.msg === 'request completed' && sendLines.some((s) => s.reqId === l.reqId),
    );
    expect(completed.length).toBeGreaterThan(0);
    for (const line of completed) {
      expect(line).toMatchObject({
        reqId: expect.any(String),
        orgId: admin.organizationId,
        userId: admin.user.id,
      });
    }
    const refusal = t.logs.find((l) => l.msg === 'Graph API refused the call' && l.status === 401);
    expect(refusal).toMatchObject({
      reqId: expect.any(String),
      orgId: admin.organizationId,
      userId: admin.user.id,
    });
  });

  it('names the job on the lines its handler writes', () => {
    const jobLine = t.logs.find(
      (l) => l.msg === 'Graph API refused the call' && l.path === '/media-gone-1',
    );
    expect(jobLine).toMatchObject({ jobId: expect.any(String), job: 'whatsapp.webhook-event' });
    const failed = t.logs.find((l) => l.context === 'InlineJobQueue' && l.msg === 'job failed');
    expect(failed).toMatchObject({ job: 'whatsapp.webhook-event', final: false });
    expect(failed?.jobId).toBe(jobLine?.jobId);
  });

  it('redacts the verify token from the URL of the handshake line', () => {
    const handshake = t.logs.find((l) =>
      String((l.req as { url?: string } | undefined)?.url).includes('hub.verify_token='),
    );
    expect((handshake?.req as { url: string }).url).toContain('hub.verify_token=[redacted]');
  });
});
