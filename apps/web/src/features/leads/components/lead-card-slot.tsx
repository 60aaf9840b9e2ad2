import type { LeadOutcome, LeadStage } from '@loved/shared';
import { memo } from 'react';
import { LeadCard } from '@/features/leads/components/lead-card';
import { useLeadRecord } from '@/features/leads/hooks/use-lead-record';

export type LeadCardSlotProps = {
  leadId: string;
  stage: LeadStage;
  index: number;
  isCompact?: boolean;
  onOpen: (leadId: string) => void;
  onMoveToStage: (leadId: string, stage: LeadStage) => void;
  onCloseDeal: (leadId: string, outcome: LeadOutcome) => void;
  onReopenDeal: (leadId: string) => void;
};

/** A place in a column: shows the card of the lead whose record it reads. */
export const LeadCardSlot = memo(function LeadCardSlot({
  leadId,
  ...props
}: LeadCardSlotProps): React.JSX.Element | null {
  const lead = useLeadRecord(leadId);
  // The board loads every record before it lists its id; a gap means the lead just went away.
  if (!lead) return null;
  return <LeadCard lead={lead} {...props} />;
});
