import type { LostReason } from '@loved/shared';
import { ArrowDown, ArrowUp, Check, Pencil, Trash2, X } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { useDeleteLostReason } from '@/features/leads/api/delete-lost-reason';
import { useUpdateLostReason } from '@/features/leads/api/update-lost-reason';
import { describeError } from '@/lib/describe-error';
import { useTranslation } from '@/lib/i18n/use-translation';
import { showToast } from '@/stores/toast.store';

export type LostReasonRowProps = {
  reason: LostReason;
  canEdit: boolean;
  /** The neighbour it trades places with, if any. */
  previous: LostReason | null;
  next: LostReason | null;
};

/** One lost reason: its label, and for managers rename, move up or down, remove. */
export function LostReasonRow({
  reason,
  canEdit,
  previous,
  next,
}: LostReasonRowProps): React.JSX.Element {
  const { t, dictionary } = useTranslation();
  const update = useUpdateLostReason();
  const remove = useDeleteLostReason();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const isBusy = update.isPending || remove.isPending;

  const fail = (failure: unknown): void => {
    showToast({ title: describeError(failure, t, dictionary), variant: 'destructive' });
  };

  const handleRename = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const label = draft?.trim() ?? '';
    if (label === '') {
      setError(t('lostReasons.labelRequired'));
      return;
    }
    try {
      if (label !== reason.label) {
        await update.mutateAsync({ id: reason.id, body: { label } });
        showToast({ title: t('lostReasons.renamed', { label }), variant: 'success' });
      }
      setDraft(null);
      setError(null);
    } catch (failure) {
      setError(describeError(failure, t, dictionary));
    }
  };

  const handleSwap = async (other: LostReason): Promise<void> => {
    try {
      // Two requests: the API keeps each reason's position as given.
      await update.mutateAsync({ id: reason.id, body: { position: other.position } });
      await update.mutateAsync({ id: other.id, body: { position: reason.position } });
    } catch (failure) {
      fail(failure);
    }
  };

  const handleRemove = async (): Promise<void> => {
    try {
      await remove.mutateAsync(reason.id);
      showToast({ title: t('lostReasons.removed', { label: reason.label }), variant: 'success' });
    } catch (failure) {
      fail(failure);
    }
  };

  if (draft !== null) {
    return (
      <li className="py-2">
        <form
          className="flex flex-col gap-1"
          noValidate
          onSubmit={(event) => void handleRename(event)}
        >
          <div className="flex items-center gap-2">
            <Input
              autoFocus
              aria-label={t('lostReasons.labelOf', { label: reason.label })}
              aria-invalid={error ? true : undefined}
              maxLength={100}
              value={draft}
              onChange={(event) => setDraft(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Escape') setDraft(null);
              }}
            />
            <Button
              type="submit"
              size="icon"
              variant="outline"
              disabled={isBusy}
              aria-label={t('common.save')}
            >
              <Check aria-hidden="true" />
            </Button>
            <Button
              size="icon"
              variant="ghost"
              aria-label={t('common.cancel')}
              onClick={() => {
                setDraft(null);
                setError(null);
              }}
            >
              <X aria-hidden="true" />
            </Button>
          </div>
          {error ? <p className="text-xs font-medium text-destructive">{error}</p> : null}
        </form>
      </li>
    );
  }

  return (
    <li className="flex items-center gap-2 py-2">
      <span className="min-w-0 flex-1 truncate text-sm">{reason.label}</span>
      {canEdit ? (
        <div className="flex shrink-0 items-center gap-1">
          <Button
            size="icon"
            variant="ghost"
            className="size-8"
            disabled={!previous || isBusy}
            aria-label={t('lostReasons.moveUp', { label: reason.label })}
            onClick={() => previous && void handleSwap(previous)}
          >
            <ArrowUp aria-hidden="true" />
          </Button>
          <Button
            size="icon"
            variant="ghost"
            className="size-8"
            disabled={!next || isBusy}
            aria-label={t('lostReasons.moveDown', { label: reason.label })}
            onClick={() => next && void handleSwap(next)}
          >
            <ArrowDown aria-hidden="true" />
          </Button>
          <Button
            size="icon"
            variant="ghost"
            className="size-8"
            disabled={isBusy}
            aria-label={t('lostReasons.rename', { label: reason.label })}
            onClick={() => setDraft(reason.label)}
          >
            <Pencil aria-hidden="true" />
          </Button>
          <Button
            size="icon"
            variant="ghost"
            className="size-8 text-destructive hover:text-destructive"
            disabled={isBusy}
            aria-label={t('lostReasons.remove', { label: reason.label })}
            onClick={() => void handleRemove()}
          >
            <Trash2 aria-hidden="true" />
          </Button>
        </div>
      ) : null}
    </li>
  );
}
