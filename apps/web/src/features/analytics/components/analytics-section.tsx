import type { UseQueryResult } from '@tanstack/react-query';
import { ChartNoAxesColumn } from 'lucide-react';
import { useId, type ReactNode } from 'react';
import { ErrorState } from '@/components/error-state';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/skeleton';
import { cn } from '@/lib/cn';
import { describeError } from '@/lib/describe-error';
import { useTranslation } from '@/lib/i18n/use-translation';

export type AnalyticsSectionProps<T> = {
  title: string;
  description?: string;
  query: UseQueryResult<T>;
  /** Whether the answer has nothing to show for the period. */
  isEmpty: (data: T) => boolean;
  children: (data: T) => ReactNode;
  className?: string;
};

/**
 * One report of the page, as a named region: a skeleton while it loads, "no data" when the
 * period has none, the error with a retry when it failed, else its content. Each report loads
 * on its own, so one slow or failed query never holds back the others.
 */
export function AnalyticsSection<T>({
  title,
  description,
  query,
  isEmpty,
  children,
  className,
}: AnalyticsSectionProps<T>): React.JSX.Element {
  const { t, dictionary } = useTranslation();
  const titleId = useId();

  let body: ReactNode;
  if (query.isPending) {
    body = (
      <div role="status" className="flex flex-col gap-2">
        <span className="sr-only">{t('analytics.loading', { title })}</span>
        <Skeleton className="h-5 w-1/3" />
        <Skeleton className="h-40 w-full" />
      </div>
    );
  } else if (query.isError) {
    body = (
      <ErrorState
        title={t('analytics.loadError')}
        message={describeError(query.error, t, dictionary)}
        onRetry={() => void query.refetch()}
      />
    );
  } else if (isEmpty(query.data)) {
    body = (
      <p className="flex flex-col items-center gap-2 rounded-lg border border-dashed border-border px-4 py-10 text-center text-sm text-muted-foreground">
        <ChartNoAxesColumn aria-hidden="true" className="size-6" />
        {t('analytics.empty')}
      </p>
    );
  } else {
    body = children(query.data);
  }

  return (
    <Card
      role="region"
      aria-labelledby={titleId}
      aria-busy={query.isFetching || undefined}
      className={cn('min-w-0', className)}
    >
      <CardHeader>
        <div>
          <CardTitle id={titleId}>{title}</CardTitle>
          {description ? <CardDescription>{description}</CardDescription> : null}
        </div>
      </CardHeader>
      <CardContent>{body}</CardContent>
    </Card>
  );
}
