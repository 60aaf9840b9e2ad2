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
import { useDisconnectTwilio } from '@/features/integrations/api/disconnect-twilio';
import { describeError } from '@/lib/describe-error';
import { useTranslation } from '@/lib/i18n/use-translation';
import { showToast } from '@/stores/toast.store';

export type DisconnectTwilioDialogProps = {
  /** The Twilio number being disconnected, named in the question. */
  number: string;
};

/** A "Desconectar" button that asks first: disconnecting stops calls both ways. */
export function DisconnectTwilioDialog({ number }: DisconnectTwilioDialogProps): React.JSX.Element {
  const { t, dictionary } = useTranslation();
  const disconnect = useDisconnectTwilio();
  const [isOpen, setIsOpen] = useState(false);

  const handleConfirm = async (): Promise<void> => {
    try {
      await disconnect.mutateAsync();
      setIsOpen(false);
      showToast({ title: t('integrations.twilio.disconnect.done'), variant: 'success' });
    } catch (failure) {
      showToast({ title: describeError(failure, t, dictionary), variant: 'destructive' });
    }
  };

  return (
    <Dialog open={isOpen} onOpenChange={setIsOpen}>
      <DialogTrigger asChild>
        <Button variant="outline" className="text-destructive">
          <Unplug aria-hidden="true" />
          {t('integrations.twilio.disconnect.action')}
        </Button>
      </DialogTrigger>
      <DialogContent closeLabel={t('common.close')}>
        <DialogHeader>
          <DialogTitle>{t('integrations.twilio.disconnect.title')}</DialogTitle>
          <DialogDescription>
            {t('integrations.twilio.disconnect.description', { number })}
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
              ? t('integrations.twilio.disconnect.disconnecting')
              : t('integrations.twilio.disconnect.confirm')}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
