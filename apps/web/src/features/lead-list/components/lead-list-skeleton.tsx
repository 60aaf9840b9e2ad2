import { Skeleton } from '@/components/ui/skeleton';
import { useTranslation } from '@/lib/i18n/use-translation';

const ROWS = 8;

/** The table's shape while the first page loads. */
export function LeadListSkeleton(): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <div
      role="status"
      className="flex flex-col gap-2 rounded-xl border border-border bg-surface p-3"
    >
      <span className="sr-only">{t('leadList.table.loading')}</span>
      <Skeleton className="h-6 w-full" />
      {Array.from({ length: ROWS }, (_, index) => (
        <Skeleton key={index} className="h-9 w-full" />
      ))}
    </div>
  );
}
