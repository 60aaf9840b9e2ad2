import type { Channel } from '@loved/shared';
import { Info, MessagesSquare } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { Alert, AlertDescription } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Select } from '@/components/ui/select';
import { Skeleton } from '@/components/ui/skeleton';
import { Spinner } from '@/components/ui/spinner';
import { TimelineComposer } from '@/features/communications/components/timeline-composer';
import { TimelineEntry } from '@/features/communications/components/timeline-entry';
import { TimelineSystemEntry } from '@/features/communications/components/timeline-system-entry';
import { useTimeline } from '@/features/communications/hooks/use-timeline';
import { useOnVisible } from '@/hooks/use-on-visible';
import { describeError } from '@/lib/describe-error';
import { useTranslation } from '@/lib/i18n/use-translation';
import type { LiveSubscribe } from '@/types/live';

const CHANNEL_FILTERS: Record<Channel, true> = {
  whatsapp: true,
  email: true,
  voip: true,
  note: true,
};

function toChannel(value: string): Channel | null {
  return value in CHANNEL_FILTERS ? (value as Channel) : null;
}

export type CommunicationTimelineProps = {
  leadId: string;
  subscribeLive?: LiveSubscribe;
  resolveUserName?: (userId: string) => string | undefined;
  /** Changes when live events may have been missed (the stream reconnected): reload. */
  resyncKey?: number;
};

/**
 * Everything said with a lead, newest first: WhatsApp, e-mail, calls and notes in one line,
 * with stage changes between them. Scrolling down loads older pages; new ones arrive live.
 */
export function CommunicationTimeline({
  leadId,
  subscribeLive,
  resolveUserName,
  resyncKey,
}: CommunicationTimelineProps): React.JSX.Element {
  const { t, dictionary } = useTranslation();
  const [channel, setChannel] = useState<Channel | null>(null);
  const { state, loadMore, reload, addCommunication } = useTimeline(leadId, channel, subscribeLive);
  const hasMore = state.nextCursor !== null;
  const syncedKey = useRef(resyncKey);
  useEffect(() => {
    if (resyncKey === syncedKey.current) return;
    syncedKey.current = resyncKey;
    reload();
  }, [resyncKey, reload]);
  const sentinelRef = useOnVisible<HTMLDivElement>(
    loadMore,
    state.status === 'ready' && hasMore && !state.isLoadingMore && !state.loadMoreError,
  );

  return (
    <section aria-labelledby="timeline-title" className="flex min-w-0 flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="timeline-title" className="text-lg font-semibold">
          {t('timeline.title')}
        </h2>
        <Select
          aria-label={t('timeline.filter')}
          className="w-48"
          value={channel ?? ''}
          onChange={(event) => setChannel(toChannel(event.target.value))}
        >
          <option value="">{t('timeline.all')}</option>
          {(Object.keys(CHANNEL_FILTERS) as Channel[]).map((option) => (
            <option key={option} value={option}>
              {t(`channels.${option}`)}
            </option>
          ))}
        </Select>
      </div>

      {state.status === 'unavailable' ? null : (
        <TimelineComposer leadId={leadId} onRecorded={addCommunication} />
      )}

      <p aria-live="polite" className="sr-only">
        {state.lastLive
          ? t('timeline.newItem', { channel: t(`channels.${state.lastLive.channel}`) })
          : ''}
      </p>

      {state.status === 'loading' ? (
        <div className="flex flex-col gap-4">
          <Spinner className="text-sm text-muted-foreground">{t('timeline.loading')}</Spinner>
          {[0, 1, 2].map((index) => (
            <div key={index} className="flex gap-4">
              <Skeleton className="size-12 shrink-0 rounded-full" />
              <Skeleton className="h-24 flex-1" />
            </div>
          ))}
        </div>
      ) : null}

      {state.status === 'unavailable' ? (
        <Alert>
          <Info aria-hidden="true" />
          <AlertDescription>{t('timeline.unavailable')}</AlertDescription>
        </Alert>
      ) : null}

      {state.status === 'error' ? (
        <ErrorState
          title={t('timeline.loadError')}
          message={describeError(state.error, t, dictionary)}
          onRetry={reload}
        />
      ) : null}

      {state.status === 'ready' && state.items.length === 0 ? (
        <EmptyState
          icon={MessagesSquare}
          title={channel ? t('timeline.emptyFiltered') : t('timeline.empty')}
          titleAs="h3"
          className="py-8"
        />
      ) : null}

      {state.status === 'ready' && state.items.length > 0 ? (
        <div className="relative">
          <div
            aria-hidden="true"
            className="absolute top-0 bottom-6 left-5 w-px bg-border sm:left-6"
          />
          <ol aria-label={t('timeline.title')} className="relative">
            {state.items.map((item) =>
              item.type === 'communication' ? (
                <TimelineEntry
                  key={`c:${item.communication.id}`}
                  communication={item.communication}
                />
              ) : (
                <TimelineSystemEntry
                  key={`s:${item.id}`}
                  item={item}
                  resolveUserName={resolveUserName}
                />
              ),
            )}
          </ol>
          <div ref={sentinelRef} className="flex flex-col items-center gap-2">
            {state.loadMoreError ? (
              <p className="text-xs text-destructive">
                {describeError(state.loadMoreError, t, dictionary)}
              </p>
            ) : null}
            {state.isLoadingMore ? (
              <Spinner className="text-xs text-muted-foreground">{t('common.loadingMore')}</Spinner>
            ) : hasMore ? (
              <Button variant="outline" size="sm" onClick={loadMore}>
                {state.loadMoreError ? t('common.retry') : t('common.loadMore')}
              </Button>
            ) : (
              <p className="text-xs text-muted-foreground">{t('timeline.end')}</p>
            )}
          </div>
        </div>
      ) : null}
    </section>
  );
}
