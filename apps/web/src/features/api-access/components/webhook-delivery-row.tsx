import type { WebhookDeliveryResponse } from '@loved/shared';
import { RefreshCw } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { useRetryWebhookDelivery } from '@/features/api-access/api/retry-webhook-delivery';
import { WebhookDeliveryStatusBadge } from '@/features/api-access/components/webhook-delivery-status-badge';
import { webhookEventLabelKey } from '@/features/api-access/utils/webhook-event-labels';
import { describeError } from '@/lib/describe-error';
import { useTranslation } from '@/lib/i18n/use-translation';
import { showToast } from '@/stores/toast.store';

export type WebhookDeliveryRowProps = {
  endpointId: string;
  delivery: WebhookDeliveryResponse;
};

/**
 * One delivery: its event and outcome, the receiver's answer and how long it took, attempts,
 * when, the error; a failed or waiting one can be sent again now.
 */
export function WebhookDeliveryRow({
  endpointId,
  delivery,
}: WebhookDeliveryRowProps): React.JSX.Element {
  const { t, dictionary, relative, dateTime } = useTranslation();
  const retry = useRetryWebhookDelivery();
  const labelKey = webhookEventLabelKey(delivery.event_type);
  const event = labelKey ? t(labelKey) : delivery.event_type;
  const created = relative(delivery.created_at);
  const canRetry = delivery.status !== 'succeeded';

  const handleRetry = async (): Promise<void> => {
    try {
      await retry.mutateAsync({ endpointId, deliveryId: delivery.id });
      showToast({ title: t('apiAccess.webhooks.deliveries.retried'), variant: 'success' });
    } catch (failure) {
      showToast({ title: describeError(failure, t, dictionary), variant: 'destructive' });
    }
  };

  return (
    <li className="flex flex-wrap items-start justify-between gap-3 py-2.5">
      <div className="flex min-w-0 flex-1 flex-col gap-1">
        <p className="flex flex-wrap items-center gap-2 text-sm">
          <span className="font-medium" title={delivery.event_type}>
            {event}
          </span>
          <WebhookDeliveryStatusBadge status={delivery.status} />
        </p>
        <p className="flex flex-wrap gap-x-3 gap-y-0.5 text-xs text-muted-foreground">
          <time dateTime={delivery.created_at} title={dateTime(delivery.created_at)}>
            {created}
          </time>
          <span>
            {delivery.response_status === null
              ? t('apiAccess.webhooks.deliveries.noResponse')
              : t('apiAccess.webhooks.deliveries.responseStatus', {
                  status: delivery.response_status,
                })}
          </span>
          {delivery.duration_ms !== null ? (
            <span>{t('apiAccess.webhooks.deliveries.duration', { ms: delivery.duration_ms })}</span>
          ) : null}
          <span>
            {delivery.attempts === 1
              ? t('apiAccess.webhooks.deliveries.attemptsOne')
              : t('apiAccess.webhooks.deliveries.attemptsOther', { count: delivery.attempts })}
          </span>
          {delivery.status === 'pending' && delivery.next_attempt_at ? (
            <span>
              {t('apiAccess.webhooks.deliveries.nextAttempt', {
                date: relative(delivery.next_attempt_at),
              })}
            </span>
          ) : null}
        </p>
        {delivery.error ? (
          <p className="font-mono text-xs break-all text-destructive">{delivery.error}</p>
        ) : null}
      </div>
      {canRetry ? (
        <Button
          variant="outline"
          size="sm"
          aria-label={t('apiAccess.webhooks.deliveries.retryLabel', { event, date: created })}
          disabled={retry.isPending}
          onClick={() => void handleRetry()}
        >
          <RefreshCw aria-hidden="true" />
          {retry.isPending
            ? t('apiAccess.webhooks.deliveries.retrying')
            : t('apiAccess.webhooks.deliveries.retry')}
        </Button>
      ) : null}
    </li>
  );
}
