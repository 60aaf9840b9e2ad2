import type { DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Logger } from 'pino';
import { AppModule } from './app.module';
import type { AppConfig } from './core/config/app-config';
import { configureHttp } from './core/http/configure-http';
import { replyToFrameworkError } from './core/http/framework-errors';
import { serveOpenApi } from './core/http/openapi';
import { requestIdFor } from './core/http/request-id';
import { serveSpa } from './core/http/spa-static';
import { NestPinoLogger } from './core/logging/nest-pino.logger';
import { serveQueueDashboard } from './core/queue/queue-dashboard';
import { recordHttpMetrics } from './core/metrics/record-http-metrics';

export type CreateAppOptions = {
  logger: Logger;
  /** The worker process runs jobs itself; so does the HTTP process in embedded mode. */
  processJobs: boolean;
  /** Tests wrap the root module to add their own probes; production passes nothing. */
  wrapRootModule?: (root: DynamicModule) => DynamicModule;
};

/** The HTTP application, fully configured but not listening (tests inject requests into it). */
export async function createApp(
  config: AppConfig,
  options: CreateAppOptions,
): Promise<NestFastifyApplication> {
  const root = AppModule.forRoot(config, { processJobs: options.processJobs });
  const adapter = new FastifyAdapter({
    loggerInstance: options.logger,
    bodyLimit: config.env.BODY_LIMIT_BYTES,
    genReqId: requestIdFor,
    frameworkErrors: replyToFrameworkError,
    trustProxy: config.env.NODE_ENV === 'production',
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    options.wrapRootModule ? options.wrapRootModule(root) : root,
    adapter,
    // rawBody: webhook signatures (Meta, Twilio) are computed over the exact bytes received.
    { logger: new NestPinoLogger(options.logger), bufferLogs: true, rawBody: true },
  );
  app.enableShutdownHooks();
  configureHttp(app, config);
  recordHttpMetrics(app);
  serveOpenApi(app);
  await serveQueueDashboard(app, config);
  await serveSpa(app, config.webDistDir);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}
