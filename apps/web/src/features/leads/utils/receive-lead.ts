import type { LeadResponse } from '@loved/shared';
import { useLeadBoardStore } from '@/features/leads/stores/lead-board.store';
import {
  markLeadDeleted,
  readLeadRecord,
  writeLeadRecord,
} from '@/features/leads/utils/lead-records';

/**
 * A lead as the server sent it (a live event, a save, a move, a new lead): its record and its
 * place on the board follow it together, unless a newer version is already held.
 */
export function receiveLead(lead: LeadResponse, options?: { isNew?: boolean }): void {
  const previous = readLeadRecord(lead.id);
  if (previous && previous.version > lead.version) return;
  writeLeadRecord(lead);
  useLeadBoardStore.getState().placeFromServer(lead, previous, options);
}

/** The lead is gone: off the board, and every view of it says it no longer exists. */
export function forgetLead(leadId: string): void {
  useLeadBoardStore.getState().removeLead(leadId);
  markLeadDeleted(leadId);
}
