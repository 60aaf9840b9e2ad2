import { Injectable, Logger } from '@nestjs/common';
import type { LiveEvent } from '@loved/shared';
import { PubSubService } from '../../core/redis/pub-sub.service';
import { TenantContextService } from '../../core/tenancy/tenant-context.service';

export type LiveListener = (event: LiveEvent) => void;

const channelOf = (organizationId: string): string => `loved:live:${organizationId}`;

/**
 * Live events of one organisation, fanned out to every API process (Redis pub/sub in full
 * mode, in process in embedded mode). Published after the writing transaction commits.
 */
@Injectable()
export class LiveEventsService {
  private readonly logger = new Logger(LiveEventsService.name);

  constructor(
    private readonly pubSub: PubSubService,
    private readonly tenant: TenantContextService,
  ) {}

  publish(event: Omit<LiveEvent, 'organization_id' | 'occurred_at'>): void {
    const full: LiveEvent = {
      ...event,
      organization_id: this.tenant.organizationId,
      occurred_at: new Date().toISOString(),
    };
    this.tenant.afterCommit(() => {
      // The data is committed either way; a lost announcement must not take the process down.
      this.pubSub
        .publish(channelOf(full.organization_id), JSON.stringify(full))
        .catch((error: unknown) => {
          this.logger.warn(
            { err: error, organizationId: full.organization_id, type: full.type },
            'live event publish failed',
          );
        });
    });
  }

  /** Calls `listener` for each event of the organisation; answers the unsubscribe function. */
  subscribe(organizationId: string, listener: LiveListener): () => void {
    const handler = (message: string): void => listener(JSON.parse(message) as LiveEvent);
    this.pubSub.subscribe(channelOf(organizationId), handler);
    return () => this.pubSub.unsubscribe(channelOf(organizationId), handler);
  }
}
