import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { adminQuery } from '../../utils/admin-query';
import { addMember, asMember, login, register } from '../../utils/identity.helpers';
import { createTestApp, type TestApp } from '../../utils/test-app';

/**
 * The identity tables hold every account's password hash and session tokens: the application
 * role sees only its own user's rows and its organisation's members, and reads a password
 * hash only through the login lookup.
 */
describe('row-level security on users and refresh tokens', () => {
  let t: TestApp;
  let client: Client;
  beforeAll(async () => {
    t = await createTestApp();
    client = new Client({ connectionString: inject('appDatabaseUrl') });
    await client.connect();
  });
  afterAll(async () => {
    await client.end();
    await t.close();
  });

  /** Runs `work` in a transaction of the application role with the given RLS settings. */
  async function as<T>(
    settings: { userId?: string; orgId?: string },
    work: () => Promise<T>,
  ): Promise<T> {
    await client.query('BEGIN');
    try {
      await client.query(
        "SELECT set_config('app.user_id', $1, true), set_config('app.org_id', $2, true)",
        [settings.userId ?? '', settings.orgId ?? ''],
      );
      return await work();
    } finally {
      await client.query('ROLLBACK');
    }
  }

  const userIds = async (): Promise<string[]> =>
    (await client.query<{ id: string }>('SELECT id FROM users ORDER BY id')).rows.map((r) => r.id);
  const tokenOwners = async (): Promise<string[]> =>
    (
      await client.query<{ user_id: string }>('SELECT DISTINCT user_id FROM refresh_tokens')
    ).rows.map((r) => r.user_id);

  it('shows no user and no refresh token without a user or organisation set', async () => {
    await register(t.app);
    const [{ users }] = (await adminQuery<{ users: number }>(
      'SELECT count(*)::int AS users FROM users',
    )) as [{ users: number }];
    expect(users).toBeGreaterThan(0);

    expect(await userIds()).toEqual([]);
    expect(await tokenOwners()).toEqual([]);
    expect(await as({}, userIds)).toEqual([]);
    expect(await as({}, tokenOwners)).toEqual([]);
  });

  it('shows a user only their own row and their own refresh tokens', async () => {
    const a = await register(t.app);
    await register(t.app);
    expect(await as({ userId: a.user.id }, userIds)).toEqual([a.user.id]);
    expect(await as({ userId: a.user.id }, tokenOwners)).toEqual([a.user.id]);
  });

  it("shows the members of the organisation set, and nobody else's", async () => {
    const admin = await register(t.app);
    const agent = await addMember(t.app, admin, 'agent');
    const outsider = await register(t.app);
    const seen = await as(
      { orgId: admin.organizationId },
      async () =>
        (await client.query<{ id: string; email: string }>('SELECT id, email FROM users')).rows,
    );
    expect(seen.map((u) => u.id).sort()).toEqual([admin.user.id, agent.user.id].sort());
    expect(seen.map((u) => u.id)).not.toContain(outsider.user.id);
    // Teammates are readable, not writable.
    const renamed = await as({ orgId: admin.organizationId, userId: admin.user.id }, () =>
      client.query("UPDATE users SET name = 'Renamed' WHERE id = $1", [agent.user.id]),
    );
    expect(renamed.rowCount).toBe(0);
  });

  it('refuses the password hash column to the application role, even for its own row', async () => {
    const a = await register(t.app);
    await expect(
      as({ userId: a.user.id }, () => client.query('SELECT password_hash FROM users')),
    ).rejects.toThrow(/permission denied/);
    await expect(as({}, () => client.query('SELECT * FROM users'))).rejects.toThrow(
      /permission denied/,
    );
  });

  it('hands out one password hash per e-mail through the login lookup only', async () => {
    const a = await register(t.app);
    const { rows } = await client.query<{ id: string; password_hash: string }>(
      'SELECT id, password_hash FROM app_login_lookup($1)',
      [a.user.email.toUpperCase()],
    );
    expect(rows).toEqual([
      { id: a.user.id, password_hash: expect.stringMatching(/^\$argon2id\$/) },
    ]);
    const functions = await adminQuery<{ name: string; definer: boolean; config: string[] }>(
      `SELECT proname AS name, prosecdef AS definer, proconfig AS config FROM pg_proc
        WHERE proname IN ('app_login_lookup', 'app_email_registered', 'app_refresh_token_lookup')`,
    );
    expect(functions).toHaveLength(3);
    for (const fn of functions) {
      expect(fn.definer).toBe(true);
      expect(fn.config).toEqual([expect.stringMatching(/^search_path=/)]);
    }
    const [publicExecute] = await adminQuery<{ allowed: boolean }>(
      "SELECT has_function_privilege('public', 'app_login_lookup(citext)', 'EXECUTE') AS allowed",
    );
    expect(publicExecute?.allowed).toBe(false);
  });

  it('refuses a refresh token written for another user', async () => {
    const a = await register(t.app);
    const b = await register(t.app);
    await expect(
      as({ userId: a.user.id }, () =>
        client.query(
          `INSERT INTO refresh_tokens (user_id, family_id, token_hash, expires_at)
           VALUES ($1, gen_random_uuid(), md5(random()::text), now() + interval '1 day')`,
          [b.user.id],
        ),
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it('keeps sign-up, login, refresh, reuse revocation, invitations and member lists working', async () => {
    const admin = await register(t.app);
    const agent = await addMember(t.app, admin, 'agent');
    const signedIn = await login(t.app, agent.user.email, agent.password);
    expect(signedIn.memberships.map((m) => m.organization_id)).toEqual([admin.organizationId]);

    const members = await t.app.inject({
      method: 'GET',
      url: '/api/v1/members',
      headers: asMember(signedIn, admin.organizationId),
    });
    expect(members.statusCode).toBe(200);
    const listed = members.json<{ items: Array<{ user_id: string; email: string }> }>().items;
    expect(listed.map((m) => m.email).sort()).toEqual([admin.user.email, agent.user.email].sort());

    const me = await t.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { authorization: `Bearer ${signedIn.access_token}` },
    });
    expect(me.json()).toMatchObject({ user: { id: agent.user.id, email: agent.user.email } });

    const refresh = (token: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/refresh',
        payload: { refresh_token: token },
      });
    const rotated = await refresh(signedIn.refresh_token);
    expect(rotated.statusCode).toBe(200);
    expect(rotated.json()).toMatchObject({ user: { id: agent.user.id } });
    expect((await refresh(signedIn.refresh_token)).statusCode).toBe(401);
    expect(
      (await refresh(rotated.json<{ refresh_token: string }>().refresh_token)).statusCode,
    ).toBe(401);
  });
});
