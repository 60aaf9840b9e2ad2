import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_STAGE_HEALTH,
  type LeadResponse,
  type PipelineResponse,
  type StageHealthSettingsResponse,
} from '@loved/shared';
import {
  postWhatsAppWebhook,
  startFakeGraphApi,
  whatsAppInbound,
  whatsAppMessagesWebhook,
  type FakeGraphApi,
} from '@loved/testing';
import { adminQuery } from '../../utils/admin-query';
import { addMember, asMember, register, type Session } from '../../utils/identity.helpers';
import { createLead } from '../../utils/lead.helpers';
import { createTestApp, type TestApp } from '../../utils/test-app';
import {
  connectWhatsApp,
  listen,
  waitForMessages,
  webhookUrl,
  type ConnectedNumber,
} from '../../utils/whatsapp.helpers';

const SETTINGS_URL = '/api/v1/pipeline/health-settings';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('deal health', () => {
  let graph: FakeGraphApi;
  let t: TestApp;
  let base: string;
  let admin: Session;
  let number: ConnectedNumber;

  const request = (
    session: Session,
    method: 'GET' | 'PUT' | 'POST',
    url: string,
    payload?: Record<string, unknown>,
  ) =>
    t.app.inject({
      method,
      url,
      headers: asMember(session, session.organizationId),
      ...(payload ? { payload } : {}),
    });
  const leadOf = async (session: Session, id: string): Promise<LeadResponse> =>
    (await request(session, 'GET', `/api/v1/leads/${id}`)).json<LeadResponse>();
  /** Moves a column of the lead back in time by `ms` from now (arranging what only time does). */
  const setAgo = (leadId: string, column: string, ms: number) =>
    adminQuery(`UPDATE leads SET ${column} = now() - make_interval(secs => $2) WHERE id = $1`, [
      leadId,
      ms / 1000,
    ]);

  beforeAll(async () => {
    graph = await startFakeGraphApi();
    t = await createTestApp({ env: { GRAPH_API_BASE_URL: graph.url }, processJobs: true });
    base = await listen(t.app);
    admin = await register(t.app);
    number = await connectWhatsApp(t.app, admin, graph);
  });
  afterAll(async () => {
    await t.close();
    await graph.close();
  });

  describe('per-stage thresholds', () => {
    it('answers the defaults for all five stages until an admin changes them', async () => {
      const fresh = await register(t.app);
      const res = await request(fresh, 'GET', SETTINGS_URL);
      expect(res.statusCode).toBe(200);
      expect(res.json<StageHealthSettingsResponse>().stages).toEqual(DEFAULT_STAGE_HEALTH);
    });

    it('lets an admin change some stages and keeps the others; other organisations keep theirs', async () => {
      const own = await register(t.app);
      const other = await register(t.app);
      const res = await request(own, 'PUT', SETTINGS_URL, {
        stages: [{ stage: 'contato', rotting_days: 2, unanswered_hours: null }],
      });
      expect(res.statusCode, res.body).toBe(200);
      const stages = res.json<StageHealthSettingsResponse>().stages;
      expect(stages.find((s) => s.stage === 'contato')).toEqual({
        stage: 'contato',
        rotting_days: 2,
        unanswered_hours: null,
      });
      expect(stages.find((s) => s.stage === 'lead')).toEqual(DEFAULT_STAGE_HEALTH[0]);
      const again = await request(own, 'PUT', SETTINGS_URL, {
        stages: [{ stage: 'contato', rotting_days: 3, unanswered_hours: 6 }],
      });
      expect(again.json<StageHealthSettingsResponse>().stages[1]).toEqual({
        stage: 'contato',
        rotting_days: 3,
        unanswered_hours: 6,
      });
      const theirs = await request(other, 'GET', SETTINGS_URL);
      expect(theirs.json<StageHealthSettingsResponse>().stages).toEqual(DEFAULT_STAGE_HEALTH);
    });

    it('refuses managers and agents', async () => {
      const owner = await register(t.app);
      for (const role of ['manager', 'agent'] as const) {
        const member = await addMember(t.app, owner, role);
        expect((await request(member, 'GET', SETTINGS_URL)).statusCode).toBe(200);
        const res = await request(member, 'PUT', SETTINGS_URL, {
          stages: [{ stage: 'lead', rotting_days: 1, unanswered_hours: 1 }],
        });
        expect(res.statusCode).toBe(403);
      }
      expect((await request(owner, 'GET', SETTINGS_URL)).json()).toEqual({
        stages: DEFAULT_STAGE_HEALTH,
      });
    });

    it.each([
      [
        { stages: [{ stage: 'lead', rotting_days: 0, unanswered_hours: 1 }] },
        'stages.0.rotting_days',
      ],
      [
        { stages: [{ stage: 'lead', rotting_days: 1, unanswered_hours: 721 }] },
        'stages.0.unanswered_hours',
      ],
      [
        { stages: [{ stage: 'lead', rotting_days: 1.5, unanswered_hours: 1 }] },
        'stages.0.rotting_days',
      ],
      [{ stages: [{ stage: 'won', rotting_days: 1, unanswered_hours: 1 }] }, 'stages.0.stage'],
      [
        {
          stages: [
            { stage: 'lead', rotting_days: 1, unanswered_hours: 1 },
            { stage: 'lead', rotting_days: 2, unanswered_hours: 1 },
          ],
        },
        'stages',
      ],
      [{ stages: [] }, 'stages'],
    ])('refuses %j with a 400 naming %s, changing nothing', async (payload, field) => {
      const owner = await register(t.app);
      const res = await request(owner, 'PUT', SETTINGS_URL, payload);
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.json<{ errors: Array<{ field: string }> }>().errors).toContainEqual(
        expect.objectContaining({ field }),
      );
      expect((await request(owner, 'GET', SETTINGS_URL)).json()).toEqual({
        stages: DEFAULT_STAGE_HEALTH,
      });
    });
  });

  describe('signals on the lead', () => {
    it('is rotting from N days idle in the stage on, not at N−1, on the lead and the board', async () => {
      await request(admin, 'PUT', SETTINGS_URL, {
        stages: [{ stage: 'proposta', rotting_days: 3, unanswered_hours: 4 }],
      });
      const lead = await createLead(t.app, admin, { stage: 'proposta' });
      expect((await leadOf(admin, lead.id)).health).toMatchObject({ rotting: false, idle_days: 0 });

      await setAgo(lead.id, 'stage_changed_at', 3 * DAY - MINUTE);
      expect((await leadOf(admin, lead.id)).health).toMatchObject({ rotting: false, idle_days: 2 });

      await setAgo(lead.id, 'stage_changed_at', 3 * DAY + MINUTE);
      expect((await leadOf(admin, lead.id)).health).toMatchObject({ rotting: true, idle_days: 3 });
      const board = (await request(admin, 'GET', '/api/v1/pipeline')).json<PipelineResponse>();
      const card = board.columns
        .find((c) => c.stage === 'proposta')
        ?.items.find((item) => item.id === lead.id);
      expect(card?.health?.rotting).toBe(true);

      // Contact since then restarts the idle time.
      await setAgo(lead.id, 'last_contact_at', DAY);
      expect((await leadOf(admin, lead.id)).health).toMatchObject({ rotting: false, idle_days: 1 });
    });

    it('flags a customer message left X hours without a reply, clears it on our reply, and counts down the WhatsApp window', async () => {
      await request(admin, 'PUT', SETTINGS_URL, {
        stages: [{ stage: 'lead', rotting_days: 3, unanswered_hours: 2 }],
      });
      const from = `55119${String(Date.now()).slice(-8)}`;
      const res = await postWhatsAppWebhook(
        webhookUrl(base),
        number.appSecret,
        whatsAppMessagesWebhook(number, [whatsAppInbound.text('Oi, ainda tem vaga?', { from })]),
      );
      expect(res.status).toBe(200);
      const [message] = await waitForMessages(admin.organizationId, 1);
      const leadId = message?.lead_id as string;

      const fresh = await leadOf(admin, leadId);
      expect(fresh.health?.unanswered_since).not.toBeNull();
      expect(fresh.health?.unanswered).toBe(false);
      const closesAt = Date.parse(fresh.health?.whatsapp_window_closes_at ?? '');
      expect(closesAt - Date.parse(fresh.health?.unanswered_since ?? '')).toBe(DAY);

      await setAgo(leadId, 'awaiting_reply_since', 2 * HOUR - MINUTE);
      expect((await leadOf(admin, leadId)).health?.unanswered).toBe(false);
      await setAgo(leadId, 'awaiting_reply_since', 2 * HOUR + MINUTE);
      expect((await leadOf(admin, leadId)).health?.unanswered).toBe(true);

      // A note is not a reply; a call to the customer is.
      await request(admin, 'POST', `/api/v1/leads/${leadId}/notes`, { content: 'Ligar à tarde' });
      expect((await leadOf(admin, leadId)).health?.unanswered).toBe(true);
      const call = await request(admin, 'POST', `/api/v1/leads/${leadId}/calls`, {
        direction: 'outbound',
        duration_seconds: 60,
        outcome: 'completed',
      });
      expect(call.statusCode, call.body).toBe(201);
      expect((await leadOf(admin, leadId)).health).toMatchObject({
        unanswered: false,
        unanswered_since: null,
      });

      await setAgo(leadId, 'last_inbound_whatsapp_at', DAY - MINUTE);
      expect((await leadOf(admin, leadId)).health?.whatsapp_window_closes_at).not.toBeNull();
      await setAgo(leadId, 'last_inbound_whatsapp_at', DAY + MINUTE);
      expect((await leadOf(admin, leadId)).health?.whatsapp_window_closes_at).toBeNull();
    });

    it('has no health once won, and a closed_at that reopening clears', async () => {
      const lead = await createLead(t.app, admin, { stage: 'negociacao' });
      const won = await request(admin, 'POST', `/api/v1/leads/${lead.id}/close`, {
        outcome: 'won',
      });
      expect(won.json<LeadResponse>()).toMatchObject({ health: null, outcome: 'won' });
      expect(won.json<LeadResponse>().closed_at).not.toBeNull();
      const reopened = await request(admin, 'POST', `/api/v1/leads/${lead.id}/reopen`, {});
      expect(reopened.json<LeadResponse>()).toMatchObject({ closed_at: null, outcome: null });
      expect(reopened.json<LeadResponse>().health).not.toBeNull();
    });
  });
});
