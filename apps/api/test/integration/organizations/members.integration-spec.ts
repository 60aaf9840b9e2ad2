import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminQuery } from '../../utils/admin-query';
import { addMember, asMember, register } from '../../utils/identity.helpers';
import { createTestApp, type TestApp } from '../../utils/test-app';

describe('members and invitations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('lists members in join order with keyset pagination', async () => {
    const admin = await register(t.app);
    const joined = [
      await addMember(t.app, admin, 'agent'),
      await addMember(t.app, admin, 'manager'),
    ];
    const page = (cursor?: string) =>
      t.app.inject({
        method: 'GET',
        url: `/api/v1/members?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
        headers: asMember(admin, admin.organizationId),
      });
    const first = (await page()).json<{
      items: Array<{ user_id: string; role: string }>;
      next_cursor: string;
    }>();
    expect(first.items.map((m) => m.user_id)).toEqual([admin.user.id, joined[0]!.user.id]);
    expect(first.next_cursor).toEqual(expect.any(String));
    const second = (await page(first.next_cursor)).json<{
      items: Array<{ user_id: string }>;
      next_cursor: string | null;
    }>();
    expect(second.items.map((m) => m.user_id)).toEqual([joined[1]!.user.id]);
    expect(second.next_cursor).toBeNull();
  });

  it('answers 400 for a cursor it did not issue and for a limit over 100', async () => {
    const admin = await register(t.app);
    const headers = asMember(admin, admin.organizationId);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/members?cursor=garbage', headers }))
        .statusCode,
    ).toBe(400);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/members?limit=101', headers })).statusCode,
    ).toBe(400);
  });

  it('never removes or demotes the last admin', async () => {
    const admin = await register(t.app);
    const headers = asMember(admin, admin.organizationId);
    const demote = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/members/${admin.user.id}`,
      headers,
      payload: { role: 'agent' },
    });
    expect(demote.statusCode).toBe(409);
    expect(demote.json()).toMatchObject({ code: 'LAST_ADMIN' });
    const removal = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/members/${admin.user.id}`,
      headers,
    });
    expect(removal.statusCode).toBe(409);
  });

  it('lets only admins manage the team', async () => {
    const admin = await register(t.app);
    const manager = await addMember(t.app, admin, 'manager');
    const agent = await addMember(t.app, admin, 'agent');
    const asManager = asMember(manager, admin.organizationId);
    const invite = await t.app.inject({
      method: 'POST',
      url: '/api/v1/invitations',
      headers: asManager,
      payload: { email: 'alguem@agencia.test', role: 'agent' },
    });
    expect(invite.statusCode).toBe(403);
    expect(invite.json()).toMatchObject({ code: 'INSUFFICIENT_ROLE' });
    const removal = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/members/${agent.user.id}`,
      headers: asManager,
    });
    expect(removal.statusCode).toBe(403);
    const list = await t.app.inject({
      method: 'GET',
      url: '/api/v1/members',
      headers: asMember(agent, admin.organizationId),
    });
    expect(list.statusCode).toBe(200);
  });

  it('lets a signed-in user accept an invitation sent to their e-mail', async () => {
    const admin = await register(t.app);
    const invitee = await register(t.app);
    const invite = await t.app.inject({
      method: 'POST',
      url: '/api/v1/invitations',
      headers: asMember(admin, admin.organizationId),
      payload: { email: invitee.user.email, role: 'manager' },
    });
    expect(invite.statusCode).toBe(201);
    const { token, expires_at } = invite.json<{ token: string; expires_at: string }>();
    const days = (new Date(expires_at).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThanOrEqual(7);

    const accept = (session: { access_token: string }) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/invitations/accept',
        headers: { authorization: `Bearer ${session.access_token}` },
        payload: { token },
      });
    const stranger = await register(t.app);
    expect((await accept(stranger)).statusCode).toBe(403);
    const accepted = await accept(invitee);
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({
      organization_id: admin.organizationId,
      role: 'manager',
    });
    expect((await accept(invitee)).statusCode).toBe(404);
  });

  it('refuses an expired invitation with 410', async () => {
    const admin = await register(t.app);
    const invitee = await register(t.app);
    const invite = await t.app.inject({
      method: 'POST',
      url: '/api/v1/invitations',
      headers: asMember(admin, admin.organizationId),
      payload: { email: invitee.user.email, role: 'agent' },
    });
    const { id } = invite.json<{ id: string }>();
    await adminQuery(
      `UPDATE invitations SET expires_at = now() - interval '1 minute' WHERE id = $1`,
      [id],
    );
    const accepted = await t.app.inject({
      method: 'POST',
      url: '/api/v1/invitations/accept',
      headers: { authorization: `Bearer ${invitee.access_token}` },
      payload: { token: invite.json<{ token: string }>().token },
    });
    expect(accepted.statusCode).toBe(410);
  });

  it('refuses a made-up invitation token', async () => {
    const user = await register(t.app);
    const accepted = await t.app.inject({
      method: 'POST',
      url: '/api/v1/invitations/accept',
      headers: { authorization: `Bearer ${user.access_token}` },
      payload: { token: `${user.organizationId}.made-up-secret` },
    });
    expect(accepted.statusCode).toBe(404);
  });
});
