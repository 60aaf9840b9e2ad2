import 'reflect-metadata';
import { loadConfigOrExit } from '../boot-logger';
import { prepareRuntime } from '../prepare-runtime';

/** `npm run db:migrate`: applies pending migrations and (re)creates the application role. */
async function migrate(): Promise<void> {
  const { env, logger } = loadConfigOrExit();
  const runtime = await prepareRuntime(env, logger, { migrate: true });
  logger.info({ mode: runtime.config.mode }, 'database is migrated');
  await runtime.embedded?.stop();
}

migrate().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(
      `Migration failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
