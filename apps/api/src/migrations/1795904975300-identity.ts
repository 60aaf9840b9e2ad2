import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Identity1795904975300 implements MigrationInterface {
  name = 'Identity1795904975300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"users\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"email\" citext NOT NULL, \"name\" character varying(120) NOT NULL, \"password_hash\" text NOT NULL, \"avatar_url\" text, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"pk_users\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_users_email\" ON \"users\"  (\"email\") ");
    await queryRunner.query("CREATE TABLE \"refresh_tokens\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"user_id\" uuid NOT NULL, \"family_id\" uuid NOT NULL, \"token_hash\" character varying(64) NOT NULL, \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"revoked_at\" TIMESTAMP WITH TIME ZONE, \"replaced_by_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"pk_refresh_tokens\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_refresh_tokens_hash\" ON \"refresh_tokens\"  (\"token_hash\") ");
    await queryRunner.query("CREATE INDEX \"idx_refresh_tokens_user\" ON \"refresh_tokens\"  (\"user_id\") ");
    await queryRunner.query("CREATE INDEX \"idx_refresh_tokens_family\" ON \"refresh_tokens\"  (\"family_id\") ");
    await queryRunner.query("CREATE TABLE \"organizations\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"name\" character varying(120) NOT NULL, \"plan\" character varying(20) NOT NULL DEFAULT 'free', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"ck_organizations_plan\" CHECK (plan IN ('free', 'pro', 'enterprise')), CONSTRAINT \"pk_organizations\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"invitations\" (\"organization_id\" uuid NOT NULL, \"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"email\" citext NOT NULL, \"role\" character varying(20) NOT NULL, \"token_hash\" character varying(64) NOT NULL, \"invited_by_user_id\" uuid NOT NULL, \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"accepted_at\" TIMESTAMP WITH TIME ZONE, \"accepted_by_user_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"ck_invitations_role\" CHECK (role IN ('admin', 'manager', 'agent')), CONSTRAINT \"pk_invitations\" PRIMARY KEY (\"organization_id\", \"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_invitations_token\" ON \"invitations\"  (\"organization_id\", \"token_hash\") ");
    await queryRunner.query("CREATE TABLE \"memberships\" (\"organization_id\" uuid NOT NULL, \"user_id\" uuid NOT NULL, \"role\" character varying(20) NOT NULL, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"ck_memberships_role\" CHECK (role IN ('admin', 'manager', 'agent')), CONSTRAINT \"pk_memberships\" PRIMARY KEY (\"organization_id\", \"user_id\"))");
    await queryRunner.query("CREATE INDEX \"idx_memberships_user\" ON \"memberships\"  (\"user_id\") ");
    await queryRunner.query("ALTER TABLE \"refresh_tokens\" ADD CONSTRAINT \"fk_refresh_tokens_user\" FOREIGN KEY (\"user_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"invitations\" ADD CONSTRAINT \"fk_invitations_organization\" FOREIGN KEY (\"organization_id\") REFERENCES \"organizations\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"memberships\" ADD CONSTRAINT \"fk_memberships_organization\" FOREIGN KEY (\"organization_id\") REFERENCES \"organizations\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"memberships\" ADD CONSTRAINT \"fk_memberships_user\" FOREIGN KEY (\"user_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    // Row-Level Security: the application role sees only the organisation of its transaction
    // (app.org_id), plus a user's own memberships and organisations (app.user_id) for login.
    await queryRunner.query(`CREATE FUNCTION app_current_org() RETURNS uuid LANGUAGE sql STABLE AS $$ SELECT NULLIF(current_setting('app.org_id', true), '')::uuid $$`);
    await queryRunner.query(`CREATE FUNCTION app_current_user() RETURNS uuid LANGUAGE sql STABLE AS $$ SELECT NULLIF(current_setting('app.user_id', true), '')::uuid $$`);
    for (const table of ['memberships', 'invitations', 'organizations']) {
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
    }
    await queryRunner.query(`CREATE POLICY tenant_isolation ON "memberships" USING (organization_id = app_current_org()) WITH CHECK (organization_id = app_current_org())`);
    await queryRunner.query(`CREATE POLICY own_memberships ON "memberships" FOR SELECT USING (user_id = app_current_user())`);
    await queryRunner.query(`CREATE POLICY tenant_isolation ON "invitations" USING (organization_id = app_current_org()) WITH CHECK (organization_id = app_current_org())`);
    await queryRunner.query(`CREATE POLICY tenant_isolation ON "organizations" USING (id = app_current_org()) WITH CHECK (id = app_current_org())`);
    await queryRunner.query(`CREATE POLICY member_organizations ON "organizations" FOR SELECT USING (id IN (SELECT organization_id FROM "memberships" WHERE user_id = app_current_user()))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['memberships', 'invitations', 'organizations']) {
      await queryRunner.query(`DROP POLICY IF EXISTS tenant_isolation ON "${table}"`);
      await queryRunner.query(`ALTER TABLE "${table}" DISABLE ROW LEVEL SECURITY`);
    }
    await queryRunner.query(`DROP POLICY IF EXISTS own_memberships ON "memberships"`);
    await queryRunner.query(`DROP POLICY IF EXISTS member_organizations ON "organizations"`);
    await queryRunner.query(`DROP FUNCTION app_current_user()`);
    await queryRunner.query(`DROP FUNCTION app_current_org()`);
    await queryRunner.query("ALTER TABLE \"memberships\" DROP CONSTRAINT \"fk_memberships_user\"");
    await queryRunner.query("ALTER TABLE \"memberships\" DROP CONSTRAINT \"fk_memberships_organization\"");
    await queryRunner.query("ALTER TABLE \"invitations\" DROP CONSTRAINT \"fk_invitations_organization\"");
    await queryRunner.query("ALTER TABLE \"refresh_tokens\" DROP CONSTRAINT \"fk_refresh_tokens_user\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_memberships_user\"");
    await queryRunner.query("DROP TABLE \"memberships\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_invitations_token\"");
    await queryRunner.query("DROP TABLE \"invitations\"");
    await queryRunner.query("DROP TABLE \"organizations\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_refresh_tokens_family\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_refresh_tokens_user\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_refresh_tokens_hash\"");
    await queryRunner.query("DROP TABLE \"refresh_tokens\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_users_email\"");
    await queryRunner.query("DROP TABLE \"users\"");
  }
}
