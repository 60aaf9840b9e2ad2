import { Injectable } from '@nestjs/common';
import {
  WebhookEventStatus,
  type IntegrationProvider,
  type ListEnvelope,
  type WebhookEventResponse,
} from '@loved/shared';
import { decodeCursor } from '../../../core/http/keyset-cursor';
import { toKeysetPage } from '../../../core/http/keyset-page';
import { DEFAULT_JOB_ATTEMPTS } from '../../../core/queue/queue-name.constant';
import { TenantContextService } from '../../../core/tenancy/tenant-context.service';
import { IntegrationException } from '../integration.exception';
import { WebhookEventEntity } from './webhook-event.entity';
import { toWebhookEventResponse } from './webhook-event.mapper';
import { WebhookInboxService } from './webhook-inbox.service';

/**
 * An organisation's stored webhook events: what processors read and mark, and what admins list
 * and retry. Queries run as the organisation, so Row-Level Security keeps others' events out.
 */
@Injectable()
export class WebhookEventsService {
  constructor(
    private readonly tenant: TenantContextService,
    private readonly inbox: WebhookInboxService,
  ) {}

  private get repository() {
    return this.tenant.manager.getRepository(WebhookEventEntity);
  }

  /** The event if it still waits to be processed. */
  async findPending(
    provider: IntegrationProvider,
    eventId: string,
  ): Promise<WebhookEventEntity | null> {
    return this.repository.findOneBy({
      id: eventId,
      provider,
      organizationId: this.tenant.organizationId,
      status: WebhookEventStatus.Pending,
    });
  }

  async markProcessed(eventId: string): Promise<void> {
    await this.repository.update(
      { id: eventId, organizationId: this.tenant.organizationId },
      { status: WebhookEventStatus.Processed, processedAt: new Date(), lastError: null },
    );
  }

  /**
   * Counts a failed attempt. Returns true when that was the last one: the event then stays
   * `failed`, with its error, until an admin retries it.
   */
  async recordFailure(eventId: string, error: string): Promise<boolean> {
    const [rows] = await this.tenant.manager.query<[Array<{ status: WebhookEventStatus }>, number]>(
      `UPDATE webhook_events
          SET attempts = attempts + 1, last_error = $3,
              status = CASE WHEN attempts + 1 >= $4 THEN 'failed' ELSE status END
        WHERE id = $1 AND organization_id = $2
        RETURNING status`,
      [eventId, this.tenant.organizationId, error.slice(0, 2000), DEFAULT_JOB_ATTEMPTS],
    );
    return rows[0]?.status === WebhookEventStatus.Failed;
  }

  async list(
    provider: IntegrationProvider,
    status: WebhookEventStatus | undefined,
    cursor: string | undefined,
    limit: number,
  ): Promise<ListEnvelope<WebhookEventResponse>> {
    const query = this.repository
      .createQueryBuilder('e')
      .where('e.organization_id = :org', { org: this.tenant.organizationId })
      .andWhere('e.provider = :provider', { provider })
      .orderBy('e.received_at', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .limit(limit + 1);
    if (status) query.andWhere('e.status = :status', { status });
    if (cursor) {
      const [receivedAt, id] = decodeCursor(cursor, ['timestamp', 'uuid']);
      query.andWhere('(e.received_at, e.id) < (:receivedAt, :id)', { receivedAt, id });
    }
    const page = toKeysetPage(await query.getMany(), limit, (last) => [
      last.receivedAt.toISOString(),
      last.id,
    ]);
    return { items: page.rows.map(toWebhookEventResponse), next_cursor: page.next_cursor };
  }

  /** Puts a failed event back in line, with fresh attempts. */
  async retry(provider: IntegrationProvider, eventId: string): Promise<WebhookEventResponse> {
    const event = await this.repository.findOneBy({
      id: eventId,
      provider,
      organizationId: this.tenant.organizationId,
    });
    if (!event) throw IntegrationException.eventNotFound();
    if (event.status !== WebhookEventStatus.Failed) throw IntegrationException.eventNotRetryable();
    event.status = WebhookEventStatus.Pending;
    event.attempts = 0;
    const saved = await this.repository.save(event);
    const data = { provider, organizationId: this.tenant.organizationId, eventId };
    // A new job id: the failed job keeps the old one in Bull.
    this.tenant.afterCommit(() => void this.inbox.enqueue(data, `${eventId}:retry:${Date.now()}`));
    return toWebhookEventResponse(saved);
  }
}
