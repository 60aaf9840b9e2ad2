import type { CallOutcome, CommunicationResponse } from '@loved/shared';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import { useLogCall } from '@/features/communications/api/log-call';
import { isMissingEndpoint } from '@/features/communications/utils/timeline-items';
import { describeError } from '@/lib/describe-error';
import { useTranslation } from '@/lib/i18n/use-translation';
import { showToast } from '@/stores/toast.store';

export type CallFormProps = {
  leadId: string;
  /** The call was saved (app/ then offers to schedule the next step). */
  onLogged?: (communication: CommunicationResponse) => void;
};

const CALL_OUTCOME_OPTIONS: Record<CallOutcome, true> = {
  completed: true,
  missed: true,
  busy: true,
  no_answer: true,
};

function isCallOutcome(value: string): value is CallOutcome {
  return value in CALL_OUTCOME_OPTIONS;
}

/** A call made or received outside the CRM: direction, length, outcome and a remark. */
export function CallForm({ leadId, onLogged }: CallFormProps): React.JSX.Element {
  const { t, dictionary } = useTranslation();
  const log = useLogCall();
  const [direction, setDirection] = useState<'inbound' | 'outbound'>('outbound');
  const [minutes, setMinutes] = useState('');
  const [seconds, setSeconds] = useState('');
  const [outcome, setOutcome] = useState<CallOutcome>('completed');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [durationError, setDurationError] = useState<string | undefined>();
  const [isSaving, setIsSaving] = useState(false);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const minutesValue = minutes.trim() === '' ? 0 : Number(minutes);
    const secondsValue = seconds.trim() === '' ? 0 : Number(seconds);
    if (![minutesValue, secondsValue].every((value) => Number.isInteger(value) && value >= 0)) {
      setDurationError(t('validation.number'));
      return;
    }
    setDurationError(undefined);
    setError(undefined);
    setIsSaving(true);
    try {
      const communication = await log.mutateAsync({
        leadId,
        body: {
          direction,
          duration_seconds: minutesValue * 60 + secondsValue,
          outcome,
          ...(note.trim() ? { note: note.trim() } : {}),
        },
      });
      setMinutes('');
      setSeconds('');
      setNote('');
      showToast({ title: t('timeline.composer.callSaved'), variant: 'success' });
      onLogged?.(communication);
    } catch (failure) {
      setError(
        isMissingEndpoint(failure)
          ? t('timeline.composer.unavailable')
          : describeError(failure, t, dictionary),
      );
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <form className="grid gap-3 sm:grid-cols-2" onSubmit={handleSubmit} noValidate>
      <Field label={t('timeline.composer.callDirection')}>
        {(control) => (
          <Select
            {...control}
            value={direction}
            onChange={(event) =>
              setDirection(event.target.value === 'inbound' ? 'inbound' : 'outbound')
            }
          >
            <option value="outbound">{t('timeline.composer.callOutbound')}</option>
            <option value="inbound">{t('timeline.composer.callInbound')}</option>
          </Select>
        )}
      </Field>
      <Field label={t('timeline.composer.callOutcome')}>
        {(control) => (
          <Select
            {...control}
            value={outcome}
            onChange={(event) => {
              if (isCallOutcome(event.target.value)) setOutcome(event.target.value);
            }}
          >
            {(Object.keys(CALL_OUTCOME_OPTIONS) as CallOutcome[]).map((option) => (
              <option key={option} value={option}>
                {t(`timeline.callOutcomes.${option}`)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field label={t('timeline.composer.callMinutes')} error={durationError}>
        {(control) => (
          <Input
            {...control}
            type="number"
            inputMode="numeric"
            min={0}
            value={minutes}
            onChange={(event) => setMinutes(event.target.value)}
          />
        )}
      </Field>
      <Field label={t('timeline.composer.callSeconds')}>
        {(control) => (
          <Input
            {...control}
            type="number"
            inputMode="numeric"
            min={0}
            max={59}
            value={seconds}
            onChange={(event) => setSeconds(event.target.value)}
          />
        )}
      </Field>
      <Field label={t('timeline.composer.callNote')} error={error} className="sm:col-span-2">
        {(control) => (
          <Textarea
            {...control}
            className="min-h-16"
            value={note}
            maxLength={10_000}
            onChange={(event) => setNote(event.target.value)}
          />
        )}
      </Field>
      <Button type="submit" className="justify-self-end sm:col-span-2" disabled={isSaving}>
        {isSaving ? t('timeline.composer.saving') : t('timeline.composer.logCall')}
      </Button>
    </form>
  );
}
