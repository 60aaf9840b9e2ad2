import type { NotificationResponse } from '@loved/shared';

let sequence = 0;

/** A notification as the API answers it (an unread WhatsApp message); override the rest. */
export function makeNotification(
  overrides: Partial<NotificationResponse> = {},
): NotificationResponse {
  sequence += 1;
  const createdAt = overrides.created_at ?? new Date(Date.now() - sequence * 60_000).toISOString();
  return {
    id: overrides.id ?? `30000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`,
    kind: 'inbound_message',
    lead: {
      id: `20000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`,
      name: 'Padaria Pão Quente',
    },
    actor: null,
    activity: null,
    channel: 'whatsapp',
    communication_id: null,
    read: false,
    read_at: null,
    created_at: createdAt,
    ...overrides,
  };
}
