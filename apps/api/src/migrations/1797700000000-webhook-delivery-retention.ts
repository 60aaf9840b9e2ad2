import type { MigrationInterface, QueryRunner } from 'typeorm';

const PURGE = 'app_purge_finished_webhook_deliveries(timestamptz, integer)';

/**
 * Finished outbound webhook deliveries (succeeded or failed for good) are removed after the
 * retention period: they hold copies of leads and messages, and every change writes one per
 * endpoint. Pending ones are never removed (nothing is lost). The purge spans organisations,
 * so it is a SECURITY DEFINER function deleting one batch, oldest first.
 */
export class WebhookDeliveryRetention1797700000000 implements MigrationInterface {
  name = 'WebhookDeliveryRetention1797700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX \"idx_webhook_deliveries_finished\" ON \"webhook_deliveries\"  (\"created_at\") WHERE status <> 'pending'");
    await queryRunner.query(`DO $$ BEGIN EXECUTE format('CREATE POLICY definer_purge ON "webhook_deliveries" FOR DELETE TO %I USING (status <> ''pending'')', current_user); END $$`);
    await queryRunner.query(`
      CREATE FUNCTION app_purge_finished_webhook_deliveries(p_before timestamptz, p_limit integer) RETURNS integer
      LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
      AS $$
        WITH doomed AS (
          SELECT d.organization_id, d.id FROM public.webhook_deliveries d
           WHERE d.status <> 'pending' AND d.created_at < p_before
           ORDER BY d.created_at LIMIT p_limit),
        gone AS (
          DELETE FROM public.webhook_deliveries d USING doomed
           WHERE d.organization_id = doomed.organization_id AND d.id = doomed.id
          RETURNING 1)
        SELECT count(*)::integer FROM gone
      $$`);
    await queryRunner.query(`REVOKE EXECUTE ON FUNCTION ${PURGE} FROM PUBLIC`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION ${PURGE}`);
    await queryRunner.query(`DROP POLICY definer_purge ON "webhook_deliveries"`);
    await queryRunner.query(`DROP INDEX "idx_webhook_deliveries_finished"`);
  }
}
