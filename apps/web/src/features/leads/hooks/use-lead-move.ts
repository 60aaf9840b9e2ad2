import type { LeadStage } from '@loved/shared';
import { useCallback } from 'react';
import { moveLead } from '@/features/leads/api/move-lead';
import { useLeadBoardStore } from '@/features/leads/stores/lead-board.store';
import { findCard } from '@/features/leads/utils/board-columns';
import { readLeadRecord } from '@/features/leads/utils/lead-records';
import { placementAt } from '@/features/leads/utils/placement';
import { forgetLead, receiveLead } from '@/features/leads/utils/receive-lead';
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
      const origin = findCard(board.columns, leadId);
      const lead = readLeadRecord(leadId);
      if (!origin || !lead) return;
      if (origin.stage === toStage && origin.index === toIndex) return;

      board.placeLead(leadId, toStage, toIndex);
      const column = useLeadBoardStore.getState().columns[toStage].ids;
      try {
        receiveLead(await moveLead(leadId, { stage: toStage, ...placementAt(column, toIndex) }));
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) {
          forgetLead(leadId);
        } else {
          useLeadBoardStore.getState().placeLead(leadId, origin.stage, origin.index);
        }
        showToast({
          title: t('pipeline.move.failedTitle'),
          description: `${describeError(error, t, dictionary)} ${t('pipeline.move.failed', {
            name: lead.name,
            stage: t(`stages.${origin.stage}`),
          })}`,
          variant: 'destructive',
        });
        if (error instanceof ApiError && error.code === 'LEAD_NEIGHBOUR_NOT_IN_STAGE') {
          void useLeadBoardStore.getState().load();
        }
      }
    },
    [t, dictionary],
  );
}
