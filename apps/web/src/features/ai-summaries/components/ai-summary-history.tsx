import { useId, useMemo } from 'react';
import { ErrorState } from '@/components/error-state';
import { Button } from '@/components/ui/button';
import { Spinner } from '@/components/ui/spinner';
import { useAiSummaryHistory } from '@/features/ai-summaries/api/get-ai-summaries';
import { AiSummaryHistoryEntry } from '@/features/ai-summaries/components/ai-summary-history-entry';
import { describeError } from '@/lib/describe-error';
import { useTranslation } from '@/lib/i18n/use-translation';

export type AiSummaryHistoryProps = {
  leadId: string;
  /** The summary shown above, left out of the list. */
  latestId: string;
};

/** The lead's earlier summaries, newest first, collapsed; older pages on demand. */
export function AiSummaryHistory({
  leadId,
  latestId,
}: AiSummaryHistoryProps): React.JSX.Element | null {
  const { t, dictionary } = useTranslation();
  const titleId = useId();
  const history = useAiSummaryHistory(leadId);
  const pages = history.data?.pages;
  const items = useMemo(
    () => pages?.flatMap((page) => page.items).filter((summary) => summary.id !== latestId),
    [pages, latestId],
  );

  if (history.isPending) {
    return (
      <Spinner className="text-sm text-muted-foreground">{t('aiSummaries.historyLoading')}</Spinner>
    );
  }
  if (history.isError && items === undefined) {
    return (
      <ErrorState
        title={t('aiSummaries.historyLoadError')}
        message={describeError(history.error, t, dictionary)}
        onRetry={() => void history.refetch()}
      />
    );
  }
  // Only the latest so far: no section to show.
  if (!items || (items.length === 0 && !history.hasNextPage)) return null;

  return (
    <section aria-labelledby={titleId} className="flex flex-col gap-3 border-t border-border pt-4">
      <h3 id={titleId} className="text-sm font-semibold">
        {t('aiSummaries.history')}
      </h3>
      {items.length > 0 ? (
        <ul aria-labelledby={titleId} className="flex flex-col gap-2">
          {items.map((summary) => (
            <AiSummaryHistoryEntry key={summary.id} summary={summary} />
          ))}
        </ul>
      ) : null}
      {history.hasNextPage ? (
        <Button
          variant="outline"
          size="sm"
          className="self-center"
          disabled={history.isFetchingNextPage}
          onClick={() => void history.fetchNextPage()}
        >
          {history.isFetchingNextPage ? t('common.loadingMore') : t('common.loadMore')}
        </Button>
      ) : null}
      {history.isFetchNextPageError ? (
        <p role="alert" className="text-sm text-destructive">
          {describeError(history.error, t, dictionary)}
        </p>
      ) : null}
    </section>
  );
}
