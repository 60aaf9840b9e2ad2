import type { WebhookEndpointResponse } from '@loved/shared';
import { Pencil } from 'lucide-react';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from '@/components/ui/dialog';
import { useUpdateWebhookEndpoint } from '@/features/api-access/api/update-webhook-endpoint';
import { WebhookEndpointForm } from '@/features/api-access/components/webhook-endpoint-form';
import {
  webhookEndpointChanges,
  webhookEndpointFormValuesOf,
} from '@/features/api-access/utils/webhook-endpoint-form';
import { useTranslation } from '@/lib/i18n/use-translation';
import { showToast } from '@/stores/toast.store';

export type EditWebhookEndpointDialogProps = {
  endpoint: WebhookEndpointResponse;
};

/** "Editar": the URL, description and events, and switching the endpoint off or back on. */
export function EditWebhookEndpointDialog({
  endpoint,
}: EditWebhookEndpointDialogProps): React.JSX.Element {
  const { t } = useTranslation();
  const update = useUpdateWebhookEndpoint();
  const [isOpen, setIsOpen] = useState(false);

  return (
    <Dialog open={isOpen} onOpenChange={setIsOpen}>
      <DialogTrigger asChild>
        <Button
          variant="outline"
          size="sm"
          aria-label={t('apiAccess.webhooks.editLabel', { url: endpoint.url })}
        >
          <Pencil aria-hidden="true" />
          {t('apiAccess.webhooks.edit')}
        </Button>
      </DialogTrigger>
      <DialogContent closeLabel={t('common.close')}>
        <DialogHeader>
          <DialogTitle>{t('apiAccess.webhooks.form.editTitle')}</DialogTitle>
          <DialogDescription>{t('apiAccess.webhooks.form.editDescription')}</DialogDescription>
        </DialogHeader>
        <WebhookEndpointForm
          initialValues={webhookEndpointFormValuesOf(endpoint)}
          showEnabled
          submitLabel={t('apiAccess.webhooks.form.submitEdit')}
          isSubmitting={update.isPending}
          onSubmit={async (body, enabled) => {
            const changes = webhookEndpointChanges(endpoint, body, enabled);
            if (Object.keys(changes).length > 0) {
              await update.mutateAsync({ id: endpoint.id, body: changes });
              showToast({ title: t('apiAccess.webhooks.form.saved'), variant: 'success' });
            }
            setIsOpen(false);
          }}
        />
      </DialogContent>
    </Dialog>
  );
}
