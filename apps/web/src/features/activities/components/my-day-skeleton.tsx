import { Skeleton } from '@/components/ui/skeleton';
import { useTranslation } from '@/lib/i18n/use-translation';

/** The agenda's shape while it loads: three sections of a few lines. */
export function MyDaySkeleton(): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <div role="status" aria-label={t('agenda.loading')} className="flex flex-col gap-8">
      {[2, 3, 2].map((rows, section) => (
        <div key={section} className="flex flex-col gap-2">
          <Skeleton className="h-5 w-32" />
          <div className="flex flex-col gap-px overflow-hidden rounded-xl border border-border">
            {Array.from({ length: rows }, (_, row) => (
              <Skeleton key={row} className="h-14 rounded-none" />
            ))}
          </div>
        </div>
      ))}
    </div>
  );
}
