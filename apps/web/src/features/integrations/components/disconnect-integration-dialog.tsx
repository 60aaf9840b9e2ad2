import { Unplug } from 'lucide-react';
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
import type { IntegrationCardProvider } from '@/features/integrations/types/integration-card';
import { describeError } from '@/lib/describe-error';
import { useTranslation } from '@/lib/i18n/use-translation';
import { showToast } from '@/stores/toast.store';

export type DisconnectIntegrationDialogProps = {
  provider: IntegrationCardProvider;
  /** The number being disconnected, named in the question. */
  number: string;
  /** The provider's disconnect mutation. */
  disconnect: { mutateAsync: () => Promise<unknown>; isPending: boolean };
};

/** A "Desconectar" button that asks first: disconnecting stops the provider both ways. */
export function DisconnectIntegrationDialog({
  provider,
  number,
  disconnect,
}: DisconnectIntegrationDialogProps): React.JSX.Element {
  const { t, dictionary } = useTranslation();
  const [isOpen, setIsOpen] = useState(false);

  const handleConfirm = async (): Promise<void> => {
    try {
      await disconnect.mutateAsync();
      setIsOpen(false);
      showToast({ title: t(`integrations.${provider}.disconnect.done`), variant: 'success' });
    } catch (failure) {
      showToast({ title: describeError(failure, t, dictionary), variant: 'destructive' });
    }
  };

  return (
    <Dialog open={isOpen} onOpenChange={setIsOpen}>
      <DialogTrigger asChild>
        <Button variant="outline" className="text-destructive">
          <Unplug aria-hidden="true" />
          {t(`integrations.${provider}.disconnect.action`)}
        </Button>
      </DialogTrigger>
      <DialogContent closeLabel={t('common.close')}>
        <DialogHeader>
          <DialogTitle>{t(`integrations.${provider}.disconnect.title`)}</DialogTitle>
          <DialogDescription>
            {t(`integrations.${provider}.disconnect.description`, { number })}
          </DialogDescription>
        </DialogHeader>
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="outline">{t('common.cancel')}</Button>
          </DialogClose>
          <Button
            className="bg-destructive text-white hover:bg-destructive/90"
            disabled={disconnect.isPending}
            onClick={() => void handleConfirm()}
          >
            {disconnect.isPending
              ? t(`integrations.${provider}.disconnect.disconnecting`)
              : t(`integrations.${provider}.disconnect.confirm`)}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
