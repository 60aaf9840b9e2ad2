import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Leads1795906001963 implements MigrationInterface {
  name = 'Leads1795906001963';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"leads\" (\"organization_id\" uuid NOT NULL, \"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"name\" character varying(200) NOT NULL, \"email\" citext, \"phone\" character varying(20), \"phone_match_key\" character varying(20), \"stage\" character varying(20) NOT NULL DEFAULT 'lead', \"position\" character varying(64) COLLATE \"C\" NOT NULL, \"source\" character varying(100), \"estimated_value_cents\" bigint, \"tags\" text array NOT NULL DEFAULT '{}', \"assigned_user_id\" uuid, \"priority\" character varying(10) NOT NULL DEFAULT 'medium', \"outcome\" character varying(10), \"lost_reason\" text, \"last_contact_at\" TIMESTAMP WITH TIME ZONE, \"last_contact_channel\" character varying(20), \"communications_count\" integer NOT NULL DEFAULT '0', \"has_ai_summary\" boolean NOT NULL DEFAULT false, \"created_by_user_id\" uuid, \"version\" integer NOT NULL DEFAULT '1', \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"ck_leads_value\" CHECK (estimated_value_cents IS NULL OR estimated_value_cents >= 0), CONSTRAINT \"ck_leads_outcome\" CHECK (outcome IS NULL OR (stage = 'fechado' AND outcome IN ('won', 'lost'))), CONSTRAINT \"ck_leads_priority\" CHECK (priority IN ('low', 'medium', 'high')), CONSTRAINT \"ck_leads_stage\" CHECK (stage IN ('lead', 'contato', 'proposta', 'negociacao', 'fechado')), CONSTRAINT \"pk_leads\" PRIMARY KEY (\"organization_id\", \"id\"))");
    await queryRunner.query("CREATE INDEX \"idx_leads_phone_key\" ON \"leads\"  (\"organization_id\", \"phone_match_key\") ");
    await queryRunner.query("CREATE INDEX \"idx_leads_email\" ON \"leads\"  (\"organization_id\", \"email\") ");
    await queryRunner.query("CREATE INDEX \"idx_leads_created\" ON \"leads\"  (\"organization_id\", \"created_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_leads_assigned\" ON \"leads\"  (\"organization_id\", \"assigned_user_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_leads_position\" ON \"leads\"  (\"organization_id\", \"stage\", \"position\") ");
    await queryRunner.query("CREATE TABLE \"lead_events\" (\"organization_id\" uuid NOT NULL, \"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"lead_id\" uuid NOT NULL, \"type\" character varying(20) NOT NULL, \"actor_user_id\" uuid, \"from_value\" text, \"to_value\" text, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"ck_lead_events_type\" CHECK (type IN ('created', 'stage_changed', 'assigned', 'outcome_set')), CONSTRAINT \"pk_lead_events\" PRIMARY KEY (\"organization_id\", \"id\"))");
    await queryRunner.query("CREATE INDEX \"idx_lead_events_lead\" ON \"lead_events\"  (\"organization_id\", \"lead_id\", \"created_at\") ");
    await queryRunner.query("ALTER TABLE \"leads\" ADD CONSTRAINT \"fk_leads_organization\" FOREIGN KEY (\"organization_id\") REFERENCES \"organizations\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"lead_events\" ADD CONSTRAINT \"fk_lead_events_lead\" FOREIGN KEY (\"organization_id\", \"lead_id\") REFERENCES \"leads\"(\"organization_id\",\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    // Accent-insensitive search: unaccent() is not IMMUTABLE, so indexes use this wrapper.
    await queryRunner.query(`CREATE FUNCTION immutable_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$ SELECT public.unaccent('public.unaccent', $1) $$`);
    await queryRunner.query(`CREATE INDEX "idx_leads_search" ON "leads" USING gin (immutable_unaccent(lower(name || ' ' || coalesce(email::text, '') || ' ' || coalesce(phone, ''))) gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX "idx_leads_tags" ON "leads" USING gin ("tags")`);
    for (const table of ['leads', 'lead_events']) {
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`CREATE POLICY tenant_isolation ON "${table}" USING (organization_id = app_current_org()) WITH CHECK (organization_id = app_current_org())`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['leads', 'lead_events']) {
      await queryRunner.query(`DROP POLICY IF EXISTS tenant_isolation ON "${table}"`);
    }
    await queryRunner.query(`DROP INDEX IF EXISTS "idx_leads_tags"`);
    await queryRunner.query(`DROP INDEX IF EXISTS "idx_leads_search"`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS immutable_unaccent(text)`);
    await queryRunner.query("ALTER TABLE \"lead_events\" DROP CONSTRAINT \"fk_lead_events_lead\"");
    await queryRunner.query("ALTER TABLE \"leads\" DROP CONSTRAINT \"fk_leads_organization\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_lead_events_lead\"");
    await queryRunner.query("DROP TABLE \"lead_events\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_leads_position\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_leads_assigned\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_leads_created\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_leads_email\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_leads_phone_key\"");
    await queryRunner.query("DROP TABLE \"leads\"");
  }
}
