import type { WhatsAppTemplate } from '@loved/shared';
import { queryOptions, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useOrganizationId } from '@/hooks/use-organization-id';
import { apiClient } from '@/lib/api-client';
import type { AppQueryOptions } from '@/lib/query-options';
import { tenantQueryKey } from '@/lib/tenant-query-key';

/**
 * The list as the API answers it: `data` in the WhatsApp contract, `items` in the API's usual
 * envelope; either is read, so the two sides can settle on one without breaking the page.
 */
export type WhatsAppTemplatesResponse = { data?: WhatsAppTemplate[]; items?: WhatsAppTemplate[] };

/** Templates change when someone approves one at Meta: rarely, and never from this page. */
const TEMPLATES_STALE_TIME_MS = 5 * 60_000;

/** GET /integrations/whatsapp/templates (any member): the account's approved templates. */
export async function getWhatsAppTemplates(signal?: AbortSignal): Promise<WhatsAppTemplate[]> {
  const response = await apiClient.get<WhatsAppTemplatesResponse>(
    '/integrations/whatsapp/templates',
    { signal },
  );
  return response.data.data ?? response.data.items ?? [];
}

export function whatsAppTemplatesQueryKey(organizationId: string | null): readonly unknown[] {
  return [...tenantQueryKey(organizationId), 'whatsapp', 'templates'];
}

export function getWhatsAppTemplatesQueryOptions(
  organizationId: string | null,
): AppQueryOptions<WhatsAppTemplate[]> {
  return queryOptions({
    queryKey: whatsAppTemplatesQueryKey(organizationId),
    queryFn: ({ signal }) => getWhatsAppTemplates(signal),
    staleTime: TEMPLATES_STALE_TIME_MS,
  });
}

/** The approved templates, shared by every lead's composer. */
export function useWhatsAppTemplates(): UseQueryResult<WhatsAppTemplate[]> {
  return useQuery(getWhatsAppTemplatesQueryOptions(useOrganizationId()));
}
