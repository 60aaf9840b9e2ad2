import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Textarea } from '@/components/ui/textarea';
import { useCreateNote } from '@/features/communications/api/create-note';
import { MentionTextarea } from '@/features/communications/components/mention-textarea';
import type { MentionCandidate } from '@/features/communications/types/mention-candidate';
import { mentionedIds } from '@/features/communications/utils/note-mentions';
import { isMissingEndpoint } from '@/features/communications/utils/timeline-items';
import { describeError, fieldErrorsOf } from '@/lib/describe-error';
import { useTranslation } from '@/lib/i18n/use-translation';
import { useSessionStore } from '@/stores/session.store';
import { showToast } from '@/stores/toast.store';

export type NoteFormProps = {
  leadId: string;
  /** The team, when app/ offers it: "@" in the note then mentions (and notifies) a member. */
  mentionCandidates?: readonly MentionCandidate[];
};

export function NoteForm({ leadId, mentionCandidates }: NoteFormProps): React.JSX.Element {
  const { t, dictionary } = useTranslation();
  const create = useCreateNote();
  const myId = useSessionStore((state) => state.user?.id);
  const [content, setContent] = useState('');
  const [picked, setPicked] = useState<MentionCandidate[]>([]);
  const [error, setError] = useState<string | undefined>();
  const [isSaving, setIsSaving] = useState(false);
  // Mentioning oneself would only notify oneself.
  const candidates = mentionCandidates?.filter((candidate) => candidate.id !== myId);

  const handleMention = (candidate: MentionCandidate): void => {
    setPicked((current) =>
      current.some((item) => item.id === candidate.id) ? current : [...current, candidate],
    );
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (!content.trim()) {
      setError(t('validation.required'));
      return;
    }
    setIsSaving(true);
    setError(undefined);
    const mentions = mentionedIds(content, picked);
    try {
      await create.mutateAsync({
        leadId,
        body: { content: content.trim(), ...(mentions.length > 0 ? { mentions } : {}) },
      });
      setContent('');
      setPicked([]);
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
      <Field
        label={t('timeline.composer.noteLabel')}
        hint={candidates ? t('mentions.hint') : undefined}
        error={error}
      >
        {(control) =>
          candidates ? (
            <MentionTextarea
              {...control}
              placeholder={t('timeline.composer.notePlaceholder')}
              value={content}
              maxLength={10_000}
              candidates={candidates}
              onValueChange={setContent}
              onMention={handleMention}
            />
          ) : (
            <Textarea
              {...control}
              placeholder={t('timeline.composer.notePlaceholder')}
              value={content}
              maxLength={10_000}
              onChange={(event) => setContent(event.target.value)}
            />
          )
        }
      </Field>
      <Button type="submit" className="self-end" disabled={isSaving}>
        {isSaving ? t('timeline.composer.saving') : t('timeline.composer.addNote')}
      </Button>
    </form>
  );
}
