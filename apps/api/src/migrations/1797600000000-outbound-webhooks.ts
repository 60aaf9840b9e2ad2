import type { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT_TABLES = ['webhook_endpoints', 'webhook_deliveries'];

/**
 * Issue 20 part 2, outbound signed webhooks: endpoints with a sealed signing secret, and the
 * durable outbox of deliveries written in the transaction of the change that causes them. The
 * sweeper's one cross-tenant read (which endpoints have deliveries due) is a SECURITY DEFINER
 * function. Notifications learn the kind that tells admins an endpoint was disabled.
 */
export class OutboundWebhooks1797600000000 implements MigrationInterface {
  name = 'OutboundWebhooks1797600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"webhook_endpoints\" (\"organization_id\" uuid NOT NULL, \"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"url\" character varying(2048) NOT NULL, \"events\" text array NOT NULL, \"description\" character varying(500), \"enabled\" boolean NOT NULL DEFAULT true, \"disabled_reason\" character varying(500), \"disabled_at\" TIMESTAMP(3) WITH TIME ZONE, \"encrypted_secret\" bytea NOT NULL, \"secret_key_id\" character varying(32) NOT NULL, \"dispatch_lease_until\" TIMESTAMP(3) WITH TIME ZONE, \"dispatch_lease_id\" uuid, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"pk_webhook_endpoints\" PRIMARY KEY (\"organization_id\", \"id\"))");
    await queryRunner.query("CREATE INDEX \"idx_webhook_endpoints_list\" ON \"webhook_endpoints\"  (\"organization_id\", \"created_at\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"webhook_deliveries\" (\"organization_id\" uuid NOT NULL, \"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"endpoint_id\" uuid NOT NULL, \"seq\" BIGSERIAL NOT NULL, \"event_type\" character varying(60) NOT NULL, \"data\" jsonb NOT NULL, \"status\" character varying(20) NOT NULL DEFAULT 'pending', \"attempts\" integer NOT NULL DEFAULT '0', \"next_attempt_at\" TIMESTAMP(3) WITH TIME ZONE, \"response_status\" smallint, \"duration_ms\" integer, \"error\" character varying(1000), \"delivered_at\" TIMESTAMP(3) WITH TIME ZONE, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"ck_webhook_deliveries_status\" CHECK (status IN ('pending', 'succeeded', 'failed')), CONSTRAINT \"pk_webhook_deliveries\" PRIMARY KEY (\"organization_id\", \"id\"))");
    await queryRunner.query("CREATE INDEX \"idx_webhook_deliveries_queue\" ON \"webhook_deliveries\"  (\"organization_id\", \"endpoint_id\", \"seq\") WHERE status = 'pending'");
    await queryRunner.query("CREATE INDEX \"idx_webhook_deliveries_due\" ON \"webhook_deliveries\"  (\"next_attempt_at\") WHERE status = 'pending'");
    await queryRunner.query("CREATE INDEX \"idx_webhook_deliveries_log\" ON \"webhook_deliveries\"  (\"organization_id\", \"endpoint_id\", \"created_at\", \"id\") ");
    await queryRunner.query("ALTER TABLE \"webhook_endpoints\" ADD CONSTRAINT \"fk_webhook_endpoints_organization\" FOREIGN KEY (\"organization_id\") REFERENCES \"organizations\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"webhook_deliveries\" ADD CONSTRAINT \"fk_webhook_deliveries_endpoint\" FOREIGN KEY (\"organization_id\", \"endpoint_id\") REFERENCES \"webhook_endpoints\"(\"organization_id\",\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "ck_notifications_kind"`);
    await queryRunner.query(`ALTER TABLE "notifications" ADD CONSTRAINT "ck_notifications_kind" CHECK (kind IN ('inbound_message', 'activity_due', 'lead_assigned', 'mention', 'webhook_endpoint_disabled'))`);
    for (const table of TENANT_TABLES) {
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`CREATE POLICY tenant_isolation ON "${table}" USING (organization_id = app_current_org()) WITH CHECK (organization_id = app_current_org())`);
      // The sweeper's one cross-tenant read below runs as this (owner) role.
      await queryRunner.query(`DO $$ BEGIN EXECUTE format('CREATE POLICY definer_lookup ON "${table}" FOR SELECT TO %I USING (true)', current_user); END $$`);
    }
    // Endpoints (enabled, not leased at p_now) whose pending deliveries fell due: ids only.
    await queryRunner.query(`
      CREATE FUNCTION app_due_webhook_endpoints(p_now timestamptz, p_limit integer)
      RETURNS TABLE (organization_id uuid, endpoint_id uuid)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
      AS $$ SELECT DISTINCT d.organization_id, d.endpoint_id FROM public.webhook_deliveries d
              JOIN public.webhook_endpoints e ON e.organization_id = d.organization_id AND e.id = d.endpoint_id
             WHERE d.status = 'pending' AND d.next_attempt_at <= p_now AND e.enabled
               AND (e.dispatch_lease_until IS NULL OR e.dispatch_lease_until < p_now)
             LIMIT p_limit $$`);
    await queryRunner.query(`REVOKE EXECUTE ON FUNCTION app_due_webhook_endpoints(timestamptz, integer) FROM PUBLIC`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION IF EXISTS app_due_webhook_endpoints(timestamptz, integer)`);
    await queryRunner.query(`DELETE FROM "notifications" WHERE kind = 'webhook_endpoint_disabled'`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "ck_notifications_kind"`);
    await queryRunner.query(`ALTER TABLE "notifications" ADD CONSTRAINT "ck_notifications_kind" CHECK (kind IN ('inbound_message', 'activity_due', 'lead_assigned', 'mention'))`);
    await queryRunner.query("DROP TABLE \"webhook_deliveries\"");
    await queryRunner.query("DROP TABLE \"webhook_endpoints\"");
  }
}
