import type { Channel, CommunicationResponse } from '@loved/shared';
import { Info, MessagesSquare } from 'lucide-react';
import { useEffect, useMemo, useRef, useState } from 'react';
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
import { useTimeline } from '@/features/communications/api/get-timeline';
import { useLatestArrival } from '@/features/communications/hooks/use-latest-arrival';
import type { ComposerTab } from '@/features/communications/types/composer-tab';
import type { MentionCandidate } from '@/features/communications/types/mention-candidate';
import { noteMentionIds } from '@/features/communications/utils/note-mentions';
import { isMissingEndpoint, timelineItemsOf } from '@/features/communications/utils/timeline-items';
import { useOnVisible } from '@/hooks/use-on-visible';
import { describeError } from '@/lib/describe-error';
import { useTranslation } from '@/lib/i18n/use-translation';
import { useSessionStore } from '@/stores/session.store';
import { timelineActorName } from '@/features/communications/utils/timeline-actor-name';

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
  resolveUserName?: (userId: string) => string | undefined;
  /** Changes when live events may have been missed (the stream reconnected): reload. */
  resyncKey?: number;
  /** More ways to add to the timeline, composed in app/ (e.g. sending a WhatsApp message). */
  composerTabs?: readonly ComposerTab[];
  /** "Responder" on an e-mail entry, when app/ offers an e-mail composer. */
  onReplyEmail?: (communication: CommunicationResponse) => void;
  /** A call was logged with the form (app/ offers to schedule the next step). */
  onCallLogged?: (communication: CommunicationResponse) => void;
  /** The team, for "@" mentions in notes (the organizations feature is app/'s to ask). */
  mentionCandidates?: readonly MentionCandidate[];
};

/**
 * Everything said with a lead, newest first: WhatsApp, e-mail, calls and notes in one line,
 * with stage changes between them. Scrolling down loads older pages; new ones arrive live
 * (the live-event reducer puts them in the cached pages).
 */
export function CommunicationTimeline({
  leadId,
  resolveUserName,
  resyncKey,
  composerTabs,
  onReplyEmail,
  mentionCandidates,
  onCallLogged,
}: CommunicationTimelineProps): React.JSX.Element {
  const { t, dictionary } = useTranslation();
  const me = useSessionStore((state) => state.user);
  const [channel, setChannel] = useState<Channel | null>(null);
  const [composerTab, setComposerTab] = useState('note');
  const timeline = useTimeline(leadId, channel);
  const { refetch, fetchNextPage } = timeline;
  const pages = timeline.data?.pages;
  const items = useMemo(() => (pages ? timelineItemsOf(pages) : undefined), [pages]);
  const lastLive = useLatestArrival(`${leadId}|${channel ?? ''}`, items);
  const isUnavailable = timeline.isError && isMissingEndpoint(timeline.error);
  const hasMore = timeline.hasNextPage;
  const isLoadingMore = timeline.isFetchingNextPage;
  const loadMoreError = timeline.isFetchNextPageError ? timeline.error : null;
  const syncedKey = useRef(resyncKey);
  useEffect(() => {
    if (resyncKey === syncedKey.current) return;
    syncedKey.current = resyncKey;
    void refetch();
  }, [resyncKey, refetch]);
  const handleReplyEmail = onReplyEmail
    ? (communication: CommunicationResponse): void => {
        // The e-mail tab is app/'s; "Responder" only exists when app/ offers it.
        setComposerTab('email');
        onReplyEmail(communication);
      }
    : undefined;
  const handleLoadMore = (): void => {
    if (hasMore && !isLoadingMore) void fetchNextPage();
  };
  // A communication that arrived live, or was just recorded here, carries the author's id only.
  const nameOf = (userId: string | null): string | undefined => {
    if (!userId) return undefined;
    return userId === me?.id ? me.name : resolveUserName?.(userId);
  };
  const sentinelRef = useOnVisible<HTMLDivElement>(
    handleLoadMore,
    items !== undefined && hasMore && !isLoadingMore && !loadMoreError,
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

      {isUnavailable ? null : (
        <TimelineComposer
          leadId={leadId}
          extraTabs={composerTabs}
          tab={composerTab}
          onTabChange={setComposerTab}
          mentionCandidates={mentionCandidates}
          onCallLogged={onCallLogged}
        />
      )}

      <p aria-live="polite" className="sr-only">
        {lastLive ? t('timeline.newItem', { channel: t(`channels.${lastLive.channel}`) }) : ''}
      </p>

      {timeline.isPending ? (
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

      {isUnavailable ? (
        <Alert>
          <Info aria-hidden="true" />
          <AlertDescription>{t('timeline.unavailable')}</AlertDescription>
        </Alert>
      ) : null}

      {timeline.isError && !isUnavailable && items === undefined ? (
        <ErrorState
          title={t('timeline.loadError')}
          message={describeError(timeline.error, t, dictionary)}
          onRetry={() => void refetch()}
        />
      ) : null}

      {items?.length === 0 ? (
        <EmptyState
          icon={MessagesSquare}
          title={channel ? t('timeline.emptyFiltered') : t('timeline.empty')}
          titleAs="h3"
          className="py-8"
        />
      ) : null}

      {items !== undefined && items.length > 0 ? (
        <div className="relative">
          <div
            aria-hidden="true"
            className="absolute top-0 bottom-6 left-5 w-px bg-border sm:left-6"
          />
          <ol aria-label={t('timeline.title')} className="relative">
            {items.map((item) =>
              item.type === 'communication' ? (
                <TimelineEntry
                  key={`c:${item.communication.id}`}
                  communication={item.communication}
                  authorName={
                    item.author
                      ? timelineActorName(item.author, t)
                      : nameOf(item.communication.author_user_id)
                  }
                  onReplyEmail={handleReplyEmail}
                  mentionNames={noteMentionIds(item.communication.metadata).flatMap(
                    (id) => nameOf(id) ?? [],
                  )}
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
            {loadMoreError ? (
              <p className="text-xs text-destructive">
                {describeError(loadMoreError, t, dictionary)}
              </p>
            ) : null}
            {isLoadingMore ? (
              <Spinner className="text-xs text-muted-foreground">{t('common.loadingMore')}</Spinner>
            ) : hasMore ? (
              <Button variant="outline" size="sm" onClick={handleLoadMore}>
                {loadMoreError ? t('common.retry') : t('common.loadMore')}
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
