import type { CloseLeadRequest, LeadOutcome } from '@loved/shared';
import { CircleX, Trophy } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { DialogClose, DialogFooter } from '@/components/ui/dialog';
import { LostReasonField } from '@/features/leads/components/lost-reason-field';
import { lostReasonOf, type LostReasonValue } from '@/features/leads/utils/lost-reason';
import { cn } from '@/lib/cn';
import { describeError } from '@/lib/describe-error';
import { useTranslation } from '@/lib/i18n/use-translation';

export type LeadOutcomeFormProps = {
  initialOutcome?: LeadOutcome;
  /** Saves the result; a rejection is shown in the form, which stays open. */
  onConfirm: (request: CloseLeadRequest) => Promise<void> | void;
};

const OPTIONS: ReadonlyArray<{ outcome: LeadOutcome; icon: typeof Trophy }> = [
  { outcome: 'won', icon: Trophy },
  { outcome: 'lost', icon: CircleX },
];

/** Won or lost, and for lost why: the body of the dialogs that close a deal. */
export function LeadOutcomeForm({
  initialOutcome,
  onConfirm,
}: LeadOutcomeFormProps): React.JSX.Element {
  const { t, dictionary } = useTranslation();
  const [outcome, setOutcome] = useState<LeadOutcome | null>(initialOutcome ?? null);
  const [reason, setReason] = useState<LostReasonValue>({ choice: '', other: '' });
  const [showErrors, setShowErrors] = useState(false);
  const [isSaving, setIsSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const lostReason = lostReasonOf(reason);
  const outcomeError = outcome === null ? t('leadResult.outcomeRequired') : undefined;
  const reasonError =
    outcome === 'lost' && lostReason === '' ? t('leadResult.reasonRequired') : undefined;

  const handleSubmit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    setShowErrors(true);
    if (outcome === null || reasonError) return;
    setIsSaving(true);
    setSaveError(null);
    try {
      await onConfirm(outcome === 'lost' ? { outcome, lost_reason: lostReason } : { outcome });
    } catch (error) {
      setSaveError(describeError(error, t, dictionary));
      setIsSaving(false);
    }
  };

  return (
    <form className="flex flex-col gap-4" noValidate onSubmit={(event) => void handleSubmit(event)}>
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-2 text-sm font-medium">{t('leadResult.outcome')}</legend>
        <div className="grid grid-cols-2 gap-2">
          {OPTIONS.map(({ outcome: option, icon: Icon }) => (
            <label
              key={option}
              className={cn(
                'flex cursor-pointer flex-col gap-1 rounded-lg border border-border p-3 text-sm transition-colors has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-ring',
                outcome === option &&
                  (option === 'won'
                    ? 'border-success bg-success-soft'
                    : 'border-destructive bg-destructive-soft'),
              )}
            >
              <span className="flex items-center gap-2 font-medium">
                <input
                  type="radio"
                  name="outcome"
                  value={option}
                  className="sr-only"
                  checked={outcome === option}
                  onChange={() => setOutcome(option)}
                />
                <Icon
                  aria-hidden="true"
                  className={cn('size-4', option === 'won' ? 'text-success' : 'text-destructive')}
                />
                {t(`outcomes.${option}`)}
              </span>
              <span className="text-xs text-muted-foreground">
                {option === 'won' ? t('leadResult.wonHint') : t('leadResult.lostHint')}
              </span>
            </label>
          ))}
        </div>
        {showErrors && outcomeError ? (
          <p className="text-xs font-medium text-destructive">{outcomeError}</p>
        ) : null}
      </fieldset>

      {outcome === 'lost' ? (
        <LostReasonField
          value={reason}
          onChange={setReason}
          error={showErrors ? reasonError : undefined}
        />
      ) : null}

      {saveError ? (
        <p role="alert" className="text-sm font-medium text-destructive">
          {saveError}
        </p>
      ) : null}

      <DialogFooter>
        <DialogClose asChild>
          <Button variant="outline">{t('common.cancel')}</Button>
        </DialogClose>
        <Button type="submit" disabled={isSaving}>
          {isSaving
            ? t('leadResult.saving')
            : outcome === 'lost'
              ? t('leadResult.submitLost')
              : outcome === 'won'
                ? t('leadResult.submitWon')
                : t('leadResult.confirm')}
        </Button>
      </DialogFooter>
    </form>
  );
}
