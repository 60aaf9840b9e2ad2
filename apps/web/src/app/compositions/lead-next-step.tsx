import { useState } from 'react';
import { useActivityOptions } from '@/app/compositions/use-activity-options';
import { ActivityFormDialog } from '@/features/activities/components/activity-form-dialog';
import { NextStepPrompt } from '@/features/activities/components/next-step-prompt';
import { tomorrowAt } from '@/features/activities/utils/activity-time';
import { useTranslation } from '@/lib/i18n/use-translation';

/** What just happened on the lead page that calls for a follow-up. */
export type NextStepOffer = 'callLogged' | 'callPlaced';

export type LeadNextStepProps = {
  leadId: string;
  leadName: string;
  offer: NextStepOffer;
  onDismiss: () => void;
};

/**
 * After a call (logged by hand, or placed through Twilio): "Agendar próximo passo" opens the
 * activity form with a call tomorrow at 10:00 in the organisation's time zone.
 */
export function LeadNextStep({
  leadId,
  leadName,
  offer,
  onDismiss,
}: LeadNextStepProps): React.JSX.Element {
  const { t } = useTranslation();
  const { timeZone, assignees, currentUserId, handleActivityChanged } = useActivityOptions();
  const [isOpen, setIsOpen] = useState(false);

  return (
    <>
      <NextStepPrompt
        message={t(`activities.nextStep.${offer}`)}
        onSchedule={() => setIsOpen(true)}
        onDismiss={onDismiss}
      />
      <ActivityFormDialog
        open={isOpen}
        onOpenChange={setIsOpen}
        leadId={leadId}
        leadName={leadName}
        preset={{
          type: 'call',
          subject: t('activities.nextStep.subject'),
          ...tomorrowAt(timeZone),
        }}
        timeZone={timeZone}
        assignees={assignees}
        currentUserId={currentUserId}
        onSaved={(activity) => {
          handleActivityChanged(activity);
          onDismiss();
        }}
      />
    </>
  );
}
