import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  IntegrationProvider,
  IntegrationStatus,
  type IntegrationFailure,
  type OrganizationIntegrationHealth,
  type ProviderHealth,
} from '@loved/shared';
import { TenantContextService } from '../../core/tenancy/tenant-context.service';

/** One row per provider and status (one integration, within an organisation). */
type HealthRow = {
  provider: IntegrationProvider;
  status: IntegrationStatus;
  integrations: string;
  last_success_at: Date | null;
  last_failure_at: Date | null;
  last_failure_code: string | null;
  last_failure_message: string | null;
};

/**
 * The organisation's integrations with their latest success and failure: the same query as
 * `app_integration_health()` (migration 1797300000000), run as the organisation under RLS.
 */
const ORGANIZATION_HEALTH_SQL = `
  SELECT h.provider, h.status, count(*) AS integrations,
         max(h.success_at) AS last_success_at,
         max(h.failure_at) AS last_failure_at,
         (array_agg(h.failure_code ORDER BY h.failure_at DESC) FILTER (WHERE h.failure_at IS NOT NULL))[1] AS last_failure_code,
         (array_agg(h.failure_message ORDER BY h.failure_at DESC) FILTER (WHERE h.failure_at IS NOT NULL))[1] AS last_failure_message
    FROM (
      SELECT i.provider, i.status,
             GREATEST(ok.at, (i.settings->>'last_synced_at')::timestamptz) AS success_at,
             failure.at AS failure_at, failure.code AS failure_code, failure.message AS failure_message
        FROM organization_integrations i
        LEFT JOIN LATERAL (
          SELECT e.processed_at AS at FROM webhook_events e
           WHERE e.organization_id = i.organization_id AND e.provider = i.provider AND e.status = 'processed'
           ORDER BY e.received_at DESC, e.id DESC LIMIT 1) ok ON true
        LEFT JOIN LATERAL (
          SELECT f.at, f.code, f.message FROM (
            SELECT (i.last_error->>'occurred_at')::timestamptz AS at, i.last_error->>'code' AS code,
                   i.last_error->>'message' AS message
             WHERE i.last_error IS NOT NULL
            UNION ALL
            (SELECT e.received_at, 'WEBHOOK_EVENT_FAILED', left(coalesce(e.last_error, ''), 500)
               FROM webhook_events e
              WHERE e.organization_id = i.organization_id AND e.provider = i.provider AND e.status = 'failed'
              ORDER BY e.received_at DESC, e.id DESC LIMIT 1)) f
          ORDER BY f.at DESC NULLS LAST LIMIT 1) failure ON true
       WHERE i.organization_id = $1
    ) h
   GROUP BY h.provider, h.status
   ORDER BY h.provider`;

/**
 * How integrations fare, from data they already leave: a success is a processed webhook event
 * or a mailbox sync; a failure is the integration's own error (a refused token) or a webhook
 * event that failed for good.
 */
@Injectable()
export class IntegrationHealthService {
  constructor(
    private readonly tenant: TenantContextService,
    private readonly dataSource: DataSource,
  ) {}

  /** The current organisation's integrations (one per provider), under RLS. */
  async forOrganization(): Promise<OrganizationIntegrationHealth[]> {
    const rows = await this.tenant.manager.query<HealthRow[]>(ORGANIZATION_HEALTH_SQL, [
      this.tenant.organizationId,
    ]);
    return rows.map((row) => ({
      provider: row.provider,
      status: row.status,
      last_success_at: row.last_success_at?.toISOString() ?? null,
      last_failure: failureOf(row),
    }));
  }

  /**
   * Every provider across organisations, for the platform operators only: the callers check
   * that. Aggregates through a SECURITY DEFINER function, never an organisation's rows.
   */
  async acrossOrganizations(): Promise<ProviderHealth[]> {
    const rows = await this.dataSource.query<HealthRow[]>('SELECT * FROM app_integration_health()');
    return Object.values(IntegrationProvider).map((provider) => summarise(provider, rows));
  }
}

function summarise(provider: IntegrationProvider, all: HealthRow[]): ProviderHealth {
  const rows = all.filter((row) => row.provider === provider);
  const integrations = Object.fromEntries(
    Object.values(IntegrationStatus).map((status) => [
      status,
      rows
        .filter((row) => row.status === status)
        .reduce((sum, row) => sum + Number(row.integrations), 0),
    ]),
  ) as Record<IntegrationStatus, number>;
  const latestSuccess = latest(rows.map((row) => row.last_success_at));
  const failures = rows
    .map(failureOf)
    .filter((failure): failure is IntegrationFailure => failure !== null)
    .sort((a, b) => b.occurred_at.localeCompare(a.occurred_at));
  return {
    provider,
    integrations,
    last_success_at: latestSuccess?.toISOString() ?? null,
    last_failure: failures[0] ?? null,
  };
}

function failureOf(row: HealthRow): IntegrationFailure | null {
  if (!row.last_failure_at) return null;
  return {
    occurred_at: row.last_failure_at.toISOString(),
    code: row.last_failure_code ?? 'UNKNOWN',
    message: row.last_failure_message ?? '',
  };
}

function latest(dates: Array<Date | null>): Date | null {
  return dates.reduce<Date | null>(
    (newest, date) => (date && (!newest || date > newest) ? date : newest),
    null,
  );
}
