import type { CommunicationResponse } from '@loved/shared';
import { Phone } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { usePlaceCall } from '@/features/calls/api/place-call';
import { callFailedFeedback, callStartedFeedback } from '@/features/calls/utils/call-feedback';
import { useTranslation } from '@/lib/i18n/use-translation';
import { showToast } from '@/stores/toast.store';

export type CallLeadButtonProps = {
  leadId: string;
  leadName: string;
  /** The lead's phone; without one there is nothing to call and no button. */
  leadPhone: string | null;
  /** Shows the new call on the timeline before its live event arrives. */
  onPlaced: (communication: CommunicationResponse) => void;
};

/**
 * "Ligar": Twilio rings the lead and, when they answer, connects the rep's phone. The outcome
 * is said in a toast; the call itself then follows on the timeline.
 */
export function CallLeadButton({
  leadId,
  leadName,
  leadPhone,
  onPlaced,
}: CallLeadButtonProps): React.JSX.Element | null {
  const { t, dictionary } = useTranslation();
  const call = usePlaceCall({ onPlaced });
  if (!leadPhone) return null;

  const handleCall = async (): Promise<void> => {
    if (call.isPending) return;
    try {
      const communication = await call.mutateAsync({ lead_id: leadId });
      showToast({ ...callStartedFeedback(communication, leadName, t), variant: 'success' });
    } catch (failure) {
      showToast({ ...callFailedFeedback(failure, t, dictionary), variant: 'destructive' });
    }
  };

  return (
    <Button
      variant="outline"
      aria-label={t('calls.callLabel', { name: leadName, phone: leadPhone })}
      title={leadPhone}
      disabled={call.isPending}
      aria-busy={call.isPending}
      onClick={() => void handleCall()}
    >
      <Phone aria-hidden="true" className="text-orange-600" />
      {call.isPending ? t('calls.calling') : t('calls.call')}
    </Button>
  );
}
