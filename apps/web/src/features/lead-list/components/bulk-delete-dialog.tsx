import { Button } from '@/components/ui/button';
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from '@/components/ui/dialog';
import { useTranslation } from '@/lib/i18n/use-translation';

export type BulkDeleteDialogProps = {
  open: boolean;
  count: number;
  isPending: boolean;
  onConfirm: () => void;
  onClose: () => void;
};

/** "Excluir 3 leads?": nothing is deleted before the user confirms. */
export function BulkDeleteDialog({
  open,
  count,
  isPending,
  onConfirm,
  onClose,
}: BulkDeleteDialogProps): React.JSX.Element {
  const { t } = useTranslation();
  const one = count === 1;
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (!next) onClose();
      }}
    >
      <DialogContent closeLabel={t('common.close')} role="alertdialog">
        <DialogHeader>
          <DialogTitle>
            {one ? t('leadList.bulk.deleteTitleOne') : t('leadList.bulk.deleteTitle', { count })}
          </DialogTitle>
          <DialogDescription>{t('leadList.bulk.deleteDescription')}</DialogDescription>
        </DialogHeader>
        <DialogFooter>
          <Button variant="outline" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            className="bg-destructive text-white hover:bg-destructive/90"
            disabled={isPending}
            onClick={onConfirm}
          >
            {isPending
              ? t('leadList.bulk.working')
              : one
                ? t('leadList.bulk.deleteConfirmOne')
                : t('leadList.bulk.deleteConfirm', { count })}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
