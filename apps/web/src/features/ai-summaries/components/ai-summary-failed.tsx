import type { AiSummaryResponse } from '@loved/shared';
import { CircleAlert } from 'lucide-react';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { useTranslation } from '@/lib/i18n/use-translation';

export type AiSummaryFailedProps = {
  /** A `failed` summary. */
  summary: AiSummaryResponse;
};

/** A summary that could not be written, with the reason the API gave. */
export function AiSummaryFailed({ summary }: AiSummaryFailedProps): React.JSX.Element {
  const { t, dateTime, relative } = useTranslation();
  const requestedAt = summary.created_at;

  return (
    // Not role="alert": an old failure shown on opening is no news to interrupt with.
    <Alert variant="destructive" role="group" aria-label={t('aiSummaries.failedTitle')}>
      <CircleAlert aria-hidden="true" />
      <AlertTitle>{t('aiSummaries.failedTitle')}</AlertTitle>
      <AlertDescription className="flex flex-col gap-1">
        <p className="break-words">{summary.error ?? t('aiSummaries.failedUnknown')}</p>
        <p className="text-xs">
          <time dateTime={requestedAt} title={dateTime(requestedAt)}>
            {t('aiSummaries.requestedAt', { date: relative(requestedAt) })}
          </time>
        </p>
      </AlertDescription>
    </Alert>
  );
}
