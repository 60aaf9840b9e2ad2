import { KeyRound } from 'lucide-react';
import { useMemo } from 'react';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/skeleton';
import { Spinner } from '@/components/ui/spinner';
import { useApiKeys } from '@/features/api-access/api/get-api-keys';
import { ApiKeyRow } from '@/features/api-access/components/api-key-row';
import { CreateApiKeyDialog } from '@/features/api-access/components/create-api-key-dialog';
import { describeError } from '@/lib/describe-error';
import { useTranslation } from '@/lib/i18n/use-translation';

const TITLE_ID = 'api-keys-title';

/** Settings → API keys (admins): the organisation's keys, a new one, revoking. */
export function ApiKeysCard(): React.JSX.Element {
  const { t, dictionary } = useTranslation();
  const keys = useApiKeys();
  const pages = keys.data?.pages;
  const items = useMemo(() => pages?.flatMap((page) => page.items), [pages]);

  return (
    <Card role="region" aria-labelledby={TITLE_ID}>
      <CardHeader>
        <div className="min-w-0 flex-1">
          <CardTitle id={TITLE_ID}>{t('apiAccess.keys.title')}</CardTitle>
          <CardDescription>{t('apiAccess.keys.description')}</CardDescription>
        </div>
        <CreateApiKeyDialog />
      </CardHeader>
      <CardContent className="flex flex-col gap-3">
        {keys.isPending ? (
          <div className="flex flex-col gap-3">
            <Spinner className="text-sm text-muted-foreground">
              {t('apiAccess.keys.loading')}
            </Spinner>
            <Skeleton className="h-14 w-full" />
          </div>
        ) : null}
        {keys.isError && items === undefined ? (
          <ErrorState
            title={t('apiAccess.keys.loadError')}
            message={describeError(keys.error, t, dictionary)}
            onRetry={() => void keys.refetch()}
          />
        ) : null}
        {items?.length === 0 ? (
          <EmptyState
            icon={KeyRound}
            titleAs="h3"
            title={t('apiAccess.keys.emptyTitle')}
            description={t('apiAccess.keys.emptyDescription')}
            className="py-8"
          />
        ) : null}
        {items !== undefined && items.length > 0 ? (
          <ul aria-labelledby={TITLE_ID} className="divide-y divide-border border-y border-border">
            {items.map((apiKey) => (
              <ApiKeyRow key={apiKey.id} apiKey={apiKey} />
            ))}
          </ul>
        ) : null}
        {keys.hasNextPage ? (
          <Button
            variant="outline"
            size="sm"
            className="self-center"
            disabled={keys.isFetchingNextPage}
            onClick={() => void keys.fetchNextPage()}
          >
            {keys.isFetchingNextPage ? t('common.loadingMore') : t('common.loadMore')}
          </Button>
        ) : null}
      </CardContent>
    </Card>
  );
}
