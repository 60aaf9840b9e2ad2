import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The lookups that must work before anyone is known: by e-mail (login) and by token hash (refresh). */
const DEFINER_FUNCTIONS = [
  'app_login_lookup(citext)',
  'app_email_registered(citext)',
  'app_refresh_token_lookup(text)',
];

/**
 * Row-Level Security on the identity tables. The application role sees its own user row and
 * refresh tokens (`app.user_id`) and the users who belong to the organisation of the
 * transaction (`app.org_id`), never the whole table. Login and refresh, which start without a
 * user, go through SECURITY DEFINER functions that answer one e-mail or one token hash. The
 * password hash column is withheld from the application role by `ensureAppRole` (which knows
 * the role's name), so only `app_login_lookup` hands it out.
 */
export class IdentityRowLevelSecurity1796000000000 implements MigrationInterface {
  name = 'IdentityRowLevelSecurity1796000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['users', 'refresh_tokens']) {
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
    }
    await queryRunner.query(
      `CREATE POLICY own_user ON "users" USING (id = app_current_user()) WITH CHECK (id = app_current_user())`,
    );
    // Teammates' names and e-mails (member lists, lead assignees, timeline actors). The
    // subquery runs under the memberships policies, so it only sees the current organisation.
    await queryRunner.query(
      `CREATE POLICY organization_members ON "users" FOR SELECT USING (EXISTS (SELECT 1 FROM "memberships" m WHERE m.user_id = "users".id AND m.organization_id = app_current_org()))`,
    );
    await queryRunner.query(
      `CREATE POLICY own_refresh_tokens ON "refresh_tokens" USING (user_id = app_current_user()) WITH CHECK (user_id = app_current_user())`,
    );
    // FORCE makes the owner obey policies too; the definer functions run as the owner, so the
    // owner may read (only read) both tables. A superuser owner bypasses RLS anyway.
    for (const table of ['users', 'refresh_tokens']) {
      await queryRunner.query(
        `DO $$ BEGIN EXECUTE format('CREATE POLICY definer_lookup ON "${table}" FOR SELECT TO %I USING (true)', current_user); END $$`,
      );
    }

    await queryRunner.query(`
      CREATE FUNCTION app_login_lookup(p_email citext)
      RETURNS TABLE (id uuid, email citext, name character varying, password_hash text, avatar_url text, created_at timestamptz, updated_at timestamptz)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
      AS $$ SELECT u.id, u.email, u.name, u.password_hash, u.avatar_url, u.created_at, u.updated_at FROM public.users u WHERE u.email = p_email $$`);
    await queryRunner.query(`
      CREATE FUNCTION app_email_registered(p_email citext) RETURNS boolean
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
      AS $$ SELECT EXISTS (SELECT 1 FROM public.users u WHERE u.email = p_email) $$`);
    await queryRunner.query(`
      CREATE FUNCTION app_refresh_token_lookup(p_token_hash text)
      RETURNS TABLE (id uuid, user_id uuid, family_id uuid, expires_at timestamptz)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
      AS $$ SELECT t.id, t.user_id, t.family_id, t.expires_at FROM public.refresh_tokens t WHERE t.token_hash = p_token_hash $$`);
    // Functions are executable by PUBLIC by default; only the application role gets them.
    for (const fn of DEFINER_FUNCTIONS)
      await queryRunner.query(`REVOKE EXECUTE ON FUNCTION ${fn} FROM PUBLIC`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Roles that were given a column list on users (the application role) get the table back.
    await queryRunner.query(`
      DO $$
      DECLARE grantee text;
      BEGIN
        FOR grantee IN
          SELECT DISTINCT c.grantee FROM information_schema.column_privileges c
           WHERE c.table_schema = 'public' AND c.table_name = 'users' AND c.privilege_type = 'SELECT'
             AND c.grantee NOT IN (current_user, 'PUBLIC')
        LOOP
          EXECUTE format('GRANT SELECT ON "users" TO %I', grantee);
        END LOOP;
      END $$`);
    for (const fn of DEFINER_FUNCTIONS) await queryRunner.query(`DROP FUNCTION ${fn}`);
    for (const table of ['users', 'refresh_tokens']) {
      await queryRunner.query(`DROP POLICY definer_lookup ON "${table}"`);
    }
    await queryRunner.query(`DROP POLICY own_refresh_tokens ON "refresh_tokens"`);
    await queryRunner.query(`DROP POLICY organization_members ON "users"`);
    await queryRunner.query(`DROP POLICY own_user ON "users"`);
    for (const table of ['users', 'refresh_tokens']) {
      await queryRunner.query(`ALTER TABLE "${table}" NO FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" DISABLE ROW LEVEL SECURITY`);
    }
  }
}
