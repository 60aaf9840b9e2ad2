import type { WebhookEndpointResponse } from '@loved/shared';
import { Trash2 } from 'lucide-react';
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
import { useDeleteWebhookEndpoint } from '@/features/api-access/api/delete-webhook-endpoint';
import { describeError } from '@/lib/describe-error';
import { useTranslation } from '@/lib/i18n/use-translation';
import { showToast } from '@/stores/toast.store';

export type DeleteWebhookEndpointDialogProps = {
  endpoint: WebhookEndpointResponse;
};

/** An "Excluir" button that asks first: the URL stops receiving events for good. */
export function DeleteWebhookEndpointDialog({
  endpoint,
}: DeleteWebhookEndpointDialogProps): React.JSX.Element {
  const { t, dictionary } = useTranslation();
  const remove = useDeleteWebhookEndpoint();
  const [isOpen, setIsOpen] = useState(false);

  const handleConfirm = async (): Promise<void> => {
    try {
      await remove.mutateAsync(endpoint.id);
      setIsOpen(false);
      showToast({ title: t('apiAccess.webhooks.delete.done'), variant: 'success' });
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
          aria-label={t('apiAccess.webhooks.delete.actionLabel', { url: endpoint.url })}
        >
          <Trash2 aria-hidden="true" />
          {t('apiAccess.webhooks.delete.action')}
        </Button>
      </DialogTrigger>
      <DialogContent closeLabel={t('common.close')}>
        <DialogHeader>
          <DialogTitle>{t('apiAccess.webhooks.delete.title')}</DialogTitle>
          <DialogDescription className="break-all">
            {t('apiAccess.webhooks.delete.description', { url: endpoint.url })}
          </DialogDescription>
        </DialogHeader>
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="outline">{t('common.cancel')}</Button>
          </DialogClose>
          <Button
            className="bg-destructive text-white hover:bg-destructive/90"
            disabled={remove.isPending}
            onClick={() => void handleConfirm()}
          >
            {remove.isPending
              ? t('apiAccess.webhooks.delete.deleting')
              : t('apiAccess.webhooks.delete.confirm')}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
