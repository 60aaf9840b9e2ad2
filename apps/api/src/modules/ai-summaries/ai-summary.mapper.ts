import type { AiSummaryResponse } from '@loved/shared';
import type { AiSummaryEntity } from './ai-summary.entity';

export const toAiSummaryResponse = (s: AiSummaryEntity): AiSummaryResponse => ({
  id: s.id,
  organization_id: s.organizationId,
  lead_id: s.leadId,
  conversation_id: s.conversationId,
  status: s.status,
  summary: s.summary,
  sentiment: s.sentiment,
  next_actions: s.nextActions,
  confidence_score: s.confidenceScore,
  provider: s.provider,
  model: s.model,
  covered: {
    first_communication_id: s.firstCommunicationId,
    last_communication_id: s.lastCommunicationId,
    from: s.coveredFrom?.toISOString() ?? null,
    to: s.coveredTo?.toISOString() ?? null,
    communications: s.communicationsCount,
  },
  usage:
    s.promptTokens === null || s.completionTokens === null
      ? null
      : { prompt_tokens: s.promptTokens, completion_tokens: s.completionTokens },
  error: s.error,
  requested_by_user_id: s.requestedByUserId,
  created_at: s.createdAt.toISOString(),
  completed_at: s.completedAt?.toISOString() ?? null,
});
