import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config';

const BATCH = 1_000;
const DAY_MS = 24 * 60 * 60 * 1_000;

/**
 * Removes finished deliveries (succeeded, or failed for good) older than
 * WEBHOOK_DELIVERY_RETENTION_DAYS, in batches so no transaction grows large. Pending ones stay.
 */
@Injectable()
export class WebhookDeliveryRetention {
  private readonly logger = new Logger(WebhookDeliveryRetention.name);

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Answers how many deliveries it removed. */
  async purge(now = new Date()): Promise<number> {
    const before = new Date(
      now.getTime() - this.config.env.WEBHOOK_DELIVERY_RETENTION_DAYS * DAY_MS,
    );
    let removed = 0;
    for (;;) {
      const [row] = await this.dataSource.query<Array<{ removed: number }>>(
        'SELECT app_purge_finished_webhook_deliveries($1, $2) AS removed',
        [before, BATCH],
      );
      const batch = row?.removed ?? 0;
      removed += batch;
      if (batch < BATCH) break;
    }
    if (removed > 0)
      this.logger.log({ removed }, 'finished webhook deliveries past retention removed');
    return removed;
  }
}
