import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, asMember, register } from '../../utils/identity.helpers';
import { createTestApp, type TestApp } from '../../utils/test-app';

describe('tenant guard', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const current = (headers: Record<string, string>) =>
    t.app.inject({ method: 'GET', url: '/api/v1/organizations/current', headers });

  it('answers 400 without X-Org-Id', async () => {
    const session = await register(t.app);
    const res = await current({ authorization: `Bearer ${session.access_token}` });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'MISSING_ORGANIZATION_HEADER' });
  });

  it('answers 400 for a malformed X-Org-Id', async () => {
    const session = await register(t.app);
    const res = await current({
      authorization: `Bearer ${session.access_token}`,
      'x-org-id': 'not-a-uuid',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'MALFORMED_ORGANIZATION_HEADER' });
  });

  it('answers 403 for an organisation the token does not list', async () => {
    const session = await register(t.app);
    const other = await register(t.app);
    expect((await current(asMember(session, other.organizationId))).statusCode).toBe(403);
    expect((await current(asMember(session, randomUUID()))).statusCode).toBe(403);
  });

  it('refuses a removed member on their next request, although their token still lists the organisation', async () => {
    const admin = await register(t.app);
    const agent = await addMember(t.app, admin, 'agent');
    expect((await current(asMember(agent, admin.organizationId))).statusCode).toBe(200);

    const removal = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/members/${agent.user.id}`,
      headers: asMember(admin, admin.organizationId),
    });
    expect(removal.statusCode).toBe(204);

    const after = await current(asMember(agent, admin.organizationId));
    expect(after.statusCode).toBe(403);
    expect(after.json()).toMatchObject({ code: 'NOT_A_MEMBER' });
  });

  it('applies a role change at once', async () => {
    const admin = await register(t.app);
    const manager = await addMember(t.app, admin, 'manager');
    const rename = () =>
      t.app.inject({
        method: 'PATCH',
        url: '/api/v1/organizations/current',
        headers: asMember(manager, admin.organizationId),
        payload: { name: 'Renomeada' },
      });
    expect((await rename()).statusCode).toBe(403);
    await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/members/${manager.user.id}`,
      headers: asMember(admin, admin.organizationId),
      payload: { role: 'admin' },
    });
    expect((await rename()).statusCode).toBe(200);
  });
});
