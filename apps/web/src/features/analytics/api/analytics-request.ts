import type { AnalyticsQuery } from '@loved/shared';
import { apiClient } from '@/lib/api-client';
import { tenantQueryKey } from '@/lib/tenant-query-key';

/** The report endpoints under `/analytics`, one per section of the page. */
export type AnalyticsReport =
  'funnel' | 'pipeline-value' | 'win-rate' | 'lost-reasons' | 'activities' | 'first-response';

/** The figures change with every move on the board: coming back asks again after a minute. */
export const ANALYTICS_STALE_TIME_MS = 60_000;

export function analyticsQueryKey(
  organizationId: string | null,
  report: AnalyticsReport,
  query: AnalyticsQuery,
): readonly unknown[] {
  return [...tenantQueryKey(organizationId), 'analytics', report, query];
}

/** GET /analytics/{report}: the request every report file shares (same query, same envelope). */
export async function getAnalyticsReport<T>(
  report: AnalyticsReport,
  query: AnalyticsQuery,
  signal?: AbortSignal,
): Promise<T> {
  const response = await apiClient.get<T>(`/analytics/${report}`, { params: query, signal });
  return response.data;
}
