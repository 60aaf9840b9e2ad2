import { Droppable } from '@hello-pangea/dnd';
import type { LeadStage } from '@loved/shared';
import { Button } from '@/components/ui/button';
import { Spinner } from '@/components/ui/spinner';
import { LeadCardSlot } from '@/features/leads/components/lead-card-slot';
import type { BoardColumn } from '@/features/leads/types/board';
import { STAGE_STYLES } from '@/features/leads/utils/stages';
import { useOnVisible } from '@/hooks/use-on-visible';
import { cn } from '@/lib/cn';
import { describeError } from '@/lib/describe-error';
import { useTranslation } from '@/lib/i18n/use-translation';

export type LeadColumnProps = {
  column: BoardColumn;
  onOpenLead: (leadId: string) => void;
  onMoveToStage: (leadId: string, stage: LeadStage) => void;
  onLoadMore: (stage: LeadStage) => void;
};

export function LeadColumn({
  column,
  onOpenLead,
  onMoveToStage,
  onLoadMore,
}: LeadColumnProps): React.JSX.Element {
  const { t, dictionary, cents } = useTranslation();
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
      className="flex w-[85vw] max-w-72 shrink-0 snap-start flex-col gap-3 sm:w-72"
      data-stage={stage}
    >
      <header className={cn('rounded-lg p-3', style.headerClass)}>
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
        <p className="mt-1 text-xs text-foreground/70 tabular-nums">
          {t('pipeline.column.total', { value: cents(column.totalCents) })}
        </p>
      </header>

      <Droppable droppableId={stage}>
        {(provided, snapshot) => (
          <ol
            ref={provided.innerRef}
            {...provided.droppableProps}
            aria-label={t('pipeline.column.label', { stage: stageName })}
            className={cn(
              'flex min-h-40 flex-col gap-3 rounded-lg p-1 transition-colors',
              snapshot.isDraggingOver && style.dropClass,
            )}
          >
            {column.ids.map((leadId, index) => (
              <LeadCardSlot
                key={leadId}
                leadId={leadId}
                stage={stage}
                index={index}
                onOpen={onOpenLead}
                onMoveToStage={onMoveToStage}
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
