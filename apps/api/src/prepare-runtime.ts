import { resolve } from 'node:path';
import type { Logger } from 'pino';
import type { AppConfig } from './core/config/app-config';
import type { EnvironmentVariables } from './core/config/environment.schema';
import { readOrCreateLocalSecrets } from './core/config/local-secrets';
import { appRoleUrl, ensureAppRole, runMigrations } from './core/database/database-bootstrap';
import {
  startEmbeddedDatabase,
  type EmbeddedDatabaseHandle,
} from './core/database/embedded-database';
import { readSchemaState } from './core/database/schema-state';
import { StartupException } from './core/database/startup.exception';
import { DATABASE_SCHEMA } from './database-schema';

export type PreparedRuntime = {
  config: AppConfig;
  /** Connection of the schema owner: migrations and bootstrap only. */
  adminUrl: string;
  embedded?: EmbeddedDatabaseHandle;
};

type PrepareOptions = { migrate: boolean };

/**
 * Resolves what the environment leaves open. Without DATABASE_URL it starts the embedded
 * PostgreSQL and always migrates. With it, it migrates when asked to, or when the database
 * is still empty (first boot); a schema behind this version stops the boot with the command
 * that fixes it, because migrating a live database is the operator's decision.
 */
export async function prepareRuntime(
  env: EnvironmentVariables,
  logger: Logger,
  options: PrepareOptions,
): Promise<PreparedRuntime> {
  const dataDir = resolve(env.DATA_DIR);
  const needsLocalSecrets = !env.DATABASE_URL || !env.JWT_SECRET;
  const secrets = needsLocalSecrets ? readOrCreateLocalSecrets(dataDir) : undefined;

  const embedded = env.DATABASE_URL
    ? undefined
    : await startEmbeddedDatabase(dataDir, secrets!.embeddedSuperuserPassword, logger);
  const adminUrl = env.DATABASE_URL ?? embedded!.adminUrl;
  const role = {
    user: env.DATABASE_APP_USER,
    password: env.DATABASE_APP_PASSWORD ?? (embedded ? secrets!.appDatabasePassword : undefined),
  };

  if (embedded || options.migrate) {
    await runMigrations(adminUrl, DATABASE_SCHEMA, logger);
    await ensureAppRole(adminUrl, role, logger);
  } else {
    await prepareExternalDatabase(adminUrl, role, logger);
  }

  const config: AppConfig = {
    mode: embedded ? 'embedded' : 'full',
    env,
    databaseUrl: appRoleUrl(adminUrl, role),
    jwtSecret: env.JWT_SECRET ?? secrets!.jwtSecret,
    dataDir,
    webDistDir: resolve(env.WEB_DIST_DIR),
  };
  return { config, adminUrl, embedded };
}

async function prepareExternalDatabase(
  adminUrl: string,
  role: { user: string; password?: string },
  logger: Logger,
): Promise<void> {
  const state = await readSchemaState(adminUrl, DATABASE_SCHEMA, role.user);
  if (state.schema === 'behind') {
    throw new StartupException(
      'The database schema is behind this version of Loved CRM: run `npm run db:migrate` (or set DATABASE_MIGRATE_ON_BOOT=true) and start again.',
    );
  }
  if (state.schema === 'missing') {
    logger.info('empty database: applying every migration on this first boot');
    await runMigrations(adminUrl, DATABASE_SCHEMA, logger);
  }
  if (state.schema === 'missing' || !state.appRoleExists)
    await ensureAppRole(adminUrl, role, logger);
}
