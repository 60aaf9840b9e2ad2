import type { CommunicationResponse, TimelineActor, TimelineItem } from '@loved/shared';

let sequence = 0;

/** A communication as the API answers it; override what the test is about. */
export function makeCommunication(
  overrides: Partial<CommunicationResponse> = {},
): CommunicationResponse {
  sequence += 1;
  const sentAt = overrides.sent_at ?? new Date(Date.UTC(2026, 0, 1, 12, 0, sequence)).toISOString();
  return {
    id: overrides.id ?? `10000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`,
    organization_id: 'org-1',
    lead_id: 'lead-1',
    channel: 'whatsapp',
    direction: 'inbound',
    content: `Mensagem ${sequence}`,
    subject: null,
    metadata: {},
    attachments: [],
    external_id: null,
    status: 'delivered',
    author_user_id: null,
    author_api_key_id: null,
    sent_at: sentAt,
    created_at: sentAt,
    updated_at: sentAt,
    ...overrides,
  };
}

export function makeTimelineItem(
  overrides: Partial<CommunicationResponse> = {},
  author: TimelineActor | null = null,
): TimelineItem {
  const communication = makeCommunication(overrides);
  return {
    type: 'communication',
    id: communication.id,
    occurred_at: communication.sent_at,
    communication,
    author,
  };
}
