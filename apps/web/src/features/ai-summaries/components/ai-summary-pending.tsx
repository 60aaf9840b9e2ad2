import type { AiSummaryResponse } from '@loved/shared';
import { Spinner } from '@/components/ui/spinner';
import { useAiSummaryPolling } from '@/features/ai-summaries/api/get-ai-summary';
import { useTranslation } from '@/lib/i18n/use-translation';

export type AiSummaryPendingProps = {
  /** A `pending` summary. */
  summary: AiSummaryResponse;
  onFinished: (summary: AiSummaryResponse) => void;
};

/**
 * A summary being written. The live event normally ends this; while it shows, the summary is
 * also asked for every few seconds in case that event never arrives.
 */
export function AiSummaryPending({
  summary,
  onFinished,
}: AiSummaryPendingProps): React.JSX.Element {
  const { t } = useTranslation();
  useAiSummaryPolling(summary.id, { onFinished });

  return (
    <div className="flex flex-col gap-2 rounded-lg border border-dashed border-purple-300 bg-purple-50/50 p-4">
      <Spinner className="text-sm font-medium text-purple-700">
        {t('aiSummaries.generating')}
      </Spinner>
      <p className="text-sm text-muted-foreground">{t('aiSummaries.pendingHint')}</p>
    </div>
  );
}
