import type { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT_TABLES = ['activities', 'notifications', 'notification_settings', 'stage_health_settings'];
const BACKFILL_TABLES = ['leads', 'lead_events', 'communications'];

/**
 * Issue 17: activities, notifications and their settings, per-stage deal-health thresholds,
 * the organisation's time zone, and the lead columns the card's signals and the analytics read
 * (next activity, awaiting reply since, last inbound WhatsApp, closed at), backfilled.
 */
export class WorkingThePipeline1797000000000 implements MigrationInterface {
  name = 'WorkingThePipeline1797000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"activities\" (\"organization_id\" uuid NOT NULL, \"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"lead_id\" uuid NOT NULL, \"type\" character varying(20) NOT NULL, \"subject\" character varying(200) NOT NULL, \"due_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL, \"duration_minutes\" integer, \"assigned_user_id\" uuid, \"done_at\" TIMESTAMP(3) WITH TIME ZONE, \"done_by_user_id\" uuid, \"notes\" text, \"reminded_at\" TIMESTAMP(3) WITH TIME ZONE, \"created_by_user_id\" uuid, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"ck_activities_duration\" CHECK (duration_minutes IS NULL OR (duration_minutes > 0 AND duration_minutes <= 1440)), CONSTRAINT \"ck_activities_type\" CHECK (type IN ('call', 'meeting', 'whatsapp', 'email', 'task')), CONSTRAINT \"pk_activities\" PRIMARY KEY (\"organization_id\", \"id\"))");
    await queryRunner.query("CREATE INDEX \"idx_activities_done\" ON \"activities\"  (\"organization_id\", \"done_at\") WHERE done_at IS NOT NULL");
    await queryRunner.query("CREATE INDEX \"idx_activities_reminder\" ON \"activities\"  (\"due_at\") WHERE done_at IS NULL AND reminded_at IS NULL");
    await queryRunner.query("CREATE INDEX \"idx_activities_lead_due\" ON \"activities\"  (\"organization_id\", \"lead_id\", \"due_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_activities_due\" ON \"activities\"  (\"organization_id\", \"due_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_activities_assignee_due\" ON \"activities\"  (\"organization_id\", \"assigned_user_id\", \"due_at\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"stage_health_settings\" (\"organization_id\" uuid NOT NULL, \"stage\" character varying(20) NOT NULL, \"rotting_days\" integer, \"unanswered_hours\" integer, \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"ck_stage_health_settings_unanswered\" CHECK (unanswered_hours IS NULL OR unanswered_hours BETWEEN 1 AND 720), CONSTRAINT \"ck_stage_health_settings_rotting\" CHECK (rotting_days IS NULL OR rotting_days BETWEEN 1 AND 365), CONSTRAINT \"ck_stage_health_settings_stage\" CHECK (stage IN ('lead', 'contato', 'proposta', 'negociacao', 'fechado')), CONSTRAINT \"pk_stage_health_settings\" PRIMARY KEY (\"organization_id\", \"stage\"))");
    await queryRunner.query("CREATE TABLE \"notification_settings\" (\"organization_id\" uuid NOT NULL, \"user_id\" uuid NOT NULL, \"muted_kinds\" text array NOT NULL DEFAULT '{}', \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"pk_notification_settings\" PRIMARY KEY (\"organization_id\", \"user_id\"))");
    await queryRunner.query("CREATE TABLE \"notifications\" (\"organization_id\" uuid NOT NULL, \"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"user_id\" uuid NOT NULL, \"kind\" character varying(30) NOT NULL, \"source_id\" uuid NOT NULL, \"lead_id\" uuid, \"actor_user_id\" uuid, \"activity_id\" uuid, \"communication_id\" uuid, \"channel\" character varying(20), \"read_at\" TIMESTAMP(3) WITH TIME ZONE, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"ck_notifications_kind\" CHECK (kind IN ('inbound_message', 'activity_due', 'lead_assigned', 'mention')), CONSTRAINT \"pk_notifications\" PRIMARY KEY (\"organization_id\", \"id\"))");
    await queryRunner.query("CREATE INDEX \"idx_notifications_unread\" ON \"notifications\"  (\"organization_id\", \"user_id\") WHERE read_at IS NULL");
    await queryRunner.query("CREATE INDEX \"idx_notifications_user_created\" ON \"notifications\"  (\"organization_id\", \"user_id\", \"created_at\", \"id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_notifications_source\" ON \"notifications\"  (\"organization_id\", \"user_id\", \"kind\", \"source_id\") ");
    await queryRunner.query("ALTER TABLE \"organizations\" ADD \"time_zone\" character varying(64) NOT NULL DEFAULT 'America/Sao_Paulo'");
    await queryRunner.query("ALTER TABLE \"leads\" ADD \"next_activity\" jsonb");
    await queryRunner.query("ALTER TABLE \"leads\" ADD \"awaiting_reply_since\" TIMESTAMP(3) WITH TIME ZONE");
    await queryRunner.query("ALTER TABLE \"leads\" ADD \"last_inbound_whatsapp_at\" TIMESTAMP(3) WITH TIME ZONE");
    await queryRunner.query("ALTER TABLE \"leads\" ADD \"closed_at\" TIMESTAMP(3) WITH TIME ZONE");
    await queryRunner.query("CREATE INDEX \"idx_leads_closed\" ON \"leads\"  (\"organization_id\", \"closed_at\") WHERE closed_at IS NOT NULL");
    await queryRunner.query("ALTER TABLE \"activities\" ADD CONSTRAINT \"fk_activities_lead\" FOREIGN KEY (\"organization_id\", \"lead_id\") REFERENCES \"leads\"(\"organization_id\",\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"stage_health_settings\" ADD CONSTRAINT \"fk_stage_health_settings_organization\" FOREIGN KEY (\"organization_id\") REFERENCES \"organizations\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"notification_settings\" ADD CONSTRAINT \"fk_notification_settings_organization\" FOREIGN KEY (\"organization_id\") REFERENCES \"organizations\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"notifications\" ADD CONSTRAINT \"fk_notifications_lead\" FOREIGN KEY (\"organization_id\", \"lead_id\") REFERENCES \"leads\"(\"organization_id\",\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query(`ALTER TABLE "lead_events" DROP CONSTRAINT "ck_lead_events_type"`);
    await queryRunner.query(`ALTER TABLE "lead_events" ADD CONSTRAINT "ck_lead_events_type" CHECK (type IN ('created', 'stage_changed', 'assigned', 'outcome_set', 'activity_done'))`);
    for (const table of TENANT_TABLES) {
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`CREATE POLICY tenant_isolation ON "${table}" USING (organization_id = app_current_org()) WITH CHECK (organization_id = app_current_org())`);
    }
    // The reminder scheduler's one cross-tenant read: which organisations have reminders due.
    await queryRunner.query(`DO $$ BEGIN EXECUTE format('CREATE POLICY definer_lookup ON "activities" FOR SELECT TO %I USING (true)', current_user); END $$`);
    await queryRunner.query(`
      CREATE FUNCTION app_orgs_with_due_reminders(p_since timestamptz, p_until timestamptz) RETURNS SETOF uuid
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
      AS $$ SELECT DISTINCT a.organization_id FROM public.activities a
            WHERE a.done_at IS NULL AND a.reminded_at IS NULL AND a.due_at > p_since AND a.due_at <= p_until $$`);
    await queryRunner.query(`REVOKE EXECUTE ON FUNCTION app_orgs_with_due_reminders(timestamptz, timestamptz) FROM PUBLIC`);
    await this.backfillLeadSignals(queryRunner);
  }

  /** Fills the new lead columns from the history already stored (RLS lifted for the migrator). */
  private async backfillLeadSignals(queryRunner: QueryRunner): Promise<void> {
    for (const table of BACKFILL_TABLES) {
      await queryRunner.query(`ALTER TABLE "${table}" NO FORCE ROW LEVEL SECURITY`);
    }
    await queryRunner.query(`
      UPDATE "leads" l SET closed_at = coalesce(
        (SELECT max(e.created_at) FROM "lead_events" e
          WHERE e.organization_id = l.organization_id AND e.lead_id = l.id AND e.type = 'outcome_set'),
        l.updated_at)
      WHERE l.outcome IS NOT NULL`);
    await queryRunner.query(`
      UPDATE "leads" l SET last_inbound_whatsapp_at = w.last_at
      FROM (SELECT organization_id, lead_id, max(sent_at) AS last_at FROM "communications"
            WHERE channel = 'whatsapp' AND direction = 'inbound' GROUP BY organization_id, lead_id) w
      WHERE l.organization_id = w.organization_id AND l.id = w.lead_id`);
    await queryRunner.query(`
      WITH last_reply AS (
        SELECT organization_id, lead_id, max(sent_at) AS at FROM "communications"
        WHERE direction = 'outbound' AND channel <> 'note' GROUP BY organization_id, lead_id
      ), waiting AS (
        SELECT c.organization_id, c.lead_id, min(c.sent_at) AS since FROM "communications" c
        LEFT JOIN last_reply r ON r.organization_id = c.organization_id AND r.lead_id = c.lead_id
        WHERE c.direction = 'inbound' AND c.channel IN ('whatsapp', 'email')
          AND (r.at IS NULL OR c.sent_at > r.at)
        GROUP BY c.organization_id, c.lead_id
      )
      UPDATE "leads" l SET awaiting_reply_since = w.since FROM waiting w
      WHERE l.organization_id = w.organization_id AND l.id = w.lead_id`);
    for (const table of BACKFILL_TABLES) {
      await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION IF EXISTS app_orgs_with_due_reminders(timestamptz, timestamptz)`);
    await queryRunner.query(`DROP POLICY IF EXISTS definer_lookup ON "activities"`);
    for (const table of TENANT_TABLES) {
      await queryRunner.query(`DROP POLICY IF EXISTS tenant_isolation ON "${table}"`);
    }
    await queryRunner.query(`ALTER TABLE "lead_events" DROP CONSTRAINT "ck_lead_events_type"`);
    await queryRunner.query(`DELETE FROM "lead_events" WHERE type = 'activity_done'`);
    await queryRunner.query(`ALTER TABLE "lead_events" ADD CONSTRAINT "ck_lead_events_type" CHECK (type IN ('created', 'stage_changed', 'assigned', 'outcome_set'))`);
    await queryRunner.query("ALTER TABLE \"notifications\" DROP CONSTRAINT \"fk_notifications_lead\"");
    await queryRunner.query("ALTER TABLE \"notification_settings\" DROP CONSTRAINT \"fk_notification_settings_organization\"");
    await queryRunner.query("ALTER TABLE \"stage_health_settings\" DROP CONSTRAINT \"fk_stage_health_settings_organization\"");
    await queryRunner.query("ALTER TABLE \"activities\" DROP CONSTRAINT \"fk_activities_lead\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_leads_closed\"");
    await queryRunner.query("ALTER TABLE \"leads\" DROP COLUMN \"closed_at\"");
    await queryRunner.query("ALTER TABLE \"leads\" DROP COLUMN \"last_inbound_whatsapp_at\"");
    await queryRunner.query("ALTER TABLE \"leads\" DROP COLUMN \"awaiting_reply_since\"");
    await queryRunner.query("ALTER TABLE \"leads\" DROP COLUMN \"next_activity\"");
    await queryRunner.query("ALTER TABLE \"organizations\" DROP COLUMN \"time_zone\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_notifications_source\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_notifications_user_created\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_notifications_unread\"");
    await queryRunner.query("DROP TABLE \"notifications\"");
    await queryRunner.query("DROP TABLE \"notification_settings\"");
    await queryRunner.query("DROP TABLE \"stage_health_settings\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_activities_assignee_due\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_activities_due\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_activities_lead_due\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_activities_reminder\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_activities_done\"");
    await queryRunner.query("DROP TABLE \"activities\"");
  }
}
