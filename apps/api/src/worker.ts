import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { loadConfigOrExit } from './boot-logger';
import { NestPinoLogger } from './core/logging/nest-pino.logger';
import { StartupException } from './core/database/startup.exception';
import { prepareRuntime } from './prepare-runtime';
import { serveMetricsPort } from './core/metrics/metrics-port';

/** Queue worker: the same modules as the API, processing Bull jobs and serving no HTTP. */
async function bootstrap(): Promise<void> {
  const { env, logger } = loadConfigOrExit();
  if (!env.REDIS_URL) {
    logger.error('The worker needs REDIS_URL; without Redis the API runs jobs in process.');
    process.exit(78);
  }
  const { config } = await prepareRuntime(env, logger, { migrate: env.DATABASE_MIGRATE_ON_BOOT });
  const app = await NestFactory.createApplicationContext(
    AppModule.forRoot(config, { processJobs: true }),
    {
      logger: new NestPinoLogger(logger),
    },
  );
  app.enableShutdownHooks();
  // The worker serves no HTTP: METRICS_PORT + 1 on loopback is how Prometheus reads it.
  await serveMetricsPort(app, env, 'worker');
  logger.info({ mode: config.mode }, 'Loved CRM worker started');
}

bootstrap().catch((error: unknown) => {
  if (error instanceof StartupException) {
    process.stderr.write(`Loved CRM worker cannot start: ${error.message}\n`);
    process.exit(78);
  }
  process.stderr.write(
    `Loved CRM worker failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
