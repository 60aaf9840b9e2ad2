import { useMemo } from 'react';
import { ErrorState } from '@/components/error-state';
import { Button } from '@/components/ui/button';
import { Spinner } from '@/components/ui/spinner';
import { useWebhookDeliveries } from '@/features/api-access/api/get-webhook-deliveries';
import { WebhookDeliveryRow } from '@/features/api-access/components/webhook-delivery-row';
import { describeError } from '@/lib/describe-error';
import { useTranslation } from '@/lib/i18n/use-translation';

export type WebhookDeliveriesProps = {
  endpointId: string;
  /** The panel's id, which the toggle button controls. */
  id: string;
  /** Names the panel ("Entregas de https://…"). */
  label: string;
};

/** An endpoint's delivery log, newest first, page by page. */
export function WebhookDeliveries({
  endpointId,
  id,
  label,
}: WebhookDeliveriesProps): React.JSX.Element {
  const { t, dictionary } = useTranslation();
  const deliveries = useWebhookDeliveries(endpointId);
  const pages = deliveries.data?.pages;
  const items = useMemo(() => pages?.flatMap((page) => page.items), [pages]);

  return (
    <section
      id={id}
      aria-label={label}
      className="flex flex-col gap-2 rounded-lg border border-border bg-muted/40 px-3 py-2"
    >
      {deliveries.isPending ? (
        <Spinner className="py-2 text-sm text-muted-foreground">
          {t('apiAccess.webhooks.deliveries.loading')}
        </Spinner>
      ) : null}
      {deliveries.isError && items === undefined ? (
        <ErrorState
          title={t('apiAccess.webhooks.deliveries.loadError')}
          message={describeError(deliveries.error, t, dictionary)}
          onRetry={() => void deliveries.refetch()}
        />
      ) : null}
      {items?.length === 0 ? (
        <p className="py-2 text-sm text-muted-foreground">
          {t('apiAccess.webhooks.deliveries.empty')}
        </p>
      ) : null}
      {items !== undefined && items.length > 0 ? (
        <ul className="divide-y divide-border">
          {items.map((delivery) => (
            <WebhookDeliveryRow key={delivery.id} endpointId={endpointId} delivery={delivery} />
          ))}
        </ul>
      ) : null}
      {deliveries.hasNextPage ? (
        <Button
          variant="outline"
          size="sm"
          className="self-center"
          disabled={deliveries.isFetchingNextPage}
          onClick={() => void deliveries.fetchNextPage()}
        >
          {deliveries.isFetchingNextPage ? t('common.loadingMore') : t('common.loadMore')}
        </Button>
      ) : null}
    </section>
  );
}
