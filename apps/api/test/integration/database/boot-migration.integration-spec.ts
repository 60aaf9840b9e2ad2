import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import pino from 'pino';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../../src/core/config/load-config';
import { runMigrations } from '../../../src/core/database/database-bootstrap';
import { recreateScratchDatabase } from '../../../src/core/database/scratch-database';
import { StartupException } from '../../../src/core/database/startup.exception';
import { DATABASE_SCHEMA } from '../../../src/database-schema';
import { MIGRATIONS } from '../../../src/migrations/migrations';
import { prepareRuntime } from '../../../src/prepare-runtime';

const logger = pino({ level: 'silent' });
const suffix = `${process.pid}`;
const APP_ROLE = `loved_boot_${suffix}`;
const created: string[] = [];

async function scratchDatabase(label: string): Promise<string> {
  const name = `loved_boot_${label}_${suffix}`;
  created.push(name);
  return recreateScratchDatabase(inject('adminDatabaseUrl'), name);
}

function fullModeEnv(databaseUrl: string): ReturnType<typeof loadConfig> {
  return loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    DATABASE_APP_USER: APP_ROLE,
    // The embedded test server checks passwords; the machine's may trust local connections.
    DATABASE_APP_PASSWORD: 'boot-test-only',
    JWT_SECRET: 'test-secret-that-is-long-enough-to-sign-tokens',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'loved-boot-')),
  });
}

async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

/** `npm start` with DATABASE_URL on a database nobody migrated yet, and on one left behind. */
describe('booting in full mode without DATABASE_MIGRATE_ON_BOOT', () => {
  afterAll(async () => {
    const admin = inject('adminDatabaseUrl');
    for (const name of created)
      await query(admin, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await query(admin, `DROP ROLE IF EXISTS "${APP_ROLE}"`);
  });

  it('migrates an empty database on first boot and creates the application role', async () => {
    const url = await scratchDatabase('empty');

    const runtime = await prepareRuntime(fullModeEnv(url), logger, { migrate: false });

    const applied = await query<{ name: string }>(url, 'SELECT name FROM typeorm_migrations');
    expect(applied).toHaveLength(MIGRATIONS.length);
    const leads = await query<{ count: string }>(
      runtime.config.databaseUrl,
      'SELECT count(*) FROM leads',
    );
    expect(leads).toEqual([{ count: '0' }]);
  });

  it('lets the API and the worker boot together on an empty database', async () => {
    const url = await scratchDatabase('together');

    const boots = await Promise.allSettled([
      prepareRuntime(fullModeEnv(url), logger, { migrate: false }),
      prepareRuntime(fullModeEnv(url), logger, { migrate: false }),
    ]);

    expect(boots.map((boot) => boot.status)).toEqual(['fulfilled', 'fulfilled']);
    const applied = await query<{ name: string }>(url, 'SELECT name FROM typeorm_migrations');
    expect(applied).toHaveLength(MIGRATIONS.length);
  });

  it('stops with the command to run when the schema is behind this version', async () => {
    const url = await scratchDatabase('behind');
    await runMigrations(url, { ...DATABASE_SCHEMA, migrations: MIGRATIONS.slice(0, -1) }, logger);

    const boot = prepareRuntime(fullModeEnv(url), logger, { migrate: false });

    await expect(boot).rejects.toBeInstanceOf(StartupException);
    await expect(boot).rejects.toThrow(/npm run db:migrate.*DATABASE_MIGRATE_ON_BOOT=true/);
    const applied = await query<{ name: string }>(url, 'SELECT name FROM typeorm_migrations');
    expect(applied).toHaveLength(MIGRATIONS.length - 1);
  });
});
