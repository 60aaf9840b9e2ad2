import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrganizationResponse } from '@loved/shared';
import { addMember, asMember, register, type Session } from '../../utils/identity.helpers';
import { createTestApp, type TestApp } from '../../utils/test-app';

describe("the organisation's time zone", () => {
  let t: TestApp;
  let admin: Session;
  const patch = (session: Session, payload: Record<string, unknown>) =>
    t.app.inject({
      method: 'PATCH',
      url: '/api/v1/organizations/current',
      headers: asMember(session, session.organizationId),
      payload,
    });
  const current = async (session: Session) =>
    (
      await t.app.inject({
        method: 'GET',
        url: '/api/v1/organizations/current',
        headers: asMember(session, session.organizationId),
      })
    ).json<OrganizationResponse>();

  beforeAll(async () => {
    t = await createTestApp();
    admin = await register(t.app);
  });
  afterAll(() => t.close());

  it('starts in America/Sao_Paulo', async () => {
    expect((await current(admin)).time_zone).toBe('America/Sao_Paulo');
  });

  it('is set by an admin to an IANA zone, alone or with the name', async () => {
    const res = await patch(admin, { time_zone: 'America/Manaus' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ time_zone: 'America/Manaus' });
    const both = await patch(admin, { name: 'Agência Norte', time_zone: 'UTC' });
    expect(both.json()).toMatchObject({ name: 'Agência Norte', time_zone: 'UTC' });
    expect(await current(admin)).toMatchObject({ name: 'Agência Norte', time_zone: 'UTC' });
    // Renaming leaves the zone alone.
    await patch(admin, { name: 'Agência Norte Digital' });
    expect((await current(admin)).time_zone).toBe('UTC');
  });

  it.each(['Mars/Olympus', '-03:00', 'BRT', 'america/sao_paulo', '', 42, null])(
    'refuses %j with a 400 naming time_zone',
    async (zone) => {
      const res = await patch(admin, { time_zone: zone });
      expect(res.statusCode, res.body).toBe(400);
      const fields = res.json<{ errors: Array<{ field: string }> }>().errors.map((e) => e.field);
      expect(new Set(fields)).toEqual(new Set(['time_zone']));
    },
  );

  it('is for admins only', async () => {
    const manager = await addMember(t.app, admin, 'manager');
    const before = (await current(admin)).time_zone;
    const res = await patch(manager, { time_zone: 'Europe/Lisbon' });
    expect(res.statusCode).toBe(403);
    expect((await current(admin)).time_zone).toBe(before);
    expect((await current(manager)).time_zone).toBe(before);
  });
});
