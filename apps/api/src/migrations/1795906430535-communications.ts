import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Communications1795906430535 implements MigrationInterface {
  name = 'Communications1795906430535';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"communications\" (\"organization_id\" uuid NOT NULL, \"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"lead_id\" uuid NOT NULL, \"channel\" character varying(20) NOT NULL, \"direction\" character varying(10) NOT NULL, \"content\" text NOT NULL DEFAULT '', \"subject\" character varying(500), \"metadata\" jsonb NOT NULL DEFAULT '{}', \"attachments\" jsonb NOT NULL DEFAULT '[]', \"external_id\" character varying(255), \"status\" character varying(20) NOT NULL DEFAULT 'sent', \"author_user_id\" uuid, \"sent_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"ck_communications_status\" CHECK (status IN ('pending', 'sent', 'delivered', 'read', 'failed')), CONSTRAINT \"ck_communications_direction\" CHECK (direction IN ('inbound', 'outbound', 'internal')), CONSTRAINT \"ck_communications_channel\" CHECK (channel IN ('whatsapp', 'email', 'voip', 'note')), CONSTRAINT \"pk_communications\" PRIMARY KEY (\"organization_id\", \"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_communications_external\" ON \"communications\"  (\"organization_id\", \"channel\", \"external_id\") WHERE external_id IS NOT NULL");
    await queryRunner.query("ALTER TABLE \"communications\" ADD CONSTRAINT \"fk_communications_lead\" FOREIGN KEY (\"organization_id\", \"lead_id\") REFERENCES \"leads\"(\"organization_id\",\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    // Portuguese stemming ("negociações" finds "negociação"), plus an accent-free variant so
    // "negociacao" typed without accents still matches. Snowball stems accented words only, so
    // the two are combined rather than chained.
    await queryRunner.query(`CREATE TEXT SEARCH CONFIGURATION pt_unaccent (COPY = portuguese)`);
    await queryRunner.query(`ALTER TEXT SEARCH CONFIGURATION pt_unaccent ALTER MAPPING FOR hword, hword_part, word WITH unaccent, portuguese_stem`);
    await queryRunner.query(`CREATE INDEX "idx_communications_search" ON "communications" USING gin ((to_tsvector('portuguese', coalesce(subject, '') || ' ' || content) || to_tsvector('pt_unaccent', coalesce(subject, '') || ' ' || content)))`);
    await queryRunner.query(`CREATE INDEX "idx_communications_timeline" ON "communications" ("organization_id", "lead_id", "sent_at" DESC, "id" DESC)`);
    await queryRunner.query(`ALTER TABLE "communications" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "communications" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`CREATE POLICY tenant_isolation ON "communications" USING (organization_id = app_current_org()) WITH CHECK (organization_id = app_current_org())`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP POLICY IF EXISTS tenant_isolation ON "communications"`);
    await queryRunner.query(`DROP INDEX IF EXISTS "idx_communications_timeline"`);
    await queryRunner.query(`DROP INDEX IF EXISTS "idx_communications_search"`);
    await queryRunner.query(`DROP TEXT SEARCH CONFIGURATION IF EXISTS pt_unaccent`);
    await queryRunner.query("ALTER TABLE \"communications\" DROP CONSTRAINT \"fk_communications_lead\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_communications_external\"");
    await queryRunner.query("DROP TABLE \"communications\"");
  }
}
