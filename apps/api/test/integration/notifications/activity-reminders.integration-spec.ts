import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { LeadResponse } from '@loved/shared';
import { JobQueue } from '../../../src/core/queue/job-queue';
import { QueueName } from '../../../src/core/queue/queue-name.constant';
import { ActivityReminderService } from '../../../src/modules/notifications/activity-reminder.service';
import { ACTIVITY_REMINDER_JOB } from '../../../src/modules/notifications/jobs/activity-reminder.job';
import { adminQuery } from '../../utils/admin-query';
import { addMember, register, type Session } from '../../utils/identity.helpers';
import { createLead } from '../../utils/lead.helpers';
import { createTestApp, type TestApp } from '../../utils/test-app';
import { insertActivity, listNotifications } from './notification.helpers';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

const remindedAt = async (id: string): Promise<Date | null> =>
  (
    await adminQuery<{ reminded_at: Date | null }>(
      'SELECT reminded_at FROM activities WHERE id = $1',
      [id],
    )
  )[0]?.reminded_at ?? null;

describe('activity reminders', () => {
  let t: TestApp;
  let admin: Session;
  let rep: Session;
  let lead: LeadResponse;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await register(t.app);
    rep = await addMember(t.app, admin, 'agent');
    lead = await createLead(t.app, admin, { assigned_user_id: rep.user.id });
  });
  afterAll(() => t.close());

  const remind = (): Promise<number> => t.app.get(ActivityReminderService).remindDue();
  const activity = (
    dueInMinutes: number,
    extra: { done?: boolean; assignee?: string | null } = {},
  ) =>
    insertActivity({
      organizationId: admin.organizationId,
      leadId: lead.id,
      assignedUserId: extra.assignee === undefined ? rep.user.id : extra.assignee,
      dueInMinutes,
      done: extra.done,
      subject: `Ligar ${randomUUID().slice(0, 6)}`,
    });
  const dueNotices = async (session: Session) =>
    (await listNotifications(t.app, session, '?limit=100')).items.filter(
      (n) => n.kind === 'activity_due',
    );

  it('reminds the assignee of an activity due in 14 minutes, once', async () => {
    const id = await activity(14);
    await remind();
    await remind();
    const notices = (await dueNotices(rep)).filter((n) => n.activity?.id === id);
    expect(notices).toEqual([
      expect.objectContaining({
        actor: null,
        lead: { id: lead.id, name: lead.name },
        activity: expect.objectContaining({ id, type: 'call', due_at: expect.any(String) }),
      }),
    ]);
    expect(await remindedAt(id)).toBeInstanceOf(Date);
    expect((await dueNotices(admin)).filter((n) => n.activity?.id === id)).toEqual([]);
  });

  it('waits for one due in 16 minutes and never reminds a done one', async () => {
    const later = await activity(16);
    const done = await activity(10, { done: true });
    await remind();
    expect(await remindedAt(later)).toBeNull();
    expect(await remindedAt(done)).toBeNull();
    const ids = (await dueNotices(rep)).map((n) => n.activity?.id);
    expect(ids).not.toContain(later);
    expect(ids).not.toContain(done);
  });

  it('still reminds one a late tick finds just past due, not one long past', async () => {
    const justPast = await activity(-3);
    const longPast = await activity(-30);
    await remind();
    expect(await remindedAt(justPast)).toBeInstanceOf(Date);
    expect(await remindedAt(longPast)).toBeNull();
  });

  it('claims one without an assignee without notifying anyone', async () => {
    const id = await activity(5, { assignee: null });
    await remind();
    expect(await remindedAt(id)).toBeInstanceOf(Date);
    const [{ count }] = await adminQuery<{ count: string }>(
      'SELECT count(*) FROM notifications WHERE activity_id = $1',
      [id],
    );
    expect(Number(count)).toBe(0);
  });

  it('reminds again once a rescheduled activity has its reminder cleared', async () => {
    const id = await activity(10);
    await remind();
    // What rescheduling does: a new due time, and the reminder cleared.
    await adminQuery(
      `UPDATE activities SET due_at = now() + interval '12 minutes', reminded_at = NULL WHERE id = $1`,
      [id],
    );
    await remind();
    const notices = (await dueNotices(rep)).filter((n) => n.activity?.id === id);
    expect(notices).toHaveLength(2);
  });

  it('does not remind an agent of a lead now assigned to someone else', async () => {
    const other = await createLead(t.app, admin, { assigned_user_id: admin.user.id });
    const id = await insertActivity({
      organizationId: admin.organizationId,
      leadId: other.id,
      assignedUserId: rep.user.id,
      dueInMinutes: 5,
    });
    await remind();
    expect(await remindedAt(id)).toBeInstanceOf(Date);
    expect((await dueNotices(rep)).map((n) => n.activity?.id)).not.toContain(id);
  });

  it("reminds each organisation's assignees in their own organisation", async () => {
    const otherAdmin = await register(t.app);
    const otherLead = await createLead(t.app, otherAdmin, { assigned_user_id: otherAdmin.user.id });
    const id = await insertActivity({
      organizationId: otherAdmin.organizationId,
      leadId: otherLead.id,
      assignedUserId: otherAdmin.user.id,
      dueInMinutes: 7,
    });
    await remind();
    expect((await dueNotices(otherAdmin)).map((n) => n.activity?.id)).toEqual([id]);
    expect((await dueNotices(rep)).map((n) => n.activity?.id)).not.toContain(id);
  });
});

describe('activity reminders with several workers', () => {
  const apps: TestApp[] = [];
  afterAll(async () => {
    await Promise.all(apps.splice(0).map((a) => a.close()));
  });

  it('notifies exactly once per activity while two Bull workers race over the same queue', async () => {
    const seed = await createTestApp();
    apps.push(seed);
    const orgs: Array<{ admin: Session; leads: LeadResponse[] }> = [];
    for (let o = 0; o < 3; o += 1) {
      const admin = await register(seed.app);
      const leads: LeadResponse[] = [];
      for (let l = 0; l < 4; l += 1)
        leads.push(await createLead(seed.app, admin, { assigned_user_id: admin.user.id }));
      orgs.push({ admin, leads });
    }
    const ids: string[] = [];
    for (const { admin, leads } of orgs) {
      for (let i = 0; i < 40; i += 1) {
        ids.push(
          await insertActivity({
            organizationId: admin.organizationId,
            leadId: leads[i % leads.length].id,
            assignedUserId: admin.user.id,
            dueInMinutes: 1 + (i % 13),
          }),
        );
      }
    }

    const env = {
      REDIS_URL,
      QUEUE_PREFIX: `test-${randomUUID()}`,
      ACTIVITY_REMINDER_INTERVAL_MS: '100',
      WORKER_CONCURRENCY: '4',
    };
    const workers = [
      await createTestApp({ env, processJobs: true }),
      await createTestApp({ env, processJobs: true }),
    ];
    apps.push(...workers);
    const handled = workers.map(() => 0);
    let claimed = 0;
    workers.forEach((worker, index) => {
      const service = worker.app.get(ActivityReminderService);
      const original = service.remindDue.bind(service);
      vi.spyOn(service, 'remindDue').mockImplementation(async (now) => {
        handled[index] += 1;
        const count = await original(now);
        claimed += count;
        return count;
      });
    });
    // Besides the repeating tick, a burst of runs at once so the two workers' claims overlap.
    await Promise.all(
      Array.from({ length: 8 }, () =>
        workers[0].app.get(JobQueue).enqueue(QueueName.Default, ACTIVITY_REMINDER_JOB, {}),
      ),
    );

    await vi.waitFor(
      async () => {
        const [{ left }] = await adminQuery<{ left: string }>(
          'SELECT count(*) AS left FROM activities WHERE id = ANY($1) AND reminded_at IS NULL',
          [ids],
        );
        expect(Number(left)).toBe(0);
      },
      { timeout: 20_000, interval: 200 },
    );
    // Both consumers took part, and more ticks ran after everything was claimed.
    await vi.waitFor(() => expect(Math.min(...handled)).toBeGreaterThan(0), { timeout: 10_000 });

    const rows = await adminQuery<{ activity_id: string; n: string }>(
      `SELECT activity_id, count(*) AS n FROM notifications
        WHERE activity_id = ANY($1) GROUP BY activity_id`,
      [ids],
    );
    // No activity was claimed twice (an idle process of another test file may claim a few).
    expect(claimed).toBeLessThanOrEqual(ids.length);
    expect(rows).toHaveLength(ids.length);
    expect(rows.filter((r) => Number(r.n) !== 1)).toEqual([]);
  });
});
