import type { WebhookEndpointResponse } from '@loved/shared';
import { Send } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { useSendTestWebhook } from '@/features/api-access/api/send-test-webhook';
import { describeError } from '@/lib/describe-error';
import { useTranslation } from '@/lib/i18n/use-translation';
import { showToast } from '@/stores/toast.store';

export type SendTestWebhookButtonProps = {
  endpoint: WebhookEndpointResponse;
  /** After the API accepted the test, e.g. to open the delivery log. */
  onSent: () => void;
};

/** "Enviar teste": a `webhook.test` event to the endpoint, to check the receiver. */
export function SendTestWebhookButton({
  endpoint,
  onSent,
}: SendTestWebhookButtonProps): React.JSX.Element {
  const { t, dictionary } = useTranslation();
  const sendTest = useSendTestWebhook();

  const handleClick = async (): Promise<void> => {
    try {
      await sendTest.mutateAsync(endpoint.id);
      showToast({ title: t('apiAccess.webhooks.tested'), variant: 'success' });
      onSent();
    } catch (failure) {
      showToast({ title: describeError(failure, t, dictionary), variant: 'destructive' });
    }
  };

  return (
    <Button
      variant="outline"
      size="sm"
      aria-label={t('apiAccess.webhooks.testLabel', { url: endpoint.url })}
      disabled={sendTest.isPending}
      onClick={() => void handleClick()}
    >
      <Send aria-hidden="true" />
      {sendTest.isPending ? t('apiAccess.webhooks.testing') : t('apiAccess.webhooks.test')}
    </Button>
  );
}
