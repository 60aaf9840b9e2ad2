import type { LeadResponse } from '@loved/shared';
import { leadQueryKey } from '@/features/leads/api/get-lead';
import { queryClient } from '@/lib/query-client';
import { useSessionStore } from '@/stores/session.store';

// The lead records of the current organisation, one per id, in the query cache. Everything
// that shows a lead reads its record; everything that learns a newer lead writes it here.

function keyOf(leadId: string): readonly unknown[] {
  return leadQueryKey(useSessionStore.getState().organizationId, leadId);
}

/** The lead as last known here; undefined when not held or deleted. */
export function readLeadRecord(leadId: string): LeadResponse | undefined {
  return queryClient.getQueryData<LeadResponse | null>(keyOf(leadId)) ?? undefined;
}

/** Whether `lead` is at least as new as the record (events can overtake each other). */
function isCurrent(lead: LeadResponse): boolean {
  const record = readLeadRecord(lead.id);
  return record === undefined || record.version <= lead.version;
}

/** Keeps `lead` unless the record is newer. */
export function writeLeadRecord(lead: LeadResponse): void {
  if (!isCurrent(lead)) return;
  queryClient.setQueryData<LeadResponse | null>(keyOf(lead.id), lead);
}

/** Changes a held record in place (a derived count, not a new version); absent ones stay so. */
export function patchLeadRecord(leadId: string, patch: (lead: LeadResponse) => LeadResponse): void {
  const record = readLeadRecord(leadId);
  if (record) queryClient.setQueryData<LeadResponse | null>(keyOf(leadId), patch(record));
}

/** The lead no longer exists: whoever shows it says so. */
export function markLeadDeleted(leadId: string): void {
  queryClient.setQueryData<LeadResponse | null>(keyOf(leadId), null);
}
