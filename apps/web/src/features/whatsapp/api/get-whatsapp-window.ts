import type { WhatsAppWindowResponse } from '@loved/shared';
import { queryOptions, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useOrganizationId } from '@/hooks/use-organization-id';
import { apiClient } from '@/lib/api-client';
import type { AppQueryOptions } from '@/lib/query-options';
import { tenantQueryKey } from '@/lib/tenant-query-key';

/**
 * GET /communications/whatsapp/window?lead_id=…: whether free text may be sent (within 24 h of
 * the lead's last inbound message). 409 WHATSAPP_NOT_CONNECTED when the organisation has no
 * WhatsApp integration.
 */
export async function getWhatsAppWindow(
  leadId: string,
  signal?: AbortSignal,
): Promise<WhatsAppWindowResponse> {
  const response = await apiClient.get<WhatsAppWindowResponse>('/communications/whatsapp/window', {
    params: { lead_id: leadId },
    signal,
  });
  return response.data;
}

export function whatsAppWindowQueryKey(
  organizationId: string | null,
  leadId: string,
): readonly unknown[] {
  return [...tenantQueryKey(organizationId), 'whatsapp', 'window', leadId];
}

export function getWhatsAppWindowQueryOptions(
  organizationId: string | null,
  leadId: string,
): AppQueryOptions<WhatsAppWindowResponse> {
  return queryOptions({
    queryKey: whatsAppWindowQueryKey(organizationId, leadId),
    queryFn: ({ signal }) => getWhatsAppWindow(leadId, signal),
  });
}

/** The lead's conversation window; an inbound message (live) or its closing time refreshes it. */
export function useWhatsAppWindow(
  leadId: string,
  options: { enabled?: boolean } = {},
): UseQueryResult<WhatsAppWindowResponse> {
  return useQuery({
    ...getWhatsAppWindowQueryOptions(useOrganizationId(), leadId),
    enabled: options.enabled ?? true,
  });
}
