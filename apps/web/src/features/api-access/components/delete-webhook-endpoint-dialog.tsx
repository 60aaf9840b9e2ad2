import type { WebhookEndpointResponse } from '@loved/shared';
import { Trash2 } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { useDeleteWebhookEndpoint } from '@/features/api-access/api/delete-webhook-endpoint';
import { ConfirmActionDialog } from '@/features/api-access/components/confirm-action-dialog';
import { useTranslation } from '@/lib/i18n/use-translation';

export type DeleteWebhookEndpointDialogProps = {
  endpoint: WebhookEndpointResponse;
};

/** An "Excluir" button that asks first: the URL stops receiving events for good. */
export function DeleteWebhookEndpointDialog({
  endpoint,
}: DeleteWebhookEndpointDialogProps): React.JSX.Element {
  const { t } = useTranslation();
  const remove = useDeleteWebhookEndpoint();

  return (
    <ConfirmActionDialog
      trigger={
        <Button
          variant="outline"
          size="sm"
          className="text-destructive"
          aria-label={t('apiAccess.webhooks.delete.actionLabel', { url: endpoint.url })}
        >
          <Trash2 aria-hidden="true" />
          {t('apiAccess.webhooks.delete.action')}
        </Button>
      }
      title={t('apiAccess.webhooks.delete.title')}
      description={t('apiAccess.webhooks.delete.description', { url: endpoint.url })}
      confirmLabel={t('apiAccess.webhooks.delete.confirm')}
      pendingLabel={t('apiAccess.webhooks.delete.deleting')}
      isPending={remove.isPending}
      onConfirm={() => remove.mutateAsync(endpoint.id)}
      doneMessage={t('apiAccess.webhooks.delete.done')}
    />
  );
}
