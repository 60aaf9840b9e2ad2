import { queryOptions, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useOrganizationId } from '@/hooks/use-organization-id';
import { apiClient } from '@/lib/api-client';
import { tenantQueryKey } from '@/lib/tenant-query-key';

export type EmailDropbox = { address: string };

/** GET /integrations/email/dropbox: the organisation's drop-box address (made on first use). */
export async function getEmailDropbox(signal?: AbortSignal): Promise<EmailDropbox> {
  const response = await apiClient.get<EmailDropbox>('/integrations/email/dropbox', { signal });
  return response.data;
}

export function useEmailDropbox(): UseQueryResult<EmailDropbox> {
  const organizationId = useOrganizationId();
  return useQuery(
    queryOptions({
      queryKey: [...tenantQueryKey(organizationId), 'integrations', 'email', 'dropbox'],
      queryFn: ({ signal }) => getEmailDropbox(signal),
      staleTime: Infinity,
    }),
  );
}
