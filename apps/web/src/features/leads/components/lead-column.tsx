import { Droppable } from '@hello-pangea/dnd';
import type { LeadOutcome, LeadStage } from '@loved/shared';
import { Button } from '@/components/ui/button';
import { Spinner } from '@/components/ui/spinner';
import { LeadCardSlot } from '@/features/leads/components/lead-card-slot';
import { LeadColumnTotals } from '@/features/leads/components/lead-column-totals';
import type { BoardColumn } from '@/features/leads/types/board';
import { STAGE_STYLES } from '@/features/leads/utils/stages';
import { useOnVisible } from '@/hooks/use-on-visible';
import { cn } from '@/lib/cn';
import { describeError } from '@/lib/describe-error';
import { useTranslation } from '@/lib/i18n/use-translation';

export type LeadColumnProps = {
  column: BoardColumn;
  /** Compact density: five columns fit 1280 px. */
  isCompact?: boolean;
  onOpenLead: (leadId: string) => void;
  onMoveToStage: (leadId: string, stage: LeadStage) => void;
  onCloseDeal: (leadId: string, outcome: LeadOutcome) => void;
  onReopenDeal: (leadId: string) => void;
  onLoadMore: (stage: LeadStage) => void;
};

export function LeadColumn({
  column,
  isCompact = false,
  onOpenLead,
  onMoveToStage,
  onCloseDeal,
  onReopenDeal,
  onLoadMore,
}: LeadColumnProps): React.JSX.Element {
  const { t, dictionary } = useTranslation();
  const { stage } = column;
  const style = STAGE_STYLES[stage];
  const stageName = t(`stages.${stage}`);
  const hasMore = column.nextCursor !== null;
  const sentinelRef = useOnVisible<HTMLDivElement>(
    () => onLoadMore(stage),
    hasMore && !column.isLoadingMore && !column.loadMoreError,
  );
  const countLabel =
    column.count === 1
      ? t('pipeline.column.countOne')
      : t('pipeline.column.count', { count: column.count });
  const headingId = `column-${stage}-title`;

  return (
    <section
      aria-labelledby={headingId}
      className={cn(
        'flex w-[85vw] shrink-0 snap-start flex-col scroll-mx-4',
        isCompact ? 'max-w-44 gap-2 sm:w-44' : 'max-w-72 gap-3 sm:w-72',
      )}
      data-stage={stage}
    >
      <header className={cn('rounded-lg', isCompact ? 'p-2' : 'p-3', style.headerClass)}>
        <div className="flex items-center justify-between gap-2">
          <h2 id={headingId} className="flex items-center gap-2 text-sm font-semibold">
            <span aria-hidden="true" className={cn('size-2 rounded-full', style.accentClass)} />
            {stageName}
          </h2>
          <span
            className="rounded-full bg-surface/80 px-2 py-0.5 text-xs font-medium tabular-nums"
            title={countLabel}
          >
            <span aria-hidden="true">{column.count}</span>
            <span className="sr-only">{countLabel}</span>
          </span>
        </div>
        <LeadColumnTotals column={column} />
      </header>

      <Droppable droppableId={stage}>
        {(provided, snapshot) => (
          <ol
            ref={provided.innerRef}
            {...provided.droppableProps}
            aria-label={t('pipeline.column.label', { stage: stageName })}
            className={cn(
              'flex min-h-40 flex-col rounded-lg p-1 transition-colors',
              isCompact ? 'gap-2' : 'gap-3',
              snapshot.isDraggingOver && style.dropClass,
            )}
          >
            {column.ids.map((leadId, index) => (
              <LeadCardSlot
                key={leadId}
                leadId={leadId}
                stage={stage}
                index={index}
                isCompact={isCompact}
                onOpen={onOpenLead}
                onMoveToStage={onMoveToStage}
                onCloseDeal={onCloseDeal}
                onReopenDeal={onReopenDeal}
              />
            ))}
            {provided.placeholder}
            {column.ids.length === 0 && !snapshot.isDraggingOver ? (
              <li className="list-none rounded-lg border border-dashed border-border/80 px-3 py-6 text-center text-xs text-muted-foreground">
                {t('pipeline.column.empty')}
              </li>
            ) : null}
          </ol>
        )}
      </Droppable>

      {hasMore ? (
        <div ref={sentinelRef} className="flex flex-col items-center gap-2 pb-2">
          {column.loadMoreError ? (
            <p className="text-center text-xs text-destructive">
              {describeError(column.loadMoreError, t, dictionary)}
            </p>
          ) : null}
          {column.isLoadingMore ? (
            <Spinner className="text-xs text-muted-foreground">{t('common.loadingMore')}</Spinner>
          ) : (
            <Button variant="ghost" size="sm" onClick={() => onLoadMore(stage)}>
              {column.loadMoreError ? t('common.retry') : t('common.loadMore')}
            </Button>
          )}
        </div>
      ) : null}
    </section>
  );
}
