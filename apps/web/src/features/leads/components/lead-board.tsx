import {
  DragDropContext,
  type DragStart,
  type DragUpdate,
  type DropResult,
  type MovementMode,
  type ResponderProvided,
} from '@hello-pangea/dnd';
import type { CloseLeadRequest, LeadOutcome, LeadResponse, LeadStage } from '@loved/shared';
import { SquareKanban } from 'lucide-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { useReopenLead } from '@/features/leads/api/reopen-lead';
import { CloseLeadDialog } from '@/features/leads/components/close-lead-dialog';
import { LeadBoardDensity } from '@/features/leads/components/lead-board-density';
import { LeadBoardSkeleton } from '@/features/leads/components/lead-board-skeleton';
import { LeadBoardSummary } from '@/features/leads/components/lead-board-summary';
import { LeadColumn } from '@/features/leads/components/lead-column';
import { LeadOutcomeDialog } from '@/features/leads/components/lead-outcome-dialog';
import { useBoardDensity } from '@/features/leads/hooks/use-board-density';
import { useLeadMove } from '@/features/leads/hooks/use-lead-move';
import { useScrollEdges } from '@/features/leads/hooks/use-scroll-edges';
import { useLeadBoardStore } from '@/features/leads/stores/lead-board.store';
import { boardTotals, isFiltered } from '@/features/leads/utils/board-columns';
import { revealColumn } from '@/features/leads/utils/reveal-column';
import { readLeadRecord } from '@/features/leads/utils/lead-records';
import { isLeadStage, STAGE_ORDER } from '@/features/leads/utils/stages';
import { cn } from '@/lib/cn';
import { describeError } from '@/lib/describe-error';
import { useTranslation } from '@/lib/i18n/use-translation';
import { showToast } from '@/stores/toast.store';

export type LeadBoardProps = {
  currentUserId: string | null;
  onOpenLead: (leadId: string) => void;
  /** Changes when live events may have been missed (the stream reconnected): reload quietly. */
  resyncKey?: number;
};

/** A card dropped on Fechado waits here for its result (won or lost) before it moves. */
type PendingDrop = { leadId: string; leadName: string; index: number };

/** A deal being marked won or lost from its card's menu. */
type Closing = { lead: LeadResponse; outcome: LeadOutcome };

/**
 * The five stage columns under the pipeline's totals; cards move by drag and drop (mouse,
 * touch, keyboard) or a menu. A card dropped on Fechado asks won or lost first.
 */
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
  const reopen = useReopenLead();
  const [density, setDensity] = useBoardDensity(currentUserId);
  const isCompact = density === 'compact';
  const scrollerRef = useRef<HTMLDivElement>(null);
  const edges = useScrollEdges(scrollerRef, `${status}-${density}`);
  const dragModeRef = useRef<MovementMode>('FLUID');
  const [pendingDrop, setPendingDrop] = useState<PendingDrop | null>(null);
  const [closing, setClosing] = useState<Closing | null>(null);
  const totals = useMemo(() => boardTotals(columns), [columns]);

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

  // A keyboard move only reaches a column the library sees with its cards whole, so the
  // column the card is over is brought to the middle: both its neighbours come into view.
  // A mouse drag scrolls by itself near the edges (the library's auto-scroll).
  const revealForKeyboard = useCallback((stage: string) => {
    if (dragModeRef.current !== 'SNAP' || !scrollerRef.current) return;
    revealColumn(scrollerRef.current, stage);
  }, []);

  const handleDragStart = useCallback(
    (start: DragStart, provided: ResponderProvided) => {
      dragModeRef.current = start.mode;
      revealForKeyboard(start.source.droppableId);
      provided.announce(
        describeSpot(start.draggableId, start.source.droppableId, start.source.index, 'lifted'),
      );
    },
    [describeSpot, revealForKeyboard],
  );

  const handleDragUpdate = useCallback(
    (update: DragUpdate, provided: ResponderProvided) => {
      if (!update.destination) return;
      revealForKeyboard(update.destination.droppableId);
      provided.announce(
        describeSpot(
          update.draggableId,
          update.destination.droppableId,
          update.destination.index,
          'over',
        ),
      );
    },
    [describeSpot, revealForKeyboard],
  );

  const handleDragEnd = useCallback(
    (result: DropResult, provided: ResponderProvided) => {
      const { destination, draggableId, source } = result;
      const name = readLeadRecord(draggableId)?.name ?? '';
      if (!destination || !isLeadStage(destination.droppableId)) {
        provided.announce(t('pipeline.move.cancelled', { name }));
        return;
      }
      provided.announce(
        describeSpot(draggableId, destination.droppableId, destination.index, 'dropped'),
      );
      if (destination.droppableId === 'fechado' && source.droppableId !== 'fechado') {
        // The card stays where it was until the result is chosen; cancelling leaves it there.
        setPendingDrop({ leadId: draggableId, leadName: name, index: destination.index });
        return;
      }
      void move(draggableId, destination.droppableId, destination.index);
    },
    [describeSpot, move, t],
  );

  const handleConfirmDrop = useCallback(
    (request: CloseLeadRequest) => {
      if (!pendingDrop) return;
      setPendingDrop(null);
      void move(pendingDrop.leadId, 'fechado', pendingDrop.index, request);
    },
    [move, pendingDrop],
  );

  const handleMoveToStage = useCallback(
    (leadId: string, stage: LeadStage) => {
      const lead = readLeadRecord(leadId);
      if (stage === 'fechado' && lead) {
        setPendingDrop({ leadId, leadName: lead.name, index: 0 });
        return;
      }
      void move(leadId, stage, 0);
    },
    [move],
  );

  const handleCloseDeal = useCallback((leadId: string, outcome: LeadOutcome) => {
    const lead = readLeadRecord(leadId);
    if (lead) setClosing({ lead, outcome });
  }, []);

  const handleReopenDeal = useCallback(
    (leadId: string) => {
      const lead = readLeadRecord(leadId);
      if (!lead) return;
      reopen.mutate(
        { id: leadId },
        {
          onSuccess: () =>
            showToast({
              title: t('pipeline.card.reopened', { name: lead.name }),
              variant: 'success',
            }),
          onError: (reopenError) =>
            showToast({
              title: t('pipeline.card.reopenFailed'),
              description: describeError(reopenError, t, dictionary),
              variant: 'destructive',
            }),
        },
      );
    },
    [dictionary, reopen, t],
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
      <LeadBoardSummary
        totals={totals}
        aside={
          <LeadBoardDensity
            density={density}
            onChange={setDensity}
            className="hidden sm:inline-flex"
          />
        }
      />
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
        <div
          className="relative -mx-4 md:-mx-8"
          data-density={density}
          data-overflow-start={edges.start}
          data-overflow-end={edges.end}
        >
          {/* `relative`: the columns' visually hidden texts are positioned against the
              scroller, so it clips them instead of widening the page. */}
          <div
            ref={scrollerRef}
            role="group"
            aria-label={t('pipeline.board')}
            className={cn(
              'relative flex snap-x snap-mandatory overflow-x-auto px-4 pb-4 sm:snap-none md:px-8',
              isCompact ? 'gap-2' : 'gap-4',
            )}
          >
            {STAGE_ORDER.map((stage) => (
              <LeadColumn
                key={stage}
                column={columns[stage]}
                isCompact={isCompact}
                onOpenLead={onOpenLead}
                onMoveToStage={handleMoveToStage}
                onCloseDeal={handleCloseDeal}
                onReopenDeal={handleReopenDeal}
                onLoadMore={handleLoadMore}
              />
            ))}
          </div>
          {/* Shadows on the edges beyond which more columns lie. */}
          <div
            aria-hidden="true"
            className={cn(
              'pointer-events-none absolute inset-y-0 left-0 w-6 bg-gradient-to-r from-foreground/10 to-transparent transition-opacity',
              edges.start ? 'opacity-100' : 'opacity-0',
            )}
          />
          <div
            aria-hidden="true"
            className={cn(
              'pointer-events-none absolute inset-y-0 right-0 w-6 bg-gradient-to-l from-foreground/10 to-transparent transition-opacity',
              edges.end ? 'opacity-100' : 'opacity-0',
            )}
          />
          {edges.end ? <p className="sr-only">{t('pipeline.scroll.more')}</p> : null}
        </div>
      </DragDropContext>
      <LeadOutcomeDialog
        leadName={pendingDrop?.leadName ?? ''}
        open={pendingDrop !== null}
        onOpenChange={(open) => {
          if (!open) setPendingDrop(null);
        }}
        onConfirm={handleConfirmDrop}
      />
      {closing ? (
        <CloseLeadDialog
          lead={closing.lead}
          open
          initialOutcome={closing.outcome}
          onOpenChange={(open) => {
            if (!open) setClosing(null);
          }}
        />
      ) : null}
    </div>
  );
}
