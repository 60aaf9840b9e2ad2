import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { assertMetricsAccess } from './metrics-access';
import { MetricsRegistry } from './metrics-registry';

@Injectable()
export class MetricsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(MetricsRegistry) private readonly registry: MetricsRegistry,
  ) {}

  /** The exposition text, for a caller holding METRICS_TOKEN. */
  async scrape(authorization: string | undefined): Promise<string> {
    assertMetricsAccess(this.config.env.METRICS_TOKEN, authorization);
    return this.registry.metrics();
  }
}
