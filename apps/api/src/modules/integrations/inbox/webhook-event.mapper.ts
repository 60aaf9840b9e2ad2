import type { WebhookEventResponse } from '@loved/shared';
import type { WebhookEventEntity } from './webhook-event.entity';

export const toWebhookEventResponse = (event: WebhookEventEntity): WebhookEventResponse => ({
  id: event.id,
  provider: event.provider,
  status: event.status,
  attempts: event.attempts,
  last_error: event.lastError,
  update_count: event.updateCount,
  received_at: event.receivedAt.toISOString(),
  processed_at: event.processedAt?.toISOString() ?? null,
});
