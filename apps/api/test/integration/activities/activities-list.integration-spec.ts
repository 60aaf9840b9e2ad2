import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActivityResponse, LeadResponse, ListEnvelope } from '@loved/shared';
import { createActivity } from '../../utils/activity.helpers';
import { addMember, asMember, register, type Session } from '../../utils/identity.helpers';
import { createLead } from '../../utils/lead.helpers';
import { createTestApp, type TestApp } from '../../utils/test-app';

const HOUR = 3_600_000;

describe('activities: filters and keyset pages', () => {
  let t: TestApp;
  let admin: Session;
  let manager: Session;
  let lead: LeadResponse;
  let otherLead: LeadResponse;
  const at = (offsetHours: number) => new Date(Date.now() + offsetHours * HOUR).toISOString();
  const list = async (session: Session, query: string) => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/activities${query}`,
      headers: asMember(session, session.organizationId),
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<ListEnvelope<ActivityResponse>>();
  };
  const subjects = async (query: string) =>
    (await list(admin, query)).items.map((activity) => activity.subject);

  beforeAll(async () => {
    t = await createTestApp();
    admin = await register(t.app);
    manager = await addMember(t.app, admin, 'manager');
    lead = await createLead(t.app, admin, { name: 'Clínica Sorriso' });
    otherLead = await createLead(t.app, admin);
    await createActivity(t.app, admin, lead.id, { subject: 'atrasada', due_at: at(-48) });
    const doneLate = await createActivity(t.app, admin, lead.id, {
      subject: 'feita',
      due_at: at(-24),
    });
    await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/activities/${doneLate.id}`,
      headers: asMember(admin, admin.organizationId),
      payload: { done: true },
    });
    await createActivity(t.app, admin, lead.id, { subject: 'futura', due_at: at(24) });
    await createActivity(t.app, admin, otherLead.id, {
      subject: 'do gerente',
      due_at: at(2),
      assigned_user_id: manager.user.id,
    });
  });
  afterAll(() => t.close());

  it('lists in due order with the lead and assignee filled in', async () => {
    const page = await list(admin, '');
    expect(page.items.map((a) => a.subject)).toEqual(['atrasada', 'feita', 'do gerente', 'futura']);
    expect(page.items[0]).toMatchObject({
      lead: { id: lead.id, name: 'Clínica Sorriso' },
      assigned_user: { id: admin.user.id, name: admin.user.name },
    });
    expect(page.next_cursor).toBeNull();
  });

  it('filters by assignee, `me` meaning the caller', async () => {
    expect(await subjects('?assigned_user_id=me')).toEqual(['atrasada', 'feita', 'futura']);
    expect(await subjects(`?assigned_user_id=${manager.user.id}`)).toEqual(['do gerente']);
    expect((await list(manager, '?assigned_user_id=me')).items.map((a) => a.subject)).toEqual([
      'do gerente',
    ]);
  });

  it('filters by lead, by done and by overdue', async () => {
    expect(await subjects(`?lead_id=${otherLead.id}`)).toEqual(['do gerente']);
    expect(await subjects('?done=true')).toEqual(['feita']);
    expect(await subjects('?done=false')).toEqual(['atrasada', 'do gerente', 'futura']);
    expect(await subjects('?overdue=true')).toEqual(['atrasada']);
    expect(await subjects('?overdue=false')).toEqual(['feita', 'do gerente', 'futura']);
  });

  it('filters by due range, the end exclusive', async () => {
    const futura = (await list(admin, '?done=false')).items.find((a) => a.subject === 'futura');
    expect(await subjects(`?due_from=${encodeURIComponent(at(-30))}`)).toEqual([
      'feita',
      'do gerente',
      'futura',
    ]);
    expect(
      await subjects(
        `?due_from=${encodeURIComponent(at(-30))}&due_to=${encodeURIComponent(futura?.due_at ?? '')}`,
      ),
    ).toEqual(['feita', 'do gerente']);
    expect(await subjects(`?due_from=${encodeURIComponent(futura?.due_at ?? '')}`)).toEqual([
      'futura',
    ]);
  });

  it.each([
    ['assigned_user_id=someone', 'assigned_user_id'],
    ['lead_id=x', 'lead_id'],
    ['due_from=2026-12-01', 'due_from'],
    ['due_to=2026-12-01T00:00:00', 'due_to'],
    ['overdue=yes', 'overdue'],
    ['done=1', 'done'],
    ['limit=101', 'limit'],
    ['limit=0', 'limit'],
    ['cursor=bm9wZQ', 'cursor'],
  ])('refuses ?%s with a 400 naming the field', async (query, field) => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/activities?${query}`,
      headers: asMember(admin, admin.organizationId),
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json<{ errors: Array<{ field: string }> }>().errors.map((e) => e.field)).toContain(
      field,
    );
  });

  it('pages through more rows than the limit, in order, without repeats or gaps', async () => {
    const session = await register(t.app);
    const pageLead = await createLead(t.app, session);
    const due = at(5);
    const created: ActivityResponse[] = [];
    // Seven share one due time, so the id breaks the tie across page boundaries.
    for (let i = 0; i < 12; i += 1) {
      created.push(
        await createActivity(t.app, session, pageLead.id, {
          subject: `a${i}`,
          due_at: i < 7 ? due : at(6 + i),
        }),
      );
    }
    const expected = [...created]
      .sort((x, y) => x.due_at.localeCompare(y.due_at) || (x.id < y.id ? -1 : 1))
      .map((a) => a.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = `?limit=5${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const page = await list(session, query);
      expect(page.items.length).toBeLessThanOrEqual(5);
      seen.push(...page.items.map((a) => a.id));
      cursor = page.next_cursor;
      pages += 1;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toEqual(expected);
  });
});
