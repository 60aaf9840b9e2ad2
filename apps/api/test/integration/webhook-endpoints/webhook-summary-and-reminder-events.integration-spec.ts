import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ActivityReminderService } from '../../../src/modules/notifications/activity-reminder.service';
import { createActivity } from '../../utils/activity.helpers';
import { register } from '../../utils/identity.helpers';
import { createLead } from '../../utils/lead.helpers';
import { createTestApp, type TestApp } from '../../utils/test-app';
import { summarise } from '../ai-summaries/ai-summary.helpers';
import { createEndpoint, verifySignature, WebhookReceiver } from './webhook.helpers';

describe('outbound webhooks for AI summaries and due activities', () => {
  let t: TestApp;
  let receiver: WebhookReceiver;
  beforeAll(async () => {
    t = await createTestApp();
    receiver = new WebhookReceiver();
    await receiver.start();
  });
  afterEach(() => {
    receiver.accepted.length = 0;
  });
  afterAll(async () => {
    await receiver.stop();
    await t.close();
  });

  it('sends ai_summary.ready once when a summary is written, signed', async () => {
    const admin = await register(t.app);
    const endpoint = await createEndpoint(t.app, admin, receiver.url, ['ai_summary.ready']);
    const lead = await createLead(t.app, admin);

    const summary = await summarise(t.app, admin, lead.id);

    await receiver.waitFor(() => receiver.accepted.length >= 1, 'ai_summary.ready');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(receiver.accepted.map((r) => r.type)).toEqual(['ai_summary.ready']);
    const [ready] = receiver.accepted;
    expect(() => verifySignature(endpoint.secret, ready!)).not.toThrow();
    expect(ready?.data).toEqual({
      lead_id: lead.id,
      ai_summary: expect.objectContaining({ id: summary.id, status: 'done', lead_id: lead.id }),
    });
  });

  it('sends activity.due once per due time with the reminder, for unassigned activities too', async () => {
    const admin = await register(t.app);
    const endpoint = await createEndpoint(t.app, admin, receiver.url, ['activity.due']);
    const lead = await createLead(t.app, admin);
    const dueAt = new Date(Date.now() + 10 * 60_000).toISOString();
    const activity = await createActivity(t.app, admin, lead.id, {
      subject: 'Ligar para fechar',
      due_at: dueAt,
      assigned_user_id: null,
    });
    const later = await createActivity(t.app, admin, lead.id, {
      due_at: new Date(Date.now() + 3 * 3_600_000).toISOString(),
    });

    const reminders = t.app.get(ActivityReminderService);
    expect(await reminders.remindDue()).toBeGreaterThanOrEqual(1);
    await reminders.remindDue();

    await receiver.waitFor(() => receiver.accepted.length >= 1, 'activity.due');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const mine = receiver.accepted.filter((r) => r.data.lead_id === lead.id);
    expect(mine).toHaveLength(1);
    expect(() => verifySignature(endpoint.secret, mine[0]!)).not.toThrow();
    expect(mine[0]).toMatchObject({
      type: 'activity.due',
      data: {
        lead_id: lead.id,
        activity: {
          id: activity.id,
          type: 'call',
          subject: 'Ligar para fechar',
          due_at: dueAt,
          assigned_user_id: null,
        },
      },
    });
    expect(JSON.stringify(receiver.accepted)).not.toContain(later.id);
  });
});
