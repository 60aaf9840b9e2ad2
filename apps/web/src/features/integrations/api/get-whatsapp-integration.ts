import type { WhatsAppIntegrationResponse } from '@loved/shared';
import { queryOptions, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useOrganizationId } from '@/hooks/use-organization-id';
import { apiClient } from '@/lib/api-client';
import type { AppQueryOptions } from '@/lib/query-options';
import { tenantQueryKey } from '@/lib/tenant-query-key';

/** GET /integrations/whatsapp (admin): status and public ids, never secrets. */
export async function getWhatsAppIntegration(
  signal?: AbortSignal,
): Promise<WhatsAppIntegrationResponse> {
  const response = await apiClient.get<WhatsAppIntegrationResponse>('/integrations/whatsapp', {
    signal,
  });
  return response.data;
}

export function whatsAppIntegrationQueryKey(organizationId: string | null): readonly unknown[] {
  return [...tenantQueryKey(organizationId), 'integrations', 'whatsapp'];
}

export function getWhatsAppIntegrationQueryOptions(
  organizationId: string | null,
): AppQueryOptions<WhatsAppIntegrationResponse> {
  return queryOptions({
    queryKey: whatsAppIntegrationQueryKey(organizationId),
    queryFn: ({ signal }) => getWhatsAppIntegration(signal),
  });
}

/** The organisation's WhatsApp integration (`disconnected`, with null ids, when never set up). */
export function useWhatsAppIntegration(): UseQueryResult<WhatsAppIntegrationResponse> {
  return useQuery(getWhatsAppIntegrationQueryOptions(useOrganizationId()));
}
