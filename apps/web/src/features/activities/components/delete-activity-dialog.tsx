import type { ActivityResponse } from '@loved/shared';
import { Button } from '@/components/ui/button';
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from '@/components/ui/dialog';
import { useDeleteActivity } from '@/features/activities/api/delete-activity';
import { describeError } from '@/lib/describe-error';
import { useTranslation } from '@/lib/i18n/use-translation';
import { showToast } from '@/stores/toast.store';

export type DeleteActivityDialogProps = {
  /** The activity to delete; null keeps the dialog closed. */
  activity: ActivityResponse | null;
  onClose: () => void;
  onDeleted?: (activity: ActivityResponse) => void;
};

/** Asks before deleting an activity: it cannot be undone. */
export function DeleteActivityDialog({
  activity,
  onClose,
  onDeleted,
}: DeleteActivityDialogProps): React.JSX.Element {
  const { t, dictionary } = useTranslation();
  const remove = useDeleteActivity();

  const handleDelete = async (): Promise<void> => {
    if (!activity) return;
    try {
      await remove.mutateAsync(activity.id);
      showToast({ title: t('activities.delete.deleted'), description: activity.subject });
      onDeleted?.(activity);
      onClose();
    } catch (error) {
      showToast({
        title: t('activities.delete.failed'),
        description: describeError(error, t, dictionary),
        variant: 'destructive',
      });
    }
  };

  return (
    <Dialog
      open={activity !== null}
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
    >
      <DialogContent closeLabel={t('common.close')}>
        <DialogHeader>
          <DialogTitle>{t('activities.delete.title')}</DialogTitle>
          <DialogDescription>
            {t('activities.delete.description', { subject: activity?.subject ?? '' })}
          </DialogDescription>
        </DialogHeader>
        <DialogFooter>
          <DialogClose asChild>
            <Button type="button" variant="outline">
              {t('common.cancel')}
            </Button>
          </DialogClose>
          <Button
            type="button"
            className="bg-destructive text-white hover:bg-destructive/90"
            disabled={remove.isPending}
            onClick={() => void handleDelete()}
          >
            {remove.isPending ? t('activities.delete.deleting') : t('activities.delete.confirm')}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
