import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * File storage (the seed's migration 006, with sha256, storage_driver and key_id): the files
 * and the outbox of objects to delete. A trigger fills the outbox whenever a file row goes —
 * by the files API, or by the cascade from a deleted lead or communication — so storage is
 * cleaned without the other modules knowing about files.
 */
export class Files1796100000000 implements MigrationInterface {
  name = 'Files1796100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "file_attachments" ("organization_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "communication_id" uuid, "lead_id" uuid, "filename" character varying(500) NOT NULL, "original_filename" character varying(500), "file_size" bigint NOT NULL, "content_type" character varying(100) NOT NULL, "storage_path" text NOT NULL, "storage_driver" character varying(20) NOT NULL, "is_encrypted" boolean NOT NULL DEFAULT true, "key_id" character varying(32) NOT NULL, "encryption_iv" bytea NOT NULL, "sha256" character(64) NOT NULL, "metadata" jsonb NOT NULL DEFAULT '{}', "uploaded_by_user_id" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_file_attachments_driver" CHECK (storage_driver IN ('local', 's3')), CONSTRAINT "pk_file_attachments" PRIMARY KEY ("organization_id", "id"))`);
    await queryRunner.query(`CREATE INDEX "idx_file_attachments_communication" ON "file_attachments" ("organization_id", "communication_id") `);
    await queryRunner.query(`CREATE INDEX "idx_file_attachments_lead" ON "file_attachments" ("organization_id", "lead_id") `);
    await queryRunner.query(`ALTER TABLE "file_attachments" ADD CONSTRAINT "fk_file_attachments_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "file_attachments" ADD CONSTRAINT "fk_file_attachments_communication" FOREIGN KEY ("organization_id", "communication_id") REFERENCES "communications"("organization_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "file_attachments" ADD CONSTRAINT "fk_file_attachments_lead" FOREIGN KEY ("organization_id", "lead_id") REFERENCES "leads"("organization_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`CREATE TABLE "file_deletions" ("organization_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "storage_driver" character varying(20) NOT NULL, "storage_path" text NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_file_deletions" PRIMARY KEY ("organization_id", "id"))`);

    for (const table of ['file_attachments', 'file_deletions']) {
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`CREATE POLICY tenant_isolation ON "${table}" USING (organization_id = app_current_org()) WITH CHECK (organization_id = app_current_org())`);
    }

    // Runs as the deleting role, inside its transaction: the outbox row commits or rolls back
    // with the file row, and RLS checks it belongs to the same organisation.
    await queryRunner.query(`
      CREATE FUNCTION app_queue_file_deletion() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO file_deletions (organization_id, storage_driver, storage_path)
        VALUES (OLD.organization_id, OLD.storage_driver, OLD.storage_path);
        RETURN OLD;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER trg_file_attachments_deleted AFTER DELETE ON "file_attachments" FOR EACH ROW EXECUTE FUNCTION app_queue_file_deletion()`);

    // The sweeper's one cross-tenant read: which organisations have objects waiting to be
    // deleted (ids only). It then purges each inside that organisation's context. FORCE makes
    // the owner obey policies, so the definer may read (only read) the outbox.
    await queryRunner.query(`DO $$ BEGIN EXECUTE format('CREATE POLICY definer_lookup ON "file_deletions" FOR SELECT TO %I USING (true)', current_user); END $$`);
    await queryRunner.query(`
      CREATE FUNCTION app_file_deletion_organizations() RETURNS SETOF uuid
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
      AS $$ SELECT DISTINCT d.organization_id FROM public.file_deletions d $$`);
    await queryRunner.query(`REVOKE EXECUTE ON FUNCTION app_file_deletion_organizations() FROM PUBLIC`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION IF EXISTS app_file_deletion_organizations()`);
    await queryRunner.query(`DROP TRIGGER IF EXISTS trg_file_attachments_deleted ON "file_attachments"`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS app_queue_file_deletion()`);
    await queryRunner.query(`DROP TABLE "file_deletions"`);
    await queryRunner.query(`ALTER TABLE "file_attachments" DROP CONSTRAINT "fk_file_attachments_lead"`);
    await queryRunner.query(`ALTER TABLE "file_attachments" DROP CONSTRAINT "fk_file_attachments_communication"`);
    await queryRunner.query(`ALTER TABLE "file_attachments" DROP CONSTRAINT "fk_file_attachments_organization"`);
    await queryRunner.query(`DROP INDEX "public"."idx_file_attachments_lead"`);
    await queryRunner.query(`DROP INDEX "public"."idx_file_attachments_communication"`);
    await queryRunner.query(`DROP TABLE "file_attachments"`);
  }
}
