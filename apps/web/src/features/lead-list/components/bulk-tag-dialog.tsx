import { useId, useState } from 'react';
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
import { useTranslation } from '@/lib/i18n/use-translation';

/** The API's limit for one tag. */
const TAG_MAX_LENGTH = 40;

export type BulkTagDialogProps = {
  /** `add` or `remove` the tag on every selected lead; null keeps the dialog closed. */
  mode: 'add' | 'remove' | null;
  count: number;
  /** Offered while typing: the tags the selected (or shown) leads already have. */
  suggestions: string[];
  isPending: boolean;
  onSubmit: (tag: string) => void;
  onClose: () => void;
};

/** Asks which tag to add to, or remove from, the selected leads. */
export function BulkTagDialog({
  mode,
  count,
  suggestions,
  isPending,
  onSubmit,
  onClose,
}: BulkTagDialogProps): React.JSX.Element {
  const { t } = useTranslation();
  const listId = useId();
  const [tag, setTag] = useState('');
  const [error, setError] = useState<string | undefined>();
  const isAdd = mode === 'add';

  const handleOpenChange = (open: boolean): void => {
    if (open) return;
    setTag('');
    setError(undefined);
    onClose();
  };

  return (
    <Dialog open={mode !== null} onOpenChange={handleOpenChange}>
      <DialogContent closeLabel={t('common.close')}>
        <form
          className="flex flex-col gap-4"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const value = tag.trim();
            if (value === '') {
              setError(t('leadList.bulk.tagRequired'));
              return;
            }
            onSubmit(value);
          }}
        >
          <DialogHeader>
            <DialogTitle>
              {isAdd
                ? t('leadList.bulk.addTagTitle', { count })
                : t('leadList.bulk.removeTagTitle', { count })}
            </DialogTitle>
            <DialogDescription>
              {isAdd ? t('leadList.bulk.addTagHint') : t('leadList.bulk.removeTagHint')}
            </DialogDescription>
          </DialogHeader>
          <Field label={t('leadList.bulk.tag')} error={error}>
            {(control) => (
              <Input
                {...control}
                list={listId}
                autoComplete="off"
                maxLength={TAG_MAX_LENGTH}
                placeholder={t('leadList.bulk.tagPlaceholder')}
                value={tag}
                onChange={(event) => {
                  setTag(event.target.value);
                  setError(undefined);
                }}
              />
            )}
          </Field>
          <datalist id={listId}>
            {suggestions.map((suggestion) => (
              <option key={suggestion} value={suggestion} />
            ))}
          </datalist>
          <DialogFooter>
            <Button variant="outline" onClick={() => handleOpenChange(false)}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" disabled={isPending}>
              {isPending
                ? t('leadList.bulk.working')
                : isAdd
                  ? t('leadList.bulk.addTag')
                  : t('leadList.bulk.removeTag')}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
