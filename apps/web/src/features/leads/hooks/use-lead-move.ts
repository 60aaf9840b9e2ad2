import type { CloseLeadRequest, LeadStage } from '@loved/shared';
import { useCallback } from 'react';
import { moveLead } from '@/features/leads/api/move-lead';
import { useLeadBoardStore } from '@/features/leads/stores/lead-board.store';
import { findCard, valueOf } from '@/features/leads/utils/board-columns';
import { readLeadRecord } from '@/features/leads/utils/lead-records';
import { placementAt } from '@/features/leads/utils/placement';
import { forgetLead, receiveLead } from '@/features/leads/utils/receive-lead';
import { ApiError } from '@/lib/api-client';
import { describeError } from '@/lib/describe-error';
import { useTranslation } from '@/lib/i18n/use-translation';
import { showToast } from '@/stores/toast.store';

/** `result`: with `toStage` Fechado, the deal's result, set in the same request as the move. */
export type MoveLead = (
  leadId: string,
  toStage: LeadStage,
  toIndex: number,
  result?: CloseLeadRequest,
) => Promise<void>;

/**
 * Moves a card on the board at once, then asks the API. If the API refuses, the card goes back
 * where it was and a toast says why; a refusal because the board was stale also reloads it, and
 * one because the lead was deleted meanwhile takes the card off and says so.
 */
export function useLeadMove(): MoveLead {
  const { t, dictionary } = useTranslation();

  return useCallback<MoveLead>(
    async (leadId, toStage, toIndex, result) => {
      const board = useLeadBoardStore.getState();
      const origin = findCard(board.columns, leadId);
      const lead = readLeadRecord(leadId);
      if (!origin || !lead) return;
      if (origin.stage === toStage && origin.index === toIndex && !result) return;

      // The result the API will give it: leaving Fechado clears it, a result sent sets it.
      const value = board.columns[origin.stage].values[leadId] ?? valueOf(lead);
      board.placeLead(leadId, toStage, toIndex, {
        cents: value.cents,
        result: toStage === 'fechado' ? (result?.outcome ?? value.result) : 'open',
      });
      const column = useLeadBoardStore.getState().columns[toStage].ids;
      try {
        receiveLead(
          await moveLead(leadId, { stage: toStage, ...result, ...placementAt(column, toIndex) }),
        );
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) {
          forgetLead(leadId);
          showToast({
            title: t('pipeline.move.removedTitle'),
            description: t('pipeline.move.removed', { name: lead.name }),
            variant: 'destructive',
          });
          return;
        }
        useLeadBoardStore.getState().placeLead(leadId, origin.stage, origin.index, value);
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
