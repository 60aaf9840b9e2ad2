import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { IntegrationProvider } from '@loved/shared';
import { APP_CONFIG, type AppConfig } from '../../../core/config/app-config';
import { repeatEvery } from '../../../core/scheduling/repeat-every';
import { WebhookInboxService } from './webhook-inbox.service';

const BATCH = 500;

/**
 * Queues stored events that are still pending after a sweep interval: those whose queueing
 * failed (Redis down when they arrived) and those whose jobs Redis lost. Their job id is the
 * event id, so an event still waiting in the queue is not queued twice.
 */
@Injectable()
export class WebhookSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WebhookSweeper.name);
  private stop?: () => void;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly inbox: WebhookInboxService,
  ) {}

  private get intervalMs(): number {
    return this.config.env.WEBHOOK_SWEEP_INTERVAL_MS;
  }

  onApplicationBootstrap(): void {
    this.stop = repeatEvery(
      this.intervalMs,
      () => this.sweep(),
      (error) => this.logger.warn({ err: error }, 'webhook sweep failed'),
    );
  }

  onApplicationShutdown(): void {
    this.stop?.();
  }

  /** Queues the pending events older than one interval; returns how many it queued. */
  async sweep(): Promise<number> {
    const rows = await this.dataSource.query<
      Array<{ id: string; organization_id: string; provider: IntegrationProvider }>
    >('SELECT * FROM app_stale_webhook_events($1::interval, $2)', [
      `${this.intervalMs} milliseconds`,
      BATCH,
    ]);
    let queued = 0;
    for (const row of rows) {
      const ok = await this.inbox.enqueue({
        provider: row.provider,
        organizationId: row.organization_id,
        eventId: row.id,
      });
      if (!ok) break;
      queued += 1;
    }
    if (queued > 0) this.logger.log({ queued }, 'queued webhook events left pending');
    return queued;
  }
}
