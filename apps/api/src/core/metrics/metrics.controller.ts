import { Controller, Get, Header, Headers } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Registry } from 'prom-client';
import { Public } from '../auth/public.decorator';
import { MetricsService } from './metrics.service';

/** Where it is served: Prometheus' conventional path, outside the versioned API. */
export const METRICS_PATH = 'metrics';

/**
 * Prometheus scrapes here with `Authorization: Bearer <METRICS_TOKEN>`. Public for the user
 * guards (a scraper is no user; the token is checked by the service) and left out of the
 * OpenAPI document, which describes the product's API.
 */
@ApiExcludeController()
@Public()
@Controller(METRICS_PATH)
export class MetricsController {
  constructor(private readonly metrics: MetricsService) {}

  @Get()
  @Header('content-type', Registry.PROMETHEUS_CONTENT_TYPE)
  @Header('cache-control', 'no-store')
  scrape(@Headers('authorization') authorization: string | undefined): Promise<string> {
    return this.metrics.scrape(authorization);
  }
}
