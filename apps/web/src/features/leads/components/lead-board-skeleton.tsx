import { Skeleton } from '@/components/ui/skeleton';
import { Spinner } from '@/components/ui/spinner';
import { STAGE_ORDER, STAGE_STYLES } from '@/features/leads/utils/stages';
import { cn } from '@/lib/cn';

export type LeadBoardSkeletonProps = {
  label: string;
};

/** Five column outlines while the board loads. */
export function LeadBoardSkeleton({ label }: LeadBoardSkeletonProps): React.JSX.Element {
  return (
    <div className="flex flex-col gap-4">
      <Spinner className="text-sm text-muted-foreground">{label}</Spinner>
      <div aria-hidden="true" className="-mx-4 flex gap-4 overflow-hidden px-4 md:-mx-8 md:px-8">
        {STAGE_ORDER.map((stage) => (
          <div key={stage} className="flex w-[85vw] max-w-72 shrink-0 flex-col gap-3 sm:w-72">
            <div className={cn('h-16 rounded-lg', STAGE_STYLES[stage].headerClass)} />
            <Skeleton className="h-28" />
            <Skeleton className="h-28 opacity-70" />
          </div>
        ))}
      </div>
    </div>
  );
}
