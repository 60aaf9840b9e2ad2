import type { CreatedWebhookEndpointResponse } from '@loved/shared';
import { Plus } from 'lucide-react';
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
import { useCreateWebhookEndpoint } from '@/features/api-access/api/create-webhook-endpoint';
import { SecretReveal } from '@/features/api-access/components/secret-reveal';
import { WebhookEndpointForm } from '@/features/api-access/components/webhook-endpoint-form';
import { EMPTY_WEBHOOK_ENDPOINT_FORM } from '@/features/api-access/utils/webhook-endpoint-form';
import { useTranslation } from '@/lib/i18n/use-translation';

/**
 * The "Novo webhook" button and its dialog: the form, then the signing secret, shown this once.
 * The secret lives only here; closing the dialog forgets it.
 */
export function CreateWebhookEndpointDialog(): React.JSX.Element {
  const { t } = useTranslation();
  const create = useCreateWebhookEndpoint();
  const [isOpen, setIsOpen] = useState(false);
  const [created, setCreated] = useState<CreatedWebhookEndpointResponse | null>(null);

  const handleOpenChange = (open: boolean): void => {
    setIsOpen(open);
    if (!open) setCreated(null);
  };

  return (
    <Dialog open={isOpen} onOpenChange={handleOpenChange}>
      <DialogTrigger asChild>
        <Button size="sm">
          <Plus aria-hidden="true" />
          {t('apiAccess.webhooks.new')}
        </Button>
      </DialogTrigger>
      <DialogContent
        closeLabel={t('common.close')}
        // A click beside the dialog must not lose a secret that was not copied yet.
        onInteractOutside={(event) => {
          if (created) event.preventDefault();
        }}
      >
        {created ? (
          <>
            <DialogHeader>
              <DialogTitle>{t('apiAccess.webhooks.secret.title')}</DialogTitle>
              <DialogDescription className="break-all">
                {t('apiAccess.webhooks.secret.description', { url: created.url })}
              </DialogDescription>
            </DialogHeader>
            <SecretReveal
              secret={created.secret}
              label={t('apiAccess.webhooks.secret.label')}
              warning={t('apiAccess.webhooks.secret.warning')}
              copyLabel={t('apiAccess.webhooks.secret.copy')}
              copiedLabel={t('apiAccess.webhooks.secret.copied')}
              copyFailedMessage={t('apiAccess.webhooks.secret.copyFailed')}
            />
            <DialogFooter>
              <DialogClose asChild>
                <Button>{t('apiAccess.webhooks.secret.done')}</Button>
              </DialogClose>
            </DialogFooter>
          </>
        ) : (
          <>
            <DialogHeader>
              <DialogTitle>{t('apiAccess.webhooks.form.createTitle')}</DialogTitle>
              <DialogDescription>
                {t('apiAccess.webhooks.form.createDescription')}
              </DialogDescription>
            </DialogHeader>
            <WebhookEndpointForm
              initialValues={EMPTY_WEBHOOK_ENDPOINT_FORM}
              showEnabled={false}
              submitLabel={t('apiAccess.webhooks.form.submitCreate')}
              isSubmitting={create.isPending}
              onSubmit={async (body) => setCreated(await create.mutateAsync(body))}
            />
          </>
        )}
      </DialogContent>
    </Dialog>
  );
}
