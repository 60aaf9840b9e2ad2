import type { LeadOutcome, LeadResponse } from '@loved/shared';
import { CircleX, RotateCcw, Trophy } from 'lucide-react';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { useReopenLead } from '@/features/leads/api/reopen-lead';
import { CloseLeadDialog } from '@/features/leads/components/close-lead-dialog';
import { describeError } from '@/lib/describe-error';
import { useTranslation } from '@/lib/i18n/use-translation';
import { showToast } from '@/stores/toast.store';

export type LeadResultActionsProps = {
  lead: LeadResponse;
};

/**
 * Ganho / Perdido while the deal is open (both ask in the close dialog, lost with its reason);
 * Reabrir once it has a result, which clears it and puts the lead back in Negociação.
 */
export function LeadResultActions({ lead }: LeadResultActionsProps): React.JSX.Element {
  const { t, dictionary } = useTranslation();
  const reopen = useReopenLead();
  // Each opening is a new round of the dialog, so it starts from the result asked.
  const [closing, setClosing] = useState<{ outcome: LeadOutcome; open: boolean; round: number }>({
    outcome: 'won',
    open: false,
    round: 0,
  });
  const handleAsk = (outcome: LeadOutcome): void =>
    setClosing((current) => ({ outcome, open: true, round: current.round + 1 }));

  const handleReopen = async (): Promise<void> => {
    if (reopen.isPending) return;
    try {
      await reopen.mutateAsync({ id: lead.id });
      showToast({ title: t('lead.header.reopened', { name: lead.name }), variant: 'success' });
    } catch (error) {
      showToast({
        title: t('lead.header.reopenFailed'),
        description: describeError(error, t, dictionary),
        variant: 'destructive',
      });
    }
  };

  return (
    <>
      {lead.outcome ? (
        <Button
          variant="outline"
          aria-label={t('lead.header.reopenLabel', { name: lead.name })}
          disabled={reopen.isPending}
          aria-busy={reopen.isPending}
          onClick={() => void handleReopen()}
        >
          <RotateCcw aria-hidden="true" />
          {reopen.isPending ? t('lead.header.reopening') : t('lead.header.reopen')}
        </Button>
      ) : (
        <>
          <Button
            variant="outline"
            aria-label={t('lead.header.markWonLabel', { name: lead.name })}
            onClick={() => handleAsk('won')}
          >
            <Trophy aria-hidden="true" className="text-success" />
            {t('lead.header.markWon')}
          </Button>
          <Button
            variant="outline"
            aria-label={t('lead.header.markLostLabel', { name: lead.name })}
            onClick={() => handleAsk('lost')}
          >
            <CircleX aria-hidden="true" className="text-destructive" />
            {t('lead.header.markLost')}
          </Button>
        </>
      )}
      <CloseLeadDialog
        key={closing.round}
        lead={lead}
        open={closing.open}
        initialOutcome={closing.outcome}
        onOpenChange={(open) => setClosing((current) => ({ ...current, open }))}
      />
    </>
  );
}
