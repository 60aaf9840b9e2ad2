import { Plus } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { useCreateLostReason } from '@/features/leads/api/create-lost-reason';
import { describeError, fieldErrorsOf } from '@/lib/describe-error';
import { useTranslation } from '@/lib/i18n/use-translation';
import { showToast } from '@/stores/toast.store';

/** Adds a reason at the end of the organisation's list. */
export function LostReasonAddForm(): React.JSX.Element {
  const { t, dictionary } = useTranslation();
  const create = useCreateLostReason();
  const [label, setLabel] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const trimmed = label.trim();
    if (trimmed === '') {
      setError(t('lostReasons.labelRequired'));
      return;
    }
    setError(undefined);
    try {
      await create.mutateAsync({ label: trimmed });
      setLabel('');
      showToast({ title: t('lostReasons.added', { label: trimmed }), variant: 'success' });
    } catch (failure) {
      setError(
        fieldErrorsOf(failure, t, dictionary).label ?? describeError(failure, t, dictionary),
      );
    }
  };

  return (
    <form
      className="flex flex-col gap-3 sm:flex-row sm:items-start"
      noValidate
      onSubmit={(event) => void handleSubmit(event)}
    >
      <Field label={t('lostReasons.newLabel')} error={error} className="flex-1">
        {(control) => (
          <Input
            {...control}
            maxLength={100}
            placeholder={t('lostReasons.placeholder')}
            value={label}
            onChange={(event) => setLabel(event.target.value)}
          />
        )}
      </Field>
      <Button type="submit" variant="outline" className="sm:mt-5.5" disabled={create.isPending}>
        <Plus aria-hidden="true" />
        {create.isPending ? t('lostReasons.adding') : t('lostReasons.add')}
      </Button>
    </form>
  );
}
