import { useMemo } from 'react';
import { ErrorState } from '@/components/error-state';
import { Button } from '@/components/ui/button';
import { Spinner } from '@/components/ui/spinner';
import { useFailedWhatsAppEvents } from '@/features/integrations/api/get-whatsapp-events';
import { IntegrationSection } from '@/features/integrations/components/integration-section';
import { WhatsAppFailedEventRow } from '@/features/integrations/components/whatsapp-failed-event-row';
import { describeError } from '@/lib/describe-error';
import { useTranslation } from '@/lib/i18n/use-translation';

const TITLE_ID = 'whatsapp-failed-events-title';

/** Webhook events from Meta that could not be applied, each with a retry. */
export function WhatsAppFailedEvents(): React.JSX.Element {
  const { t, dictionary } = useTranslation();
  const events = useFailedWhatsAppEvents();
  const pages = events.data?.pages;
  const items = useMemo(() => pages?.flatMap((page) => page.items), [pages]);

  return (
    <IntegrationSection
      titleId={TITLE_ID}
      title={t('integrations.whatsapp.events.title')}
      description={t('integrations.whatsapp.events.description')}
      className="gap-2"
    >
      {events.isPending ? (
        <Spinner className="text-sm text-muted-foreground">
          {t('integrations.whatsapp.events.loading')}
        </Spinner>
      ) : null}
      {events.isError && items === undefined ? (
        <ErrorState
          title={t('integrations.whatsapp.events.loadError')}
          message={describeError(events.error, t, dictionary)}
          onRetry={() => void events.refetch()}
        />
      ) : null}
      {items?.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t('integrations.whatsapp.events.empty')}</p>
      ) : null}
      {items !== undefined && items.length > 0 ? (
        <ul aria-labelledby={TITLE_ID} className="divide-y divide-border border-y border-border">
          {items.map((event) => (
            <WhatsAppFailedEventRow key={event.id} event={event} />
          ))}
        </ul>
      ) : null}
      {events.hasNextPage ? (
        <Button
          variant="outline"
          size="sm"
          className="self-center"
          disabled={events.isFetchingNextPage}
          onClick={() => void events.fetchNextPage()}
        >
          {events.isFetchingNextPage ? t('common.loadingMore') : t('common.loadMore')}
        </Button>
      ) : null}
    </IntegrationSection>
  );
}
