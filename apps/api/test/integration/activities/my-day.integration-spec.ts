import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActivityResponse, ListEnvelope, MyDayResponse } from '@loved/shared';
import {
  addDays,
  dateIn,
  zonedInstant,
} from '../../../src/modules/activities/utils/zoned-time.util';
import { createActivity } from '../../utils/activity.helpers';
import { addMember, asMember, register, type Session } from '../../utils/identity.helpers';
import { createLead } from '../../utils/lead.helpers';
import { createTestApp, type TestApp } from '../../utils/test-app';

describe('my day (Minha agenda)', () => {
  let t: TestApp;

  const myDay = async (session: Session): Promise<MyDayResponse> => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/activities/my-day',
      headers: asMember(session, session.organizationId),
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<MyDayResponse>();
  };
  const subjectsOf = (activities: ActivityResponse[]) => activities.map((a) => a.subject);
  const setTimeZone = async (session: Session, timeZone: string) => {
    const res = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/organizations/current',
      headers: asMember(session, session.organizationId),
      payload: { time_zone: timeZone },
    });
    expect(res.statusCode, res.body).toBe(200);
  };

  /**
   * An organisation in `timeZone` whose admin has, around the local midnights of today: the
   * last minutes of yesterday, today's first and last half hours, tomorrow's first half hour,
   * the end of the seventh day after today and the start of the eighth.
   */
  async function dayAround(timeZone: string): Promise<{ admin: Session; today: string }> {
    const admin = await register(t.app);
    await setTimeZone(admin, timeZone);
    const lead = await createLead(t.app, admin);
    const today = dateIn(timeZone);
    const schedule = async (subject: string, dayOffset: number, time: string) =>
      createActivity(t.app, admin, lead.id, {
        subject,
        due_at: zonedInstant(addDays(today, dayOffset), time, timeZone).toISOString(),
      });
    await schedule('ontem 23:30', -1, '23:30');
    await schedule('hoje 23:30', 0, '23:30');
    await schedule('hoje 00:30', 0, '00:30');
    await schedule('amanhã 00:30', 1, '00:30');
    await schedule('dia 7 23:30', 7, '23:30');
    await schedule('dia 8 00:30', 8, '00:30');
    return { admin, today };
  }

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it.each(['America/Sao_Paulo', 'Asia/Tokyo', 'Pacific/Kiritimati'])(
    "groups by the organisation's local day (%s)",
    async (timeZone) => {
      const { admin, today } = await dayAround(timeZone);
      const day = await myDay(admin);
      expect(day.time_zone).toBe(timeZone);
      expect(day.date).toBe(today);
      expect(subjectsOf(day.overdue)).toEqual(['ontem 23:30']);
      expect(subjectsOf(day.today)).toEqual(['hoje 00:30', 'hoje 23:30']);
      expect(subjectsOf(day.upcoming)).toEqual(['amanhã 00:30', 'dia 7 23:30']);
    },
  );

  it('regroups the same activities when the organisation moves to another time zone', async () => {
    const { admin } = await dayAround('America/Sao_Paulo');
    const scheduled = (
      await t.app.inject({
        method: 'GET',
        url: '/api/v1/activities',
        headers: asMember(admin, admin.organizationId),
      })
    ).json<ListEnvelope<ActivityResponse>>().items;
    // Tokyo is 12 hours ahead: each activity lands on the day Tokyo's calendar gives it.
    await setTimeZone(admin, 'Asia/Tokyo');
    const day = await myDay(admin);
    expect(day.time_zone).toBe('Asia/Tokyo');
    expect(day.date).toBe(dateIn('Asia/Tokyo'));
    const localDate = (activity: ActivityResponse) =>
      dateIn('Asia/Tokyo', new Date(activity.due_at));
    const expected = (rule: (date: string) => boolean) =>
      scheduled
        .filter((a) => rule(localDate(a)))
        .map((a) => a.subject)
        .sort();
    expect(subjectsOf(day.overdue).sort()).toEqual(expected((d) => d < day.date));
    expect(subjectsOf(day.today).sort()).toEqual(expected((d) => d === day.date));
    expect(subjectsOf(day.upcoming).sort()).toEqual(
      expected((d) => d > day.date && d <= addDays(day.date, 7)),
    );
    expect(scheduled).toHaveLength(6);
  });

  it("shows done activities today only, and only the caller's", async () => {
    const admin = await register(t.app);
    const manager = await addMember(t.app, admin, 'manager');
    const lead = await createLead(t.app, admin);
    const timeZone = 'America/Sao_Paulo';
    const today = dateIn(timeZone);
    const at = (dayOffset: number, time: string) =>
      zonedInstant(addDays(today, dayOffset), time, timeZone).toISOString();
    const complete = (activity: ActivityResponse) =>
      t.app.inject({
        method: 'PATCH',
        url: `/api/v1/activities/${activity.id}`,
        headers: asMember(admin, admin.organizationId),
        payload: { done: true },
      });
    await complete(
      await createActivity(t.app, admin, lead.id, {
        subject: 'feita ontem',
        due_at: at(-1, '10:00'),
      }),
    );
    await complete(
      await createActivity(t.app, admin, lead.id, {
        subject: 'feita hoje',
        due_at: at(0, '10:00'),
      }),
    );
    await complete(
      await createActivity(t.app, admin, lead.id, {
        subject: 'feita amanhã',
        due_at: at(1, '10:00'),
      }),
    );
    await createActivity(t.app, admin, lead.id, {
      subject: 'do gerente',
      due_at: at(0, '11:00'),
      assigned_user_id: manager.user.id,
    });
    const day = await myDay(admin);
    expect(subjectsOf(day.overdue)).toEqual([]);
    expect(day.today).toEqual([expect.objectContaining({ subject: 'feita hoje', done: true })]);
    expect(subjectsOf(day.upcoming)).toEqual([]);
    expect(subjectsOf((await myDay(manager)).today)).toEqual(['do gerente']);
  });
});
