import { useState } from 'react';
import { Button } from '@/components/ui/button';
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { useCreateSavedFilter } from '@/features/lead-list/api/create-saved-filter';
import type { LeadListQuery } from '@/features/lead-list/types/lead-list';
import { ApiError } from '@/lib/api-client';
import { describeError } from '@/lib/describe-error';
import { useTranslation } from '@/lib/i18n/use-translation';
import { showToast } from '@/stores/toast.store';

/** The API's limit for a saved filter's name. */
const NAME_MAX_LENGTH = 100;

export type SaveFilterDialogProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** What gets saved: the list's filters and order as they are now. */
  query: LeadListQuery;
};

/** Names the current filters and saves them for this user. */
export function SaveFilterDialog({
  open,
  onOpenChange,
  query,
}: SaveFilterDialogProps): React.JSX.Element {
  const { t, dictionary } = useTranslation();
  const create = useCreateSavedFilter();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();

  const handleOpenChange = (next: boolean): void => {
    if (!next) {
      setName('');
      setError(undefined);
      create.reset();
    }
    onOpenChange(next);
  };

  const handleSubmit = (event: React.FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed === '') {
      setError(t('leadList.saved.nameRequired'));
      return;
    }
    create.mutate(
      { name: trimmed, filters: query },
      {
        onSuccess: (saved) => {
          showToast({ title: t('leadList.saved.saved', { name: saved.name }), variant: 'success' });
          handleOpenChange(false);
        },
        onError: (failure) => {
          // A name already taken is the name field's problem; anything else goes in a toast.
          if (failure instanceof ApiError && failure.code === 'SAVED_FILTER_EXISTS') {
            setError(describeError(failure, t, dictionary));
            return;
          }
          showToast({
            title: t('leadList.saved.failed'),
            description: describeError(failure, t, dictionary),
            variant: 'destructive',
          });
        },
      },
    );
  };

  return (
    <Dialog open={open} onOpenChange={handleOpenChange}>
      <DialogContent closeLabel={t('common.close')}>
        <form className="flex flex-col gap-4" noValidate onSubmit={handleSubmit}>
          <DialogHeader>
            <DialogTitle>{t('leadList.saved.dialogTitle')}</DialogTitle>
            <DialogDescription>{t('leadList.saved.dialogDescription')}</DialogDescription>
          </DialogHeader>
          <Field label={t('leadList.saved.name')} error={error}>
            {(control) => (
              <Input
                {...control}
                autoComplete="off"
                maxLength={NAME_MAX_LENGTH}
                placeholder={t('leadList.saved.namePlaceholder')}
                value={name}
                onChange={(event) => {
                  setName(event.target.value);
                  setError(undefined);
                }}
              />
            )}
          </Field>
          <DialogFooter>
            <Button variant="outline" onClick={() => handleOpenChange(false)}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" disabled={create.isPending}>
              {create.isPending ? t('common.saving') : t('leadList.saved.save')}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
