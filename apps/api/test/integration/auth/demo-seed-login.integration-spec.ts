import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MyDayResponse } from '@loved/shared';
import { DEMO_ADMIN_EMAIL, DemoSeedService } from '../../../src/modules/demo/demo-seed.service';
import { asMember, login } from '../../utils/identity.helpers';
import { createTestApp, type TestApp } from '../../utils/test-app';

/**
 * The demo seed runs at boot with nobody signed in: under Row-Level Security it must still
 * recognise its admin from an earlier boot (through the e-mail lookup), and the admin it
 * creates must be able to sign in.
 */
describe('demo seed under row-level security', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('seeds once, recognises the admin on the next boot, and the admin signs in', async () => {
    const seed = t.app.get(DemoSeedService);
    const password = 'demo-password-for-tests';
    expect(await seed.seed(password)).toEqual({ email: DEMO_ADMIN_EMAIL, password, created: true });
    expect((await seed.seed(password)).created).toBe(false);

    const session = await login(t.app, DEMO_ADMIN_EMAIL, password);
    const organizationId = session.memberships[0]?.organization_id ?? '';
    const leads = await t.app.inject({
      method: 'GET',
      url: '/api/v1/leads',
      headers: asMember(session, organizationId),
    });
    expect(leads.statusCode).toBe(200);
    const assigned = leads
      .json<{ items: Array<{ assigned_user: { name: string } | null }> }>()
      .items.filter((lead) => lead.assigned_user);
    expect(assigned.length).toBeGreaterThan(0);
    expect(assigned[0]?.assigned_user?.name).toBe('Demo Admin');

    // "Minha agenda" is filled: something overdue, today's work (one done) and what comes next.
    const day = (
      await t.app.inject({
        method: 'GET',
        url: '/api/v1/activities/my-day',
        headers: asMember(session, organizationId),
      })
    ).json<MyDayResponse>();
    expect(day.overdue.length).toBeGreaterThan(0);
    expect(day.today.some((activity) => activity.done)).toBe(true);
    expect(day.today.some((activity) => !activity.done)).toBe(true);
    expect(day.upcoming.length).toBeGreaterThan(0);
  });
});
