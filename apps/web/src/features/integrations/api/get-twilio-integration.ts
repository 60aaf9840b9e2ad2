import type { TwilioIntegrationResponse } from '@loved/shared';
import { queryOptions, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useOrganizationId } from '@/hooks/use-organization-id';
import { apiClient } from '@/lib/api-client';
import type { AppQueryOptions } from '@/lib/query-options';
import { tenantQueryKey } from '@/lib/tenant-query-key';

/** GET /integrations/twilio (admin): status, numbers and webhook URLs, never the auth token. */
export async function getTwilioIntegration(
  signal?: AbortSignal,
): Promise<TwilioIntegrationResponse> {
  const response = await apiClient.get<TwilioIntegrationResponse>('/integrations/twilio', {
    signal,
  });
  return response.data;
}

export function twilioIntegrationQueryKey(organizationId: string | null): readonly unknown[] {
  return [...tenantQueryKey(organizationId), 'integrations', 'twilio'];
}

export function getTwilioIntegrationQueryOptions(
  organizationId: string | null,
): AppQueryOptions<TwilioIntegrationResponse> {
  return queryOptions({
    queryKey: twilioIntegrationQueryKey(organizationId),
    queryFn: ({ signal }) => getTwilioIntegration(signal),
  });
}

/** The organisation's Twilio integration (`disconnected`, with null fields, when never set up). */
export function useTwilioIntegration(): UseQueryResult<TwilioIntegrationResponse> {
  return useQuery(getTwilioIntegrationQueryOptions(useOrganizationId()));
}
