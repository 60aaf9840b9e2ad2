import type { StageHealthSettingsResponse } from '@loved/shared';
import { queryOptions, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useOrganizationId } from '@/hooks/use-organization-id';
import { apiClient } from '@/lib/api-client';
import type { AppQueryOptions } from '@/lib/query-options';
import { tenantQueryKey } from '@/lib/tenant-query-key';

/** GET /pipeline/health-settings: every stage's deal-health thresholds (any member). */
export async function getHealthSettings(
  signal?: AbortSignal,
): Promise<StageHealthSettingsResponse> {
  const response = await apiClient.get<StageHealthSettingsResponse>('/pipeline/health-settings', {
    signal,
  });
  return response.data;
}

export function healthSettingsQueryKey(organizationId: string | null): readonly unknown[] {
  return [...tenantQueryKey(organizationId), 'pipeline', 'health-settings'];
}

export function getHealthSettingsQueryOptions(
  organizationId: string | null,
): AppQueryOptions<StageHealthSettingsResponse> {
  return queryOptions({
    queryKey: healthSettingsQueryKey(organizationId),
    queryFn: ({ signal }) => getHealthSettings(signal),
  });
}

export function useHealthSettings(): UseQueryResult<StageHealthSettingsResponse> {
  return useQuery(getHealthSettingsQueryOptions(useOrganizationId()));
}
