import { Activity, RefreshCw } from 'lucide-react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import {
  Card,
  CardContent,
  CardDescription,
  CardFooter,
  CardHeader,
  CardTitle,
} from '@/components/ui/card';
import { cn } from '@/lib/cn';
import { ReadinessStatusBody } from '@/features/system-status/components/readiness-status-body';
import { useReadiness } from '@/features/system-status/api/get-readiness';
import type { ReadinessView } from '@/features/system-status/types/readiness';
import { useTranslation } from '@/lib/i18n/use-translation';

export type SystemStatusCardProps = {
  className?: string;
};

/** Tells whether the services behind the CRM answer: database, Redis and file storage. */
export function SystemStatusCard({ className }: SystemStatusCardProps): React.JSX.Element {
  const { t, time } = useTranslation();
  const readiness = useReadiness();
  const state: ReadinessView = readiness.isPending
    ? { status: 'loading' }
    : readiness.isError
      ? { status: 'error', error: readiness.error }
      : readiness.data;
  const checkedAt = readiness.isSuccess ? new Date(readiness.dataUpdatedAt) : null;
  const isRefreshing = readiness.isFetching;
  const handleRefresh = (): void => void readiness.refetch();

  return (
    <Card role="region" aria-labelledby="system-status-title" className={className}>
      <CardHeader className="flex-nowrap justify-start">
        <span className="grid size-9 shrink-0 place-items-center rounded-lg bg-brand-soft text-brand">
          <Activity aria-hidden="true" className="size-4" />
        </span>
        <div>
          <div className="flex flex-wrap items-center gap-2">
            <CardTitle id="system-status-title">{t('systemStatus.title')}</CardTitle>
            {state.status === 'ready' ? (
              <Badge variant="outline">
                {t('systemStatus.mode', { mode: t(`systemStatus.modes.${state.data.mode}`) })}
              </Badge>
            ) : null}
          </div>
          <CardDescription>{t('systemStatus.description')}</CardDescription>
        </div>
      </CardHeader>
      <CardContent>
        <ReadinessStatusBody state={state} onRetry={handleRefresh} />
      </CardContent>
      {checkedAt ? (
        <CardFooter className="justify-between">
          <p className="text-xs text-muted-foreground">
            {t('systemStatus.checkedAt', { time: time(checkedAt) })}
          </p>
          <Button variant="ghost" size="sm" onClick={handleRefresh} disabled={isRefreshing}>
            <RefreshCw aria-hidden="true" className={cn(isRefreshing && 'animate-spin')} />
            {t('systemStatus.checkAgain')}
          </Button>
        </CardFooter>
      ) : null}
    </Card>
  );
}
