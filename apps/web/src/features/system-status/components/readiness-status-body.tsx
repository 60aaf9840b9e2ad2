import { TriangleAlert } from 'lucide-react';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Spinner } from '@/components/ui/spinner';
import { DependencyStatusRow } from '@/features/system-status/components/dependency-status-row';
import type { ReadinessView } from '@/features/system-status/types/readiness';
import { HEALTH_DEPENDENCIES } from '@/features/system-status/utils/status-labels';
import { describeError } from '@/lib/describe-error';
import { useTranslation } from '@/lib/i18n/use-translation';

export type ReadinessStatusBodyProps = {
  state: ReadinessView;
  onRetry: () => void;
};

export function ReadinessStatusBody({
  state,
  onRetry,
}: ReadinessStatusBodyProps): React.JSX.Element {
  const { t, dictionary } = useTranslation();
  if (state.status === 'loading') {
    return (
      <Spinner className="py-2 text-sm text-muted-foreground">{t('systemStatus.checking')}</Spinner>
    );
  }

  if (state.status === 'error') {
    return (
      <Alert variant="destructive">
        <TriangleAlert aria-hidden="true" />
        <AlertTitle>{t('systemStatus.errorTitle')}</AlertTitle>
        <AlertDescription>
          <p>{describeError(state.error, t, dictionary)}</p>
          <Button variant="outline" size="sm" className="mt-3 text-foreground" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        </AlertDescription>
      </Alert>
    );
  }

  if (state.status === 'degraded') {
    return (
      <div className="flex flex-col gap-4">
        <Alert variant="destructive">
          <TriangleAlert aria-hidden="true" />
          <AlertTitle>{t('systemStatus.degradedTitle')}</AlertTitle>
          <AlertDescription>
            {/* The API's detail names dependencies by id; the rows below name them for people. */}
            {t('systemStatus.degradedDescription')}
          </AlertDescription>
        </Alert>
        <ul aria-label={t('systemStatus.downServices')} className="divide-y divide-border">
          {state.down.map((dependency) => (
            <DependencyStatusRow key={dependency} dependency={dependency} status="down" />
          ))}
        </ul>
      </div>
    );
  }

  return (
    <ul aria-label={t('systemStatus.services')} className="divide-y divide-border">
      {HEALTH_DEPENDENCIES.map((dependency) => (
        <DependencyStatusRow
          key={dependency}
          dependency={dependency}
          status={state.data.checks[dependency]}
        />
      ))}
    </ul>
  );
}
