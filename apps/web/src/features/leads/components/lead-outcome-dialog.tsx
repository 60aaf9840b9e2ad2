import type { CloseLeadRequest, LeadOutcome } from '@loved/shared';
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogHeader,
  DialogTitle,
} from '@/components/ui/dialog';
import { LeadOutcomeForm } from '@/features/leads/components/lead-outcome-form';
import { useTranslation } from '@/lib/i18n/use-translation';

export type LeadOutcomeDialogProps = {
  leadName: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  initialOutcome?: LeadOutcome;
  /** Saves the result (close the lead, or move it onto Fechado with it). */
  onConfirm: (request: CloseLeadRequest) => Promise<void> | void;
};

/** Asks won or lost (and why, when lost); what happens then is the caller's. */
export function LeadOutcomeDialog({
  leadName,
  open,
  onOpenChange,
  initialOutcome,
  onConfirm,
}: LeadOutcomeDialogProps): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent closeLabel={t('common.close')}>
        <DialogHeader>
          <DialogTitle>{t('leadResult.title', { name: leadName })}</DialogTitle>
          <DialogDescription>{t('leadResult.description')}</DialogDescription>
        </DialogHeader>
        {/* Mounted only while open, so each opening starts from a clean form. */}
        <LeadOutcomeForm initialOutcome={initialOutcome} onConfirm={onConfirm} />
      </DialogContent>
    </Dialog>
  );
}
