import type { LeadResponse } from '@loved/shared';
import { useQuery } from '@tanstack/react-query';
import { getLeadQueryOptions } from '@/features/leads/api/get-lead';
import { useOrganizationId } from '@/hooks/use-organization-id';

/**
 * A lead's record as held, without asking the API: a board card reads the lead the board
 * loaded, and follows every change written to it afterwards.
 */
export function useLeadRecord(leadId: string): LeadResponse | undefined {
  const { data } = useQuery({
    ...getLeadQueryOptions(useOrganizationId(), leadId),
    enabled: false,
  });
  return data ?? undefined;
}
