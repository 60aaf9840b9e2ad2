import type { CreatedWebhookEndpointResponse } from '@loved/shared';
import { useCreateWebhookEndpoint } from '@/features/api-access/api/create-webhook-endpoint';
import { SecretOnceDialog } from '@/features/api-access/components/secret-once-dialog';
import { WebhookEndpointForm } from '@/features/api-access/components/webhook-endpoint-form';
import { EMPTY_WEBHOOK_ENDPOINT_FORM } from '@/features/api-access/utils/webhook-endpoint-form';
import { useTranslation } from '@/lib/i18n/use-translation';

/** The "Novo webhook" button and its dialog: the form, then the signing secret, shown this once. */
export function CreateWebhookEndpointDialog(): React.JSX.Element {
  const { t } = useTranslation();
  const create = useCreateWebhookEndpoint();
  return (
    <SecretOnceDialog<CreatedWebhookEndpointResponse>
      triggerLabel={t('apiAccess.webhooks.new')}
      formTitle={t('apiAccess.webhooks.form.createTitle')}
      formDescription={t('apiAccess.webhooks.form.createDescription')}
      renderForm={(onCreated) => (
        <WebhookEndpointForm
          initialValues={EMPTY_WEBHOOK_ENDPOINT_FORM}
          showEnabled={false}
          submitLabel={t('apiAccess.webhooks.form.submitCreate')}
          isSubmitting={create.isPending}
          onSubmit={async (body) => onCreated(await create.mutateAsync(body))}
        />
      )}
      secretTitle={() => t('apiAccess.webhooks.secret.title')}
      secretDescription={(created) =>
        t('apiAccess.webhooks.secret.description', { url: created.url })
      }
      secretTexts={{
        label: t('apiAccess.webhooks.secret.label'),
        warning: t('apiAccess.webhooks.secret.warning'),
        copyLabel: t('apiAccess.webhooks.secret.copy'),
        copiedLabel: t('apiAccess.webhooks.secret.copied'),
        copyFailedMessage: t('apiAccess.webhooks.secret.copyFailed'),
        done: t('apiAccess.webhooks.secret.done'),
      }}
    />
  );
}
