import { CalendarPlus, X } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { useTranslation } from '@/lib/i18n/use-translation';

export type NextStepPromptProps = {
  /** What just happened ("Ligação registrada."). */
  message: string;
  onSchedule: () => void;
  onDismiss: () => void;
};

/** After a call, the offer to put the follow-up in the agenda at once. */
export function NextStepPrompt({
  message,
  onSchedule,
  onDismiss,
}: NextStepPromptProps): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <div
      role="status"
      className="flex flex-wrap items-center gap-3 rounded-xl border border-border bg-brand-soft px-4 py-3 text-sm"
    >
      <p className="flex-1">{message}</p>
      <Button size="sm" onClick={onSchedule}>
        <CalendarPlus aria-hidden="true" />
        {t('activities.scheduleNextStep')}
      </Button>
      <Button
        variant="ghost"
        size="icon"
        className="size-8"
        aria-label={t('activities.nextStep.dismiss')}
        onClick={onDismiss}
      >
        <X aria-hidden="true" />
      </Button>
    </div>
  );
}
