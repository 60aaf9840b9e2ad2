import type { MyDayResponse } from '@loved/shared';
import { queryOptions, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { myDayQueryKey } from '@/features/activities/utils/activity-query-keys';
import { useOrganizationId } from '@/hooks/use-organization-id';
import { apiClient } from '@/lib/api-client';
import type { AppQueryOptions } from '@/lib/query-options';

/** GET /activities/my-day: the caller's overdue, today's and upcoming activities. */
export async function getMyDay(signal?: AbortSignal): Promise<MyDayResponse> {
  const response = await apiClient.get<MyDayResponse>('/activities/my-day', { signal });
  return response.data;
}

export function getMyDayQueryOptions(
  organizationId: string | null,
): AppQueryOptions<MyDayResponse> {
  return queryOptions({
    queryKey: myDayQueryKey(organizationId),
    queryFn: ({ signal }) => getMyDay(signal),
  });
}

/** "Minha agenda": reloaded on every visit, since "today" moves on. */
export function useMyDay(): UseQueryResult<MyDayResponse> {
  return useQuery({ ...getMyDayQueryOptions(useOrganizationId()), refetchOnMount: 'always' });
}
