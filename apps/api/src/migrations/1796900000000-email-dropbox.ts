import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each organisation's e-mail drop-box token, and the one cross-tenant read the SMTP receiver
 * needs: the organisation of a token (SECURITY DEFINER, like the webhook lookups).
 */
export class EmailDropbox1796900000000 implements MigrationInterface {
  name = 'EmailDropbox1796900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"email_dropboxes\" (\"organization_id\" uuid NOT NULL, \"token\" character varying(32) NOT NULL, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"pk_email_dropboxes\" PRIMARY KEY (\"organization_id\"))");
    await queryRunner.query("CREATE INDEX \"idx_email_dropboxes_token\" ON \"email_dropboxes\"  (\"token\") ");
    await queryRunner.query("ALTER TABLE \"email_dropboxes\" ADD CONSTRAINT \"fk_email_dropboxes_organization\" FOREIGN KEY (\"organization_id\") REFERENCES \"organizations\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query(`ALTER TABLE "email_dropboxes" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "email_dropboxes" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`CREATE POLICY tenant_isolation ON "email_dropboxes" USING (organization_id = app_current_org()) WITH CHECK (organization_id = app_current_org())`);
    await queryRunner.query(`DO $$ BEGIN EXECUTE format('CREATE POLICY definer_lookup ON "email_dropboxes" FOR SELECT TO %I USING (true)', current_user); END $$`);
    await queryRunner.query(`
      CREATE FUNCTION app_org_for_email_dropbox(p_token text) RETURNS uuid
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
      AS $$ SELECT d.organization_id FROM public.email_dropboxes d WHERE d.token = p_token LIMIT 1 $$`);
    await queryRunner.query(`REVOKE EXECUTE ON FUNCTION app_org_for_email_dropbox(text) FROM PUBLIC`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION IF EXISTS app_org_for_email_dropbox(text)`);
    await queryRunner.query(`DROP POLICY IF EXISTS definer_lookup ON "email_dropboxes"`);
    await queryRunner.query(`DROP POLICY IF EXISTS tenant_isolation ON "email_dropboxes"`);
    await queryRunner.query("ALTER TABLE \"email_dropboxes\" DROP CONSTRAINT \"fk_email_dropboxes_organization\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_email_dropboxes_token\"");
    await queryRunner.query("DROP TABLE \"email_dropboxes\"");
  }
}
