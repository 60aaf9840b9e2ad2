import { Webhook } from 'lucide-react';
import { useMemo } from 'react';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/skeleton';
import { Spinner } from '@/components/ui/spinner';
import { useWebhookEndpoints } from '@/features/api-access/api/get-webhook-endpoints';
import { CreateWebhookEndpointDialog } from '@/features/api-access/components/create-webhook-endpoint-dialog';
import { WebhookEndpointRow } from '@/features/api-access/components/webhook-endpoint-row';
import { describeError } from '@/lib/describe-error';
import { useTranslation } from '@/lib/i18n/use-translation';

const TITLE_ID = 'webhook-endpoints-title';

/** Settings → Webhooks (admins): where events are sent, each with its delivery log. */
export function WebhookEndpointsCard(): React.JSX.Element {
  const { t, dictionary } = useTranslation();
  const endpoints = useWebhookEndpoints();
  const pages = endpoints.data?.pages;
  const items = useMemo(() => pages?.flatMap((page) => page.items), [pages]);

  return (
    <Card role="region" aria-labelledby={TITLE_ID}>
      <CardHeader>
        <div className="min-w-0 flex-1">
          <CardTitle id={TITLE_ID}>{t('apiAccess.webhooks.title')}</CardTitle>
          <CardDescription>{t('apiAccess.webhooks.description')}</CardDescription>
        </div>
        <CreateWebhookEndpointDialog />
      </CardHeader>
      <CardContent className="flex flex-col gap-3">
        {endpoints.isPending ? (
          <div className="flex flex-col gap-3">
            <Spinner className="text-sm text-muted-foreground">
              {t('apiAccess.webhooks.loading')}
            </Spinner>
            <Skeleton className="h-14 w-full" />
          </div>
        ) : null}
        {endpoints.isError && items === undefined ? (
          <ErrorState
            title={t('apiAccess.webhooks.loadError')}
            message={describeError(endpoints.error, t, dictionary)}
            onRetry={() => void endpoints.refetch()}
          />
        ) : null}
        {items?.length === 0 ? (
          <EmptyState
            icon={Webhook}
            titleAs="h3"
            title={t('apiAccess.webhooks.emptyTitle')}
            description={t('apiAccess.webhooks.emptyDescription')}
            className="py-8"
          />
        ) : null}
        {items !== undefined && items.length > 0 ? (
          <ul aria-labelledby={TITLE_ID} className="divide-y divide-border border-y border-border">
            {items.map((endpoint) => (
              <WebhookEndpointRow key={endpoint.id} endpoint={endpoint} />
            ))}
          </ul>
        ) : null}
        {endpoints.hasNextPage ? (
          <Button
            variant="outline"
            size="sm"
            className="self-center"
            disabled={endpoints.isFetchingNextPage}
            onClick={() => void endpoints.fetchNextPage()}
          >
            {endpoints.isFetchingNextPage ? t('common.loadingMore') : t('common.loadMore')}
          </Button>
        ) : null}
      </CardContent>
    </Card>
  );
}
