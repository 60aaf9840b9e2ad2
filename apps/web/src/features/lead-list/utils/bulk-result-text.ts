import type { BulkLeadsRequest, BulkLeadsResponse } from '@loved/shared';
import type { TranslationKey, Translate } from '@/lib/i18n/translate';

type Texts = { one: TranslationKey; many: TranslationKey };

/** What a bulk action did, in a sentence ("12 leads movidos para Proposta."). */
export function bulkResultText(
  request: BulkLeadsRequest,
  result: BulkLeadsResponse,
  t: Translate,
  names: { assignee?: string },
): string {
  const count = result.affected;
  const pick = ({ one, many }: Texts): TranslationKey => (count === 1 ? one : many);
  switch (request.action) {
    case 'move_stage':
      return t(pick({ one: 'leadList.bulk.movedOne', many: 'leadList.bulk.moved' }), {
        count,
        stage: request.stage ? t(`stages.${request.stage}`) : '',
      });
    case 'assign':
      if (!request.assigned_user_id) {
        return t(pick({ one: 'leadList.bulk.unassignedOne', many: 'leadList.bulk.unassigned' }), {
          count,
        });
      }
      return t(pick({ one: 'leadList.bulk.assignedOne', many: 'leadList.bulk.assigned' }), {
        count,
        name: names.assignee ?? '',
      });
    case 'add_tag':
      return t(pick({ one: 'leadList.bulk.tagAddedOne', many: 'leadList.bulk.tagAdded' }), {
        count,
        tag: request.tag ?? '',
      });
    case 'remove_tag':
      return t(pick({ one: 'leadList.bulk.tagRemovedOne', many: 'leadList.bulk.tagRemoved' }), {
        count,
        tag: request.tag ?? '',
      });
    case 'delete':
      return t(pick({ one: 'leadList.bulk.deletedOne', many: 'leadList.bulk.deleted' }), { count });
  }
}
