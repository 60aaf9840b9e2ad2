import type { AiSummaryResponse } from '@loved/shared';
import { ChevronRight } from 'lucide-react';
import { useId, useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { AiSummaryDetails } from '@/features/ai-summaries/components/ai-summary-details';
import { AiSummaryFailed } from '@/features/ai-summaries/components/ai-summary-failed';
import { AiSummarySentimentBadge } from '@/features/ai-summaries/components/ai-summary-sentiment-badge';
import { firstLineOf, generatedAtOf } from '@/features/ai-summaries/utils/ai-summary-text';
import { cn } from '@/lib/cn';
import { useTranslation } from '@/lib/i18n/use-translation';

export type AiSummaryHistoryEntryProps = {
  summary: AiSummaryResponse;
};

/** An earlier summary: its date, mood and first line; opened, the whole of it. */
export function AiSummaryHistoryEntry({ summary }: AiSummaryHistoryEntryProps): React.JSX.Element {
  const { t, dateTime } = useTranslation();
  const [isOpen, setIsOpen] = useState(false);
  const contentId = useId();
  const generatedAt = generatedAtOf(summary);
  const preview = firstLineOf(summary.status === 'failed' ? summary.error : summary.summary);

  return (
    <li className="rounded-lg border border-border">
      <button
        type="button"
        aria-expanded={isOpen}
        aria-controls={contentId}
        onClick={() => setIsOpen((open) => !open)}
        className="flex w-full items-start gap-2 rounded-lg p-3 text-left outline-none hover:bg-muted/60 focus-visible:ring-2 focus-visible:ring-ring"
      >
        <ChevronRight
          aria-hidden="true"
          className={cn(
            'mt-0.5 size-4 shrink-0 text-muted-foreground transition-transform',
            isOpen && 'rotate-90',
          )}
        />
        <span className="flex min-w-0 flex-1 flex-col gap-1">
          <span className="flex flex-wrap items-center gap-2">
            <time dateTime={generatedAt} className="text-sm font-medium">
              {dateTime(generatedAt)}
            </time>
            {summary.status === 'done' && summary.sentiment !== null ? (
              <AiSummarySentimentBadge sentiment={summary.sentiment} />
            ) : null}
            {summary.status === 'pending' ? (
              <Badge variant="muted">{t('aiSummaries.statuses.pending')}</Badge>
            ) : null}
            {summary.status === 'failed' ? (
              <Badge variant="destructive">{t('aiSummaries.statuses.failed')}</Badge>
            ) : null}
          </span>
          {preview ? (
            <span className="truncate text-sm text-muted-foreground">{preview}</span>
          ) : null}
        </span>
      </button>
      <div id={contentId} hidden={!isOpen} className="border-t border-border p-3">
        {isOpen && summary.status === 'done' ? <AiSummaryDetails summary={summary} /> : null}
        {isOpen && summary.status === 'failed' ? <AiSummaryFailed summary={summary} /> : null}
        {isOpen && summary.status === 'pending' ? (
          <p className="text-sm text-muted-foreground">{t('aiSummaries.generating')}</p>
        ) : null}
      </div>
    </li>
  );
}
