import { Module } from '@nestjs/common';
import { WebhookDispatchQueue } from './webhook-dispatch-queue.service';
import { WebhookOutboxService } from './webhook-outbox.service';

/**
 * The outbox other modules write webhook events to, in their own transaction. Apart from the
 * endpoints module, so leads, communications, AI summaries and reminders can depend on it
 * without depending on (or cycling through) the endpoints' routes and notifications.
 */
@Module({
  providers: [WebhookOutboxService, WebhookDispatchQueue],
  exports: [WebhookOutboxService, WebhookDispatchQueue],
})
export class WebhookOutboxModule {}
