import type { CloseLeadRequest, LeadOutcome, LeadResponse } from '@loved/shared';
import { useCloseLead } from '@/features/leads/api/close-lead';
import { LeadOutcomeDialog } from '@/features/leads/components/lead-outcome-dialog';
import { useTranslation } from '@/lib/i18n/use-translation';
import { showToast } from '@/stores/toast.store';

export type CloseLeadDialogProps = {
  lead: LeadResponse;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  initialOutcome?: LeadOutcome;
};

/**
 * Marks a deal won or lost (lost asks why, from the organisation's list). The lead goes to
 * Fechado if it is elsewhere; the board, the panel and the lead page follow its record.
 */
export function CloseLeadDialog({
  lead,
  open,
  onOpenChange,
  initialOutcome,
}: CloseLeadDialogProps): React.JSX.Element {
  const { t } = useTranslation();
  const close = useCloseLead();

  const handleConfirm = async (request: CloseLeadRequest): Promise<void> => {
    await close.mutateAsync({ id: lead.id, body: request });
    showToast({
      title:
        request.outcome === 'won'
          ? t('leadResult.wonToast', { name: lead.name })
          : t('leadResult.lostToast', { name: lead.name }),
      variant: 'success',
    });
    onOpenChange(false);
  };

  return (
    <LeadOutcomeDialog
      leadName={lead.name}
      open={open}
      onOpenChange={onOpenChange}
      initialOutcome={initialOutcome}
      onConfirm={handleConfirm}
    />
  );
}
