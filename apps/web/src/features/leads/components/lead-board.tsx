import {
  DragDropContext,
  type DragStart,
  type DragUpdate,
  type DropResult,
  type ResponderProvided,
} from '@hello-pangea/dnd';
import type { LeadStage } from '@loved/shared';
import { SquareKanban } from 'lucide-react';
import { useCallback, useEffect, useRef } from 'react';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { LeadBoardSkeleton } from '@/features/leads/components/lead-board-skeleton';
import { LeadColumn } from '@/features/leads/components/lead-column';
import { useLeadMove } from '@/features/leads/hooks/use-lead-move';
import { useLeadBoardStore } from '@/features/leads/stores/lead-board.store';
import { isFiltered } from '@/features/leads/utils/board-columns';
import { readLeadRecord } from '@/features/leads/utils/lead-records';
import { isLeadStage, STAGE_ORDER } from '@/features/leads/utils/stages';
import { describeError } from '@/lib/describe-error';
import { useTranslation } from '@/lib/i18n/use-translation';

export type LeadBoardProps = {
  currentUserId: string | null;
  onOpenLead: (leadId: string) => void;
  /** Changes when live events may have been missed (the stream reconnected): reload quietly. */
  resyncKey?: number;
};

/** The five stage columns; cards move by drag and drop (mouse, touch, keyboard) or a menu. */
export function LeadBoard({
  currentUserId,
  onOpenLead,
  resyncKey,
}: LeadBoardProps): React.JSX.Element {
  const { t, dictionary } = useTranslation();
  const status = useLeadBoardStore((state) => state.status);
  const error = useLeadBoardStore((state) => state.error);
  const columns = useLeadBoardStore((state) => state.columns);
  const filtered = useLeadBoardStore((state) => isFiltered(state.filters));
  const load = useLeadBoardStore((state) => state.load);
  const loadMore = useLeadBoardStore((state) => state.loadMore);
  const move = useLeadMove();

  useEffect(() => {
    useLeadBoardStore.getState().setCurrentUser(currentUserId);
  }, [currentUserId]);

  useEffect(() => {
    void useLeadBoardStore.getState().load();
    return () => useLeadBoardStore.getState().reset();
  }, []);

  const syncedKey = useRef(resyncKey);
  useEffect(() => {
    if (resyncKey === syncedKey.current) return;
    syncedKey.current = resyncKey;
    void useLeadBoardStore.getState().load({ silent: true });
  }, [resyncKey]);

  const describeSpot = useCallback(
    (draggableId: string, stage: string, index: number, key: 'lifted' | 'over' | 'dropped') => {
      const stageName = isLeadStage(stage) ? t(`stages.${stage}`) : stage;
      return t(`pipeline.move.${key}`, {
        name: readLeadRecord(draggableId)?.name ?? '',
        stage: stageName,
        position: index + 1,
      });
    },
    [t],
  );

  const handleDragStart = useCallback(
    (start: DragStart, provided: ResponderProvided) => {
      provided.announce(
        describeSpot(start.draggableId, start.source.droppableId, start.source.index, 'lifted'),
      );
    },
    [describeSpot],
  );

  const handleDragUpdate = useCallback(
    (update: DragUpdate, provided: ResponderProvided) => {
      if (!update.destination) return;
      provided.announce(
        describeSpot(
          update.draggableId,
          update.destination.droppableId,
          update.destination.index,
          'over',
        ),
      );
    },
    [describeSpot],
  );

  const handleDragEnd = useCallback(
    (result: DropResult, provided: ResponderProvided) => {
      const { destination, draggableId } = result;
      if (!destination || !isLeadStage(destination.droppableId)) {
        provided.announce(
          t('pipeline.move.cancelled', { name: readLeadRecord(draggableId)?.name ?? '' }),
        );
        return;
      }
      provided.announce(
        describeSpot(draggableId, destination.droppableId, destination.index, 'dropped'),
      );
      void move(draggableId, destination.droppableId, destination.index);
    },
    [describeSpot, move, t],
  );

  const handleMoveToStage = useCallback(
    (leadId: string, stage: LeadStage) => void move(leadId, stage, 0),
    [move],
  );
  const handleLoadMore = useCallback((stage: LeadStage) => void loadMore(stage), [loadMore]);

  if (status === 'loading') return <LeadBoardSkeleton label={t('pipeline.loading')} />;
  if (status === 'error') {
    return (
      <ErrorState
        title={t('pipeline.loadError')}
        message={describeError(error, t, dictionary)}
        onRetry={() => void load()}
      />
    );
  }

  const isEmpty = STAGE_ORDER.every((stage) => columns[stage].count === 0);

  return (
    <div className="flex flex-col gap-4">
      {isEmpty && !filtered ? (
        <EmptyState
          icon={SquareKanban}
          title={t('pipeline.emptyTitle')}
          description={t('pipeline.emptyDescription')}
          className="py-8"
        />
      ) : null}
      {filtered ? (
        <p role="status" className="text-xs text-muted-foreground">
          {t('pipeline.filters.filtered')}
        </p>
      ) : null}
      <DragDropContext
        onDragStart={handleDragStart}
        onDragUpdate={handleDragUpdate}
        onDragEnd={handleDragEnd}
        dragHandleUsageInstructions={t('pipeline.move.instructions')}
      >
        {/* `relative`: the columns' visually hidden texts are positioned against the scroller,
            so it clips them instead of widening the page. */}
        <div
          role="group"
          aria-label={t('pipeline.board')}
          className="relative -mx-4 flex snap-x snap-mandatory gap-4 overflow-x-auto px-4 pb-4 sm:snap-none md:-mx-8 md:px-8"
        >
          {STAGE_ORDER.map((stage) => (
            <LeadColumn
              key={stage}
              column={columns[stage]}
              onOpenLead={onOpenLead}
              onMoveToStage={handleMoveToStage}
              onLoadMore={handleLoadMore}
            />
          ))}
        </div>
      </DragDropContext>
    </div>
  );
}
