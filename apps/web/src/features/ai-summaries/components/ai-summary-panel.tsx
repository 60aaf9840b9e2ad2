import type { AiSummaryResponse } from '@loved/shared';
import { CircleAlert, RefreshCw, Sparkles } from 'lucide-react';
import { ErrorState } from '@/components/error-state';
import { Alert, AlertDescription } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Skeleton } from '@/components/ui/skeleton';
import { Spinner } from '@/components/ui/spinner';
import { useGenerateAiSummary } from '@/features/ai-summaries/api/generate-ai-summary';
import { useLatestAiSummary } from '@/features/ai-summaries/api/get-ai-summaries';
import { AiSummaryHistory } from '@/features/ai-summaries/components/ai-summary-history';
import { AiSummaryLatest } from '@/features/ai-summaries/components/ai-summary-latest';
import { useFinishedAnnouncement } from '@/features/ai-summaries/hooks/use-finished-announcement';
import { describeGenerateError } from '@/features/ai-summaries/utils/generate-error';
import { describeError } from '@/lib/describe-error';
import type { TranslationKey } from '@/lib/i18n/translate';
import { useTranslation } from '@/lib/i18n/use-translation';

export type AiSummaryPanelProps = {
  leadId: string;
  /** A pending summary found finished by polling: app/ applies it as the live event would. */
  onSummaryFinished: (summary: AiSummaryResponse) => void;
};

function generateLabelOf(summary: AiSummaryResponse | null, isRequesting: boolean): TranslationKey {
  if (isRequesting) return 'aiSummaries.generating';
  if (!summary) return 'aiSummaries.generate';
  return summary.status === 'failed' ? 'aiSummaries.retry' : 'aiSummaries.regenerate';
}

/** The dialog's body: the latest summary, a way to ask for a new one, and the earlier ones. */
export function AiSummaryPanel({
  leadId,
  onSummaryFinished,
}: AiSummaryPanelProps): React.JSX.Element {
  const { t, dictionary, dateTime } = useTranslation();
  const latest = useLatestAiSummary(leadId);
  const generate = useGenerateAiSummary(leadId);
  const summary = latest.data ?? null;
  const announcement = useFinishedAnnouncement(summary);

  if (latest.isPending) {
    return (
      <div className="flex flex-col gap-3">
        <Spinner className="text-sm text-muted-foreground">{t('aiSummaries.loading')}</Spinner>
        <Skeleton className="h-5 w-1/3" />
        <Skeleton className="h-24 w-full" />
      </div>
    );
  }
  if (latest.isError) {
    return (
      <ErrorState
        title={t('aiSummaries.loadError')}
        message={describeError(latest.error, t, dictionary)}
        onRetry={() => void latest.refetch()}
      />
    );
  }

  const isBusy = generate.isPending || summary?.status === 'pending';
  const handleGenerate = (): void => {
    // aria-disabled rather than disabled: the button keeps the focus while a summary is written.
    if (isBusy) return;
    generate.mutate();
  };
  const GenerateIcon = summary?.status === 'failed' ? RefreshCw : Sparkles;

  return (
    <div className="flex flex-col gap-5">
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
      <AiSummaryLatest summary={summary} onFinished={onSummaryFinished} />
      {generate.isError ? (
        <Alert variant="destructive">
          <CircleAlert aria-hidden="true" />
          <AlertDescription>
            {describeGenerateError(generate.error, { t, dictionary, dateTime })}
          </AlertDescription>
        </Alert>
      ) : null}
      <div className="flex justify-end">
        <Button
          aria-disabled={isBusy}
          className="aria-disabled:cursor-not-allowed aria-disabled:opacity-50"
          onClick={handleGenerate}
        >
          <GenerateIcon aria-hidden="true" />
          {t(generateLabelOf(summary, generate.isPending))}
        </Button>
      </div>
      {summary ? <AiSummaryHistory leadId={leadId} latestId={summary.id} /> : null}
    </div>
  );
}
