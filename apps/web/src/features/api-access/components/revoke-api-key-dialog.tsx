import type { ApiKeyResponse } from '@loved/shared';
import { KeyRound } from 'lucide-react';
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
  DialogTrigger,
} from '@/components/ui/dialog';
import { useRevokeApiKey } from '@/features/api-access/api/revoke-api-key';
import { describeError } from '@/lib/describe-error';
import { useTranslation } from '@/lib/i18n/use-translation';
import { showToast } from '@/stores/toast.store';

export type RevokeApiKeyDialogProps = {
  apiKey: ApiKeyResponse;
};

/** A "Revogar" button that asks first: a revoked key stops working at once, for good. */
export function RevokeApiKeyDialog({ apiKey }: RevokeApiKeyDialogProps): React.JSX.Element {
  const { t, dictionary } = useTranslation();
  const revoke = useRevokeApiKey();
  const [isOpen, setIsOpen] = useState(false);

  const handleConfirm = async (): Promise<void> => {
    try {
      await revoke.mutateAsync(apiKey.id);
      setIsOpen(false);
      showToast({
        title: t('apiAccess.keys.revoke.done', { name: apiKey.name }),
        variant: 'success',
      });
    } catch (failure) {
      showToast({ title: describeError(failure, t, dictionary), variant: 'destructive' });
    }
  };

  return (
    <Dialog open={isOpen} onOpenChange={setIsOpen}>
      <DialogTrigger asChild>
        <Button
          variant="outline"
          size="sm"
          className="text-destructive"
          aria-label={t('apiAccess.keys.revoke.actionLabel', { name: apiKey.name })}
        >
          <KeyRound aria-hidden="true" />
          {t('apiAccess.keys.revoke.action')}
        </Button>
      </DialogTrigger>
      <DialogContent closeLabel={t('common.close')}>
        <DialogHeader>
          <DialogTitle>{t('apiAccess.keys.revoke.title', { name: apiKey.name })}</DialogTitle>
          <DialogDescription>{t('apiAccess.keys.revoke.description')}</DialogDescription>
        </DialogHeader>
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="outline">{t('common.cancel')}</Button>
          </DialogClose>
          <Button
            className="bg-destructive text-white hover:bg-destructive/90"
            disabled={revoke.isPending}
            onClick={() => void handleConfirm()}
          >
            {revoke.isPending
              ? t('apiAccess.keys.revoke.revoking')
              : t('apiAccess.keys.revoke.confirm')}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
