import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import type { TestProject } from 'vitest/node';
import {
  appRoleUrl,
  ensureAppRole,
  runMigrations,
} from '../../src/core/database/database-bootstrap';
import {
  startEmbeddedDatabase,
  type EmbeddedDatabaseHandle,
} from '../../src/core/database/embedded-database';
import { DATABASE_SCHEMA } from '../../src/database-schema';
import { recreateScratchDatabase } from '../../src/core/database/scratch-database';

declare module 'vitest' {
  export interface ProvidedContext {
    adminDatabaseUrl: string;
    appDatabaseUrl: string;
  }
}

// TEST_DATABASE_NAME lets two suites share one server without dropping each other's database.
const TEST_DATABASE = process.env.TEST_DATABASE_NAME ?? 'loved_crm_test';
export const TEST_APP_ROLE = { user: 'loved_app_test', password: 'loved-app-test-only' };

/**
 * One fresh, migrated database per test run: on the machine's PostgreSQL when DATABASE_URL
 * is set (CI), else on an embedded PostgreSQL in a temporary folder.
 */
export async function setup(project: TestProject): Promise<() => Promise<void>> {
  const logger = pino({ level: 'warn' });
  let embedded: EmbeddedDatabaseHandle | undefined;
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    embedded = await startEmbeddedDatabase(
      mkdtempSync(join(tmpdir(), 'loved-test-')),
      'test-superuser',
      logger,
    );
    serverUrl = embedded.adminUrl;
  }
  const adminUrl = await recreateScratchDatabase(serverUrl, TEST_DATABASE);
  await runMigrations(adminUrl, DATABASE_SCHEMA, logger);
  await ensureAppRole(adminUrl, TEST_APP_ROLE, logger);

  project.provide('adminDatabaseUrl', adminUrl);
  project.provide('appDatabaseUrl', appRoleUrl(adminUrl, TEST_APP_ROLE));
  return async () => {
    await embedded?.stop();
  };
}
