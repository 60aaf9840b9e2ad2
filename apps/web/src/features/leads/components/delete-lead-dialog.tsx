import type { LeadResponse } from '@loved/shared';
import { useState } from 'react';
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
import { useDeleteLead } from '@/features/leads/api/delete-lead';
import { describeError } from '@/lib/describe-error';
import { useTranslation } from '@/lib/i18n/use-translation';
import { showToast } from '@/stores/toast.store';

export type DeleteLeadDialogProps = {
  lead: LeadResponse;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onDeleted: () => void;
};

export function DeleteLeadDialog({
  lead,
  open,
  onOpenChange,
  onDeleted,
}: DeleteLeadDialogProps): React.JSX.Element {
  const { t, dictionary } = useTranslation();
  const [isDeleting, setIsDeleting] = useState(false);
  const remove = useDeleteLead();

  const handleDelete = async (): Promise<void> => {
    setIsDeleting(true);
    try {
      await remove.mutateAsync(lead.id);
      showToast({ title: t('lead.details.deleted', { name: lead.name }), variant: 'success' });
      onOpenChange(false);
      onDeleted();
    } catch (error) {
      showToast({ title: describeError(error, t, dictionary), variant: 'destructive' });
    } finally {
      setIsDeleting(false);
    }
  };

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent closeLabel={t('common.close')}>
        <DialogHeader>
          <DialogTitle>{t('lead.details.deleteTitle', { name: lead.name })}</DialogTitle>
          <DialogDescription>{t('lead.details.deleteDescription')}</DialogDescription>
        </DialogHeader>
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="outline">{t('common.cancel')}</Button>
          </DialogClose>
          <Button
            className="bg-destructive text-white hover:bg-destructive/90"
            disabled={isDeleting}
            onClick={() => void handleDelete()}
          >
            {t('lead.details.delete')}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
