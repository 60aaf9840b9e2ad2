import type { AiSummaryResponse } from '@loved/shared';
import { AiSummaryConfidence } from '@/features/ai-summaries/components/ai-summary-confidence';
import { AiSummaryNextActions } from '@/features/ai-summaries/components/ai-summary-next-actions';
import { AiSummaryProvenance } from '@/features/ai-summaries/components/ai-summary-provenance';
import { AiSummarySentimentBadge } from '@/features/ai-summaries/components/ai-summary-sentiment-badge';

export type AiSummaryDetailsProps = {
  /** A `done` summary. */
  summary: AiSummaryResponse;
};

/** A finished summary in full: mood, confidence, the text, next actions and where it came from. */
export function AiSummaryDetails({ summary }: AiSummaryDetailsProps): React.JSX.Element {
  return (
    <div className="flex flex-col gap-4">
      {summary.sentiment !== null || summary.confidence_score !== null ? (
        <div className="flex flex-wrap items-center gap-3">
          {summary.sentiment !== null ? (
            <AiSummarySentimentBadge sentiment={summary.sentiment} />
          ) : null}
          {summary.confidence_score !== null ? (
            <AiSummaryConfidence score={summary.confidence_score} />
          ) : null}
        </div>
      ) : null}
      {summary.summary ? (
        <p className="text-sm leading-relaxed break-words whitespace-pre-line">{summary.summary}</p>
      ) : null}
      <AiSummaryNextActions actions={summary.next_actions} />
      <AiSummaryProvenance summary={summary} />
    </div>
  );
}
