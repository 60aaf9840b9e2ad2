import type { AiSummaryResponse } from '@loved/shared';
import { Sparkles } from 'lucide-react';
import { EmptyState } from '@/components/empty-state';
import { AiSummaryDetails } from '@/features/ai-summaries/components/ai-summary-details';
import { AiSummaryFailed } from '@/features/ai-summaries/components/ai-summary-failed';
import { AiSummaryPending } from '@/features/ai-summaries/components/ai-summary-pending';
import { useTranslation } from '@/lib/i18n/use-translation';

export type AiSummaryLatestProps = {
  /** The lead's newest summary; null when it has none. */
  summary: AiSummaryResponse | null;
  onFinished: (summary: AiSummaryResponse) => void;
};

/** The lead's newest summary as it stands: none yet, being written, failed or done. */
export function AiSummaryLatest({ summary, onFinished }: AiSummaryLatestProps): React.JSX.Element {
  const { t } = useTranslation();

  if (summary === null) {
    return (
      <EmptyState
        icon={Sparkles}
        title={t('aiSummaries.emptyTitle')}
        titleAs="h3"
        description={t('aiSummaries.emptyDescription')}
        className="py-8"
      />
    );
  }
  if (summary.status === 'pending') {
    // Keyed: a newer pending summary polls for itself, not for the one before.
    return <AiSummaryPending key={summary.id} summary={summary} onFinished={onFinished} />;
  }
  if (summary.status === 'failed') return <AiSummaryFailed summary={summary} />;
  return <AiSummaryDetails summary={summary} />;
}
