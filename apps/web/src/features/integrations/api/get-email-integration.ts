import type { EmailIntegrationResponse } from '@loved/shared';
import { queryOptions, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useOrganizationId } from '@/hooks/use-organization-id';
import { apiClient } from '@/lib/api-client';
import type { AppQueryOptions } from '@/lib/query-options';
import { tenantQueryKey } from '@/lib/tenant-query-key';

/** GET /integrations/email (admin): status, mailbox and servers, never the passwords. */
export async function getEmailIntegration(signal?: AbortSignal): Promise<EmailIntegrationResponse> {
  const response = await apiClient.get<EmailIntegrationResponse>('/integrations/email', {
    signal,
  });
  return response.data;
}

export function emailIntegrationQueryKey(organizationId: string | null): readonly unknown[] {
  return [...tenantQueryKey(organizationId), 'integrations', 'email'];
}

export function getEmailIntegrationQueryOptions(
  organizationId: string | null,
): AppQueryOptions<EmailIntegrationResponse> {
  return queryOptions({
    queryKey: emailIntegrationQueryKey(organizationId),
    queryFn: ({ signal }) => getEmailIntegration(signal),
  });
}

/** The organisation's e-mail integration (`disconnected`, with null fields, when never set up). */
export function useEmailIntegration(): UseQueryResult<EmailIntegrationResponse> {
  return useQuery(getEmailIntegrationQueryOptions(useOrganizationId()));
}
