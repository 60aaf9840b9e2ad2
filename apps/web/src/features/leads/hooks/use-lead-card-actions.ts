import type { LeadResponse } from '@loved/shared';
import { createContext, useContext } from 'react';

/** What app/ plugs into every card's menu from other features (scheduling an activity). */
export type LeadCardActions = {
  onScheduleActivity?: (lead: LeadResponse) => void;
};

/**
 * Provided by the page around the board, so a card deep in the columns gets the action without
 * every layer in between passing it on.
 */
export const LeadCardActionsContext = createContext<LeadCardActions>({});

export function useLeadCardActions(): LeadCardActions {
  return useContext(LeadCardActionsContext);
}
