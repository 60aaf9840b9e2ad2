import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * AI summaries (the seed's `ai_summaries`, with the provider, the model, the communications
 * covered, token usage and a status, since a summary is written by a job after the request).
 * `conversation_id` holds the lead's id: a lead has one conversation, its whole timeline. A
 * tenant table like the others: keyed by organization_id, its lead reached through the
 * composite key, and Row-Level Security enabled and forced.
 */
export class AiSummaries1796600000000 implements MigrationInterface {
  name = 'AiSummaries1796600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"ai_summaries\" (\"organization_id\" uuid NOT NULL, \"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"lead_id\" uuid NOT NULL, \"conversation_id\" uuid NOT NULL, \"status\" character varying(20) NOT NULL DEFAULT 'pending', \"summary\" text, \"sentiment\" character varying(20), \"next_actions\" text array NOT NULL DEFAULT '{}', \"confidence_score\" numeric(3,2), \"provider\" character varying(20) NOT NULL, \"model\" character varying(200) NOT NULL, \"first_communication_id\" uuid, \"last_communication_id\" uuid, \"covered_from\" TIMESTAMP(3) WITH TIME ZONE, \"covered_to\" TIMESTAMP(3) WITH TIME ZONE, \"communications_count\" integer NOT NULL DEFAULT '0', \"prompt_tokens\" integer, \"completion_tokens\" integer, \"attempts\" integer NOT NULL DEFAULT '0', \"error\" text, \"requested_by_user_id\" uuid, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"completed_at\" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT \"ck_ai_summaries_confidence\" CHECK (confidence_score IS NULL OR (confidence_score >= 0 AND confidence_score <= 1)), CONSTRAINT \"ck_ai_summaries_sentiment\" CHECK (sentiment IS NULL OR sentiment IN ('positive', 'neutral', 'negative')), CONSTRAINT \"ck_ai_summaries_provider\" CHECK (provider IN ('openai', 'local')), CONSTRAINT \"ck_ai_summaries_status\" CHECK (status IN ('pending', 'done', 'failed')), CONSTRAINT \"pk_ai_summaries\" PRIMARY KEY (\"organization_id\", \"id\"))");
    await queryRunner.query("CREATE INDEX \"idx_ai_summaries_lead\" ON \"ai_summaries\"  (\"organization_id\", \"lead_id\", \"created_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_ai_summaries_created\" ON \"ai_summaries\"  (\"organization_id\", \"created_at\", \"id\") ");
    await queryRunner.query("ALTER TABLE \"ai_summaries\" ADD CONSTRAINT \"fk_ai_summaries_organization\" FOREIGN KEY (\"organization_id\") REFERENCES \"organizations\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"ai_summaries\" ADD CONSTRAINT \"fk_ai_summaries_lead\" FOREIGN KEY (\"organization_id\", \"lead_id\") REFERENCES \"leads\"(\"organization_id\",\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");

    await queryRunner.query(`ALTER TABLE "ai_summaries" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "ai_summaries" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`CREATE POLICY tenant_isolation ON "ai_summaries" USING (organization_id = app_current_org()) WITH CHECK (organization_id = app_current_org())`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP POLICY IF EXISTS tenant_isolation ON "ai_summaries"`);
    await queryRunner.query("ALTER TABLE \"ai_summaries\" DROP CONSTRAINT \"fk_ai_summaries_lead\"");
    await queryRunner.query("ALTER TABLE \"ai_summaries\" DROP CONSTRAINT \"fk_ai_summaries_organization\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_ai_summaries_created\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_ai_summaries_lead\"");
    await queryRunner.query("DROP TABLE \"ai_summaries\"");
  }
}
