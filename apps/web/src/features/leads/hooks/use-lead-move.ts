import type { LeadStage } from '@loved/shared';
import { useCallback } from 'react';
import { moveLead } from '@/features/leads/api/move-lead';
import { useLeadBoardStore } from '@/features/leads/stores/lead-board.store';
import { findLead } from '@/features/leads/utils/board-columns';
import { placementAt } from '@/features/leads/utils/placement';
import { ApiError } from '@/lib/api-client';
import { describeError } from '@/lib/describe-error';
import { useTranslation } from '@/lib/i18n/use-translation';
import { showToast } from '@/stores/toast.store';

export type MoveLead = (leadId: string, toStage: LeadStage, toIndex: number) => Promise<void>;

/**
 * Moves a card on the board at once, then asks the API. If the API refuses, the card goes back
 * where it was and a toast says why; a refusal because the board was stale also reloads it.
 */
export function useLeadMove(): MoveLead {
  const { t, dictionary } = useTranslation();

  return useCallback<MoveLead>(
    async (leadId, toStage, toIndex) => {
      const board = useLeadBoardStore.getState();
      const origin = findLead(board.columns, leadId);
      if (!origin) return;
      if (origin.stage === toStage && origin.index === toIndex) return;

      board.placeLead(origin.lead, toStage, toIndex);
      const column = useLeadBoardStore.getState().columns[toStage].items;
      try {
        const moved = await moveLead(leadId, { stage: toStage, ...placementAt(column, toIndex) });
        useLeadBoardStore.getState().receiveLead(moved);
      } catch (error) {
        const current = useLeadBoardStore.getState();
        if (error instanceof ApiError && error.status === 404) {
          current.removeLead(leadId);
        } else {
          current.placeLead(origin.lead, origin.stage, origin.index);
        }
        showToast({
          title: t('pipeline.move.failedTitle'),
          description: `${describeError(error, t, dictionary)} ${t('pipeline.move.failed', {
            name: origin.lead.name,
            stage: t(`stages.${origin.stage}`),
          })}`,
          variant: 'destructive',
        });
        if (error instanceof ApiError && error.code === 'LEAD_NEIGHBOUR_NOT_IN_STAGE') {
          void current.load();
        }
      }
    },
    [t, dictionary],
  );
}
