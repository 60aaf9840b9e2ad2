import type { AiSummaryResponse } from '@loved/shared';
import { Bot, Clock, MessagesSquare } from 'lucide-react';
import { generatedAtOf } from '@/features/ai-summaries/utils/ai-summary-text';
import { useTranslation } from '@/lib/i18n/use-translation';

export type AiSummaryProvenanceProps = {
  summary: AiSummaryResponse;
};

/** Where a summary comes from: which model wrote it, from which part of the conversation, when. */
export function AiSummaryProvenance({ summary }: AiSummaryProvenanceProps): React.JSX.Element {
  const { t, date, dateTime, relative } = useTranslation();
  const { from, to, communications } = summary.covered;
  const generatedAt = generatedAtOf(summary);

  let covered = t('aiSummaries.coveredNone');
  if (from !== null && to !== null && communications > 0) {
    const period = { from: date(from), to: date(to), count: communications };
    covered =
      communications === 1
        ? t('aiSummaries.coveredOne', period)
        : t('aiSummaries.coveredOther', period);
  }

  return (
    <ul className="flex flex-col gap-1 text-xs text-muted-foreground">
      <li className="flex items-center gap-1.5">
        <Bot aria-hidden="true" className="size-3.5 shrink-0" />
        {t('aiSummaries.generatedBy', {
          model: summary.model,
          provider: t(`aiSummaries.providers.${summary.provider}`),
        })}
      </li>
      <li className="flex items-center gap-1.5">
        <MessagesSquare aria-hidden="true" className="size-3.5 shrink-0" />
        {covered}
      </li>
      <li className="flex items-center gap-1.5">
        <Clock aria-hidden="true" className="size-3.5 shrink-0" />
        <time dateTime={generatedAt} title={dateTime(generatedAt)}>
          {t('aiSummaries.generatedAt', { date: relative(generatedAt) })}
        </time>
      </li>
    </ul>
  );
}
