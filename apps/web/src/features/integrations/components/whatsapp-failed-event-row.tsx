import type { WebhookEventResponse } from '@loved/shared';
import { RefreshCw } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { useRetryWhatsAppEvent } from '@/features/integrations/api/retry-whatsapp-event';
import { describeError } from '@/lib/describe-error';
import { useTranslation } from '@/lib/i18n/use-translation';
import { showToast } from '@/stores/toast.store';

export type WhatsAppFailedEventRowProps = {
  event: WebhookEventResponse;
};

/** One failed webhook event: when it came, how often it was tried, its error, a retry. */
export function WhatsAppFailedEventRow({ event }: WhatsAppFailedEventRowProps): React.JSX.Element {
  const { t, dictionary, relative, dateTime } = useTranslation();
  const retry = useRetryWhatsAppEvent();
  const received = relative(event.received_at);

  const handleRetry = async (): Promise<void> => {
    try {
      await retry.mutateAsync(event.id);
      showToast({ title: t('integrations.whatsapp.events.retried'), variant: 'success' });
    } catch (failure) {
      showToast({ title: describeError(failure, t, dictionary), variant: 'destructive' });
    }
  };

  return (
    <li className="flex flex-wrap items-start justify-between gap-3 py-3">
      <div className="flex min-w-0 flex-1 flex-col gap-1">
        <p className="text-sm font-medium">
          <time dateTime={event.received_at} title={dateTime(event.received_at)}>
            {t('integrations.whatsapp.events.receivedAt', { date: received })}
          </time>
        </p>
        <p className="text-xs text-muted-foreground">
          {event.attempts === 1
            ? t('integrations.whatsapp.events.attemptsOne')
            : t('integrations.whatsapp.events.attemptsOther', { count: event.attempts })}
          {' · '}
          {event.update_count === 1
            ? t('integrations.whatsapp.events.updatesOne')
            : t('integrations.whatsapp.events.updatesOther', { count: event.update_count })}
        </p>
        {event.last_error ? (
          <p className="font-mono text-xs break-all text-destructive">{event.last_error}</p>
        ) : null}
      </div>
      <Button
        variant="outline"
        size="sm"
        aria-label={t('integrations.whatsapp.events.retryLabel', { date: received })}
        disabled={retry.isPending}
        onClick={() => void handleRetry()}
      >
        <RefreshCw aria-hidden="true" />
        {retry.isPending
          ? t('integrations.whatsapp.events.retrying')
          : t('integrations.whatsapp.events.retry')}
      </Button>
    </li>
  );
}
