import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The platform operators' view of integrations (issue 19, `GET /api/v1/health/detailed` with
 * OPS_TOKEN): integrations by provider and status across organisations, with the latest success
 * (a processed webhook event, or a mailbox sync) and the latest failure (the integration's own
 * error, or a webhook event that failed for good). Row-Level Security keeps the application role
 * inside one organisation, so this one cross-tenant read is a SECURITY DEFINER function; it
 * answers aggregates only, never an organisation's id.
 *
 * Each integration looks at its own newest processed and failed events through
 * `idx_webhook_events_list` (organisation, provider, status, received_at): a few index probes per
 * integration instead of a scan of the inbox. `received_at` orders them (a processed event's
 * `processed_at` follows its arrival; a failed one has no other time).
 */
export class IntegrationHealth1797300000000 implements MigrationInterface {
  name = 'IntegrationHealth1797300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION app_integration_health()
      RETURNS TABLE (provider text, status text, integrations bigint, last_success_at timestamptz,
                     last_failure_at timestamptz, last_failure_code text, last_failure_message text)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
      AS $$
        SELECT h.provider, h.status, count(*),
               max(h.success_at),
               max(h.failure_at),
               (array_agg(h.failure_code ORDER BY h.failure_at DESC) FILTER (WHERE h.failure_at IS NOT NULL))[1],
               (array_agg(h.failure_message ORDER BY h.failure_at DESC) FILTER (WHERE h.failure_at IS NOT NULL))[1]
          FROM (
            SELECT i.provider::text AS provider, i.status::text AS status,
                   GREATEST(ok.at, (i.settings->>'last_synced_at')::timestamptz) AS success_at,
                   failure.at AS failure_at, failure.code AS failure_code, failure.message AS failure_message
              FROM public.organization_integrations i
              LEFT JOIN LATERAL (
                SELECT e.processed_at AS at FROM public.webhook_events e
                 WHERE e.organization_id = i.organization_id AND e.provider = i.provider AND e.status = 'processed'
                 ORDER BY e.received_at DESC, e.id DESC LIMIT 1) ok ON true
              LEFT JOIN LATERAL (
                SELECT f.at, f.code, f.message FROM (
                  SELECT (i.last_error->>'occurred_at')::timestamptz AS at, i.last_error->>'code' AS code,
                         i.last_error->>'message' AS message
                   WHERE i.last_error IS NOT NULL
                  UNION ALL
                  (SELECT e.received_at, 'WEBHOOK_EVENT_FAILED', left(coalesce(e.last_error, ''), 500)
                     FROM public.webhook_events e
                    WHERE e.organization_id = i.organization_id AND e.provider = i.provider AND e.status = 'failed'
                    ORDER BY e.received_at DESC, e.id DESC LIMIT 1)) f
                ORDER BY f.at DESC NULLS LAST LIMIT 1) failure ON true
          ) h
         GROUP BY h.provider, h.status
      $$`);
    await queryRunner.query(`REVOKE EXECUTE ON FUNCTION app_integration_health() FROM PUBLIC`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION IF EXISTS app_integration_health()`);
  }
}
