import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Textarea } from '@/components/ui/textarea';
import { useCreateNote } from '@/features/communications/api/create-note';
import { isMissingEndpoint } from '@/features/communications/utils/timeline-items';
import { describeError, fieldErrorsOf } from '@/lib/describe-error';
import { useTranslation } from '@/lib/i18n/use-translation';
import { showToast } from '@/stores/toast.store';

export type NoteFormProps = {
  leadId: string;
};

export function NoteForm({ leadId }: NoteFormProps): React.JSX.Element {
  const { t, dictionary } = useTranslation();
  const create = useCreateNote();
  const [content, setContent] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [isSaving, setIsSaving] = useState(false);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (!content.trim()) {
      setError(t('validation.required'));
      return;
    }
    setIsSaving(true);
    setError(undefined);
    try {
      await create.mutateAsync({ leadId, body: { content: content.trim() } });
      setContent('');
      showToast({ title: t('timeline.composer.noteSaved'), variant: 'success' });
    } catch (failure) {
      setError(
        isMissingEndpoint(failure)
          ? t('timeline.composer.unavailable')
          : (fieldErrorsOf(failure, t, dictionary).content ??
              describeError(failure, t, dictionary)),
      );
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <form className="flex flex-col gap-3" onSubmit={handleSubmit} noValidate>
      <Field label={t('timeline.composer.noteLabel')} error={error}>
        {(control) => (
          <Textarea
            {...control}
            placeholder={t('timeline.composer.notePlaceholder')}
            value={content}
            maxLength={10_000}
            onChange={(event) => setContent(event.target.value)}
          />
        )}
      </Field>
      <Button type="submit" className="self-end" disabled={isSaving}>
        {isSaving ? t('timeline.composer.saving') : t('timeline.composer.addNote')}
      </Button>
    </form>
  );
}
