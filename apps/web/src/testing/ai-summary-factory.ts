import type { AiSummaryResponse } from '@loved/shared';

let sequence = 0;

/** A finished summary as the API answers it; override what the test is about. */
export function makeAiSummary(overrides: Partial<AiSummaryResponse> = {}): AiSummaryResponse {
  sequence += 1;
  const createdAt =
    overrides.created_at ?? new Date(Date.UTC(2026, 11, 3, 12, 0, sequence)).toISOString();
  return {
    id: overrides.id ?? `20000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`,
    organization_id: 'org-1',
    lead_id: 'lead-1',
    conversation_id: 'conversation-1',
    status: 'done',
    summary: `Resumo ${sequence}: o cliente quer um site novo.`,
    sentiment: 'neutral',
    next_actions: [],
    confidence_score: 0.8,
    provider: 'openai',
    model: 'gpt-4o-mini',
    covered: {
      first_communication_id: null,
      last_communication_id: null,
      from: '2026-12-01T12:00:00.000Z',
      to: '2026-12-03T12:00:00.000Z',
      communications: 5,
    },
    usage: null,
    error: null,
    requested_by_user_id: null,
    created_at: createdAt,
    completed_at: createdAt,
    ...overrides,
  };
}
