import type { MemberResponse } from '@loved/shared';
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
import { useTranslation } from '@/lib/i18n/use-translation';

export type RemoveMemberDialogProps = {
  member: MemberResponse | null;
  isRemoving: boolean;
  onConfirm: (member: MemberResponse) => void;
  onCancel: () => void;
};

export function RemoveMemberDialog({
  member,
  isRemoving,
  onConfirm,
  onCancel,
}: RemoveMemberDialogProps): React.JSX.Element {
  const { t } = useTranslation();
  const name = member?.name ?? '';

  return (
    <Dialog
      open={member !== null}
      onOpenChange={(open) => {
        if (!open) onCancel();
      }}
    >
      <DialogContent closeLabel={t('common.close')}>
        <DialogHeader>
          <DialogTitle>{t('settings.team.removeTitle', { name })}</DialogTitle>
          <DialogDescription>{t('settings.team.removeDescription', { name })}</DialogDescription>
        </DialogHeader>
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="outline">{t('common.cancel')}</Button>
          </DialogClose>
          <Button
            className="bg-destructive text-white hover:bg-destructive/90"
            disabled={isRemoving}
            onClick={() => {
              if (member) onConfirm(member);
            }}
          >
            {t('common.remove')}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
