import 'reflect-metadata';
import { loadConfigOrExit } from './boot-logger';
import { readOrCreateLocalSecrets } from './core/config/local-secrets';
import { DemoSeedService } from './modules/demo/demo-seed.service';
import { EmailDropboxServer } from './modules/email/dropbox/email-dropbox.server';
import { createApp } from './create-app';
import { StartupException } from './core/database/startup.exception';
import { prepareRuntime } from './prepare-runtime';
import { serveMetricsPort } from './core/metrics/metrics-port';

async function bootstrap(): Promise<void> {
  const { env, logger } = loadConfigOrExit();
  const runtime = await prepareRuntime(env, logger, { migrate: env.DATABASE_MIGRATE_ON_BOOT });
  const { config } = runtime;
  // Embedded mode has no separate worker: jobs run inside this process.
  const processJobs = config.mode === 'embedded' || !env.REDIS_URL;
  const app = await createApp(config, { logger, processJobs });
  const demo = env.SEED_DEMO
    ? await app
        .get(DemoSeedService)
        .seed(env.DEMO_PASSWORD ?? readOrCreateLocalSecrets(config.dataDir).demoPassword)
    : undefined;
  await app.listen({ port: env.PORT, host: env.HOST });
  await serveMetricsPort(app, env, 'api');
  if (env.EMAIL_DROPBOX_PORT) {
    await app.get(EmailDropboxServer).listen(env.EMAIL_DROPBOX_PORT, env.HOST);
    logger.info({ port: env.EMAIL_DROPBOX_PORT }, 'e-mail drop-box receiving');
  }

  const url = `http://${env.HOST === '0.0.0.0' ? 'localhost' : env.HOST}:${env.PORT}`;
  logger.info(
    {
      mode: config.mode,
      url,
      queue: env.REDIS_URL ? 'bull' : 'inline',
      storage: env.STORAGE_DRIVER,
    },
    `Loved CRM API listening in ${config.mode} mode`,
  );
  const login = demo
    ? `\n  Entre com a conta demo (Agência Demo):\n    E-mail: ${demo.email}\n    Senha:  ${demo.password}\n`
    : '';
  process.stdout.write(
    `\n  Loved CRM is running at ${url}  (mode: ${config.mode})\n  API docs: ${url}/api/docs\n${login}\n`,
  );
}

bootstrap().catch((error: unknown) => {
  if (error instanceof StartupException) {
    process.stderr.write(`Loved CRM API cannot start: ${error.message}\n`);
    process.exit(78);
  }
  process.stderr.write(
    `Loved CRM API failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
