import type { WebhookEndpointResponse } from '@loved/shared';
import { ChevronDown } from 'lucide-react';
import { useId, useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { DeleteWebhookEndpointDialog } from '@/features/api-access/components/delete-webhook-endpoint-dialog';
import { EditWebhookEndpointDialog } from '@/features/api-access/components/edit-webhook-endpoint-dialog';
import { SendTestWebhookButton } from '@/features/api-access/components/send-test-webhook-button';
import { WebhookDeliveries } from '@/features/api-access/components/webhook-deliveries';
import { WebhookEndpointStatus } from '@/features/api-access/components/webhook-endpoint-status';
import { webhookEventLabelKey } from '@/features/api-access/utils/webhook-event-labels';
import { cn } from '@/lib/cn';
import { useTranslation } from '@/lib/i18n/use-translation';

export type WebhookEndpointRowProps = {
  endpoint: WebhookEndpointResponse;
};

/**
 * One endpoint: its URL, description, status and events; a test, edit and delete; and its
 * delivery log, opened below the row (and opened by itself after a test is sent).
 */
export function WebhookEndpointRow({ endpoint }: WebhookEndpointRowProps): React.JSX.Element {
  const { t } = useTranslation();
  const [showDeliveries, setShowDeliveries] = useState(false);
  const panelId = useId();
  const deliveriesLabel = t('apiAccess.webhooks.deliveries.toggleLabel', { url: endpoint.url });

  return (
    <li className="flex flex-col gap-3 py-3">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="flex min-w-0 flex-1 flex-col gap-1.5">
          <p className="font-mono text-sm break-all">{endpoint.url}</p>
          <p className="text-xs text-muted-foreground">
            {endpoint.description ?? t('apiAccess.webhooks.noDescription')}
          </p>
          <WebhookEndpointStatus endpoint={endpoint} />
          <ul
            aria-label={t('apiAccess.webhooks.eventsOf', { url: endpoint.url })}
            className="flex flex-wrap gap-1"
          >
            {endpoint.events.map((event) => {
              const labelKey = webhookEventLabelKey(event);
              return (
                <li key={event}>
                  <Badge variant="secondary" title={event}>
                    {labelKey ? t(labelKey) : event}
                  </Badge>
                </li>
              );
            })}
          </ul>
        </div>
        <div className="flex flex-wrap gap-2">
          <SendTestWebhookButton endpoint={endpoint} onSent={() => setShowDeliveries(true)} />
          <EditWebhookEndpointDialog endpoint={endpoint} />
          <DeleteWebhookEndpointDialog endpoint={endpoint} />
        </div>
      </div>
      <Button
        variant="ghost"
        size="sm"
        className="self-start"
        aria-expanded={showDeliveries}
        aria-controls={showDeliveries ? panelId : undefined}
        aria-label={deliveriesLabel}
        onClick={() => setShowDeliveries((shown) => !shown)}
      >
        <ChevronDown
          aria-hidden="true"
          className={cn('transition-transform', showDeliveries && 'rotate-180')}
        />
        {/* One name whether open or shut: aria-expanded says which, as for a disclosure. */}
        {t('apiAccess.webhooks.deliveries.title')}
      </Button>
      {showDeliveries ? (
        <WebhookDeliveries endpointId={endpoint.id} id={panelId} label={deliveriesLabel} />
      ) : null}
    </li>
  );
}
