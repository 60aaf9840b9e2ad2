import type { OrganizationResponse } from '@loved/shared';
import { queryOptions, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useOrganizationId } from '@/hooks/use-organization-id';
import { apiClient } from '@/lib/api-client';
import type { AppQueryOptions } from '@/lib/query-options';
import { tenantQueryKey } from '@/lib/tenant-query-key';

/** GET /organizations/current: the organisation named by X-Org-Id. */
export async function getCurrentOrganization(signal?: AbortSignal): Promise<OrganizationResponse> {
  const response = await apiClient.get<OrganizationResponse>('/organizations/current', { signal });
  return response.data;
}

export function currentOrganizationQueryKey(organizationId: string | null): readonly unknown[] {
  return [...tenantQueryKey(organizationId), 'organization'];
}

export function getCurrentOrganizationQueryOptions(
  organizationId: string | null,
): AppQueryOptions<OrganizationResponse> {
  return queryOptions({
    queryKey: currentOrganizationQueryKey(organizationId),
    queryFn: ({ signal }) => getCurrentOrganization(signal),
  });
}

export function useCurrentOrganization(): UseQueryResult<OrganizationResponse> {
  return useQuery(getCurrentOrganizationQueryOptions(useOrganizationId()));
}
