import type { MigrationInterface, QueryRunner } from 'typeorm';

const AUTHENTICATE = 'app_api_key_authenticate(text)';

/**
 * Organisation API keys (issue 20). A request presenting a key is matched before any
 * organisation is known, so the match is a SECURITY DEFINER function answering one secret
 * hash; it also marks the key used (at most once a minute). The application role may not read
 * `secret_hash` (withheld by the database bootstrap). Changes made with a key name it.
 */
export class ApiKeys1797500000000 implements MigrationInterface {
  name = 'ApiKeys1797500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"api_keys\" (\"organization_id\" uuid NOT NULL, \"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"name\" character varying(100) NOT NULL, \"prefix\" character varying(16) NOT NULL, \"secret_hash\" character(64) NOT NULL, \"scopes\" text array NOT NULL, \"created_by_user_id\" uuid, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"expires_at\" TIMESTAMP(3) WITH TIME ZONE, \"last_used_at\" TIMESTAMP(3) WITH TIME ZONE, \"revoked_at\" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT \"pk_api_keys\" PRIMARY KEY (\"organization_id\", \"id\"))");
    await queryRunner.query("CREATE INDEX \"idx_api_keys_secret_hash\" ON \"api_keys\"  (\"secret_hash\") ");
    await queryRunner.query("CREATE INDEX \"idx_api_keys_list\" ON \"api_keys\"  (\"organization_id\", \"created_at\") WHERE revoked_at IS NULL");
    await queryRunner.query("ALTER TABLE \"api_keys\" ADD CONSTRAINT \"fk_api_keys_organization\" FOREIGN KEY (\"organization_id\") REFERENCES \"organizations\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"lead_events\" ADD \"actor_api_key_id\" uuid");
    await queryRunner.query("ALTER TABLE \"leads\" ADD \"created_by_api_key_id\" uuid");
    await queryRunner.query("ALTER TABLE \"communications\" ADD \"author_api_key_id\" uuid");
    await queryRunner.query(`ALTER TABLE "api_keys" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "api_keys" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`CREATE POLICY tenant_isolation ON "api_keys" USING (organization_id = app_current_org()) WITH CHECK (organization_id = app_current_org())`);
    // The definer function runs as the owner, which FORCE subjects to policies: it may read
    // every key and touch `last_used_at`, nothing else.
    await queryRunner.query(`DO $$ BEGIN EXECUTE format('CREATE POLICY definer_lookup ON "api_keys" FOR SELECT TO %I USING (true)', current_user); END $$`);
    await queryRunner.query(`DO $$ BEGIN EXECUTE format('CREATE POLICY definer_touch ON "api_keys" FOR UPDATE TO %I USING (true) WITH CHECK (true)', current_user); END $$`);
    await queryRunner.query(`
      CREATE FUNCTION ${AUTHENTICATE.replace('(text)', '(p_secret_hash text)')}
      RETURNS TABLE (id uuid, organization_id uuid, name character varying, scopes text[], expires_at timestamptz, revoked_at timestamptz)
      LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
      AS $$
        UPDATE public.api_keys k SET last_used_at = now()
         WHERE k.secret_hash = p_secret_hash AND k.revoked_at IS NULL
           AND (k.last_used_at IS NULL OR k.last_used_at < now() - interval '1 minute');
        SELECT k.id, k.organization_id, k.name, k.scopes, k.expires_at, k.revoked_at
          FROM public.api_keys k WHERE k.secret_hash = p_secret_hash
      $$`);
    await queryRunner.query(`REVOKE EXECUTE ON FUNCTION ${AUTHENTICATE} FROM PUBLIC`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION ${AUTHENTICATE}`);
    await queryRunner.query("ALTER TABLE \"communications\" DROP COLUMN \"author_api_key_id\"");
    await queryRunner.query("ALTER TABLE \"leads\" DROP COLUMN \"created_by_api_key_id\"");
    await queryRunner.query("ALTER TABLE \"lead_events\" DROP COLUMN \"actor_api_key_id\"");
    await queryRunner.query("DROP TABLE \"api_keys\"");
  }
}
