import {
  confidencePercentOf,
  formatConfidence,
} from '@/features/ai-summaries/utils/ai-summary-text';
import { useTranslation } from '@/lib/i18n/use-translation';

export type AiSummaryConfidenceProps = {
  /** 0–1. */
  score: number;
};

/** How sure the model is of its summary, as a percentage with a small bar beside it. */
export function AiSummaryConfidence({ score }: AiSummaryConfidenceProps): React.JSX.Element {
  const { t, language } = useTranslation();

  return (
    <span className="inline-flex items-center gap-2 text-xs text-muted-foreground">
      <span aria-hidden="true" className="h-1.5 w-16 overflow-hidden rounded-full bg-muted">
        <span
          className="block h-full bg-purple-500"
          style={{ width: `${confidencePercentOf(score)}%` }}
        />
      </span>
      {t('aiSummaries.confidence', { value: formatConfidence(score, language) })}
    </span>
  );
}
