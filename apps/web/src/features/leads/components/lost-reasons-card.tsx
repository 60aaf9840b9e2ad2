import { Skeleton } from '@/components/ui/skeleton';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { ErrorState } from '@/components/error-state';
import { useLostReasons } from '@/features/leads/api/get-lost-reasons';
import { LostReasonAddForm } from '@/features/leads/components/lost-reason-add-form';
import { LostReasonRow } from '@/features/leads/components/lost-reason-row';
import { describeError } from '@/lib/describe-error';
import { useTranslation } from '@/lib/i18n/use-translation';

export type LostReasonsCardProps = {
  /** Admins and managers edit the list; the API refuses anyone else. */
  canEdit: boolean;
};

/** Settings → the reasons a deal is lost, which the close dialog offers. */
export function LostReasonsCard({ canEdit }: LostReasonsCardProps): React.JSX.Element {
  const { t, dictionary } = useTranslation();
  const reasons = useLostReasons();

  return (
    <Card role="region" aria-labelledby="lost-reasons-title">
      <CardHeader>
        <div>
          <CardTitle id="lost-reasons-title">{t('lostReasons.title')}</CardTitle>
          <CardDescription>
            {canEdit ? t('lostReasons.description') : t('lostReasons.readOnly')}
          </CardDescription>
        </div>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        {reasons.isPending ? <Skeleton className="h-24 w-full" /> : null}
        {reasons.isError ? (
          <ErrorState
            title={t('lostReasons.loadError')}
            message={describeError(reasons.error, t, dictionary)}
            onRetry={() => void reasons.refetch()}
          />
        ) : null}
        {reasons.isSuccess && reasons.data.length === 0 ? (
          <p className="text-sm text-muted-foreground">{t('lostReasons.empty')}</p>
        ) : null}
        {reasons.isSuccess && reasons.data.length > 0 ? (
          <ol aria-labelledby="lost-reasons-title" className="divide-y divide-border">
            {reasons.data.map((reason, index) => (
              <LostReasonRow
                key={reason.id}
                reason={reason}
                canEdit={canEdit}
                previous={reasons.data[index - 1] ?? null}
                next={reasons.data[index + 1] ?? null}
              />
            ))}
          </ol>
        ) : null}
        {canEdit ? <LostReasonAddForm /> : null}
      </CardContent>
    </Card>
  );
}
