import { Client } from 'pg';
import { DataSource, type MixedList } from 'typeorm';
import type { Logger } from 'pino';
import { dataSourceOptions, MIGRATIONS_TABLE } from './data-source-options';

/** Serialises migrations when the API and the worker boot at the same time. */
const MIGRATION_LOCK_KEY = 7_412_033;

export type SchemaDefinition = {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own type for entity and migration lists
  entities: MixedList<Function | string>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
};

export type AppRole = { user: string; password?: string };

/** Runs pending migrations as the schema owner, under an advisory lock. */
export async function runMigrations(
  adminUrl: string,
  schema: SchemaDefinition,
  logger: Logger,
): Promise<number> {
  const dataSource = new DataSource(dataSourceOptions(adminUrl, schema));
  await dataSource.initialize();
  try {
    await dataSource.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied = await dataSource.runMigrations();
    for (const migration of applied)
      logger.info({ migration: migration.name }, 'migration applied');
    return applied.length;
  } finally {
    await dataSource
      .query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY])
      .catch(() => undefined);
    await dataSource.destroy();
  }
}

/**
 * Creates (or updates) the role the application connects as: it can log in and read/write
 * rows, but is no superuser and cannot bypass Row-Level Security.
 */
export async function ensureAppRole(
  adminUrl: string,
  role: AppRole,
  logger: Logger,
): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const user = client.escapeIdentifier(role.user);
    const found = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role.user]);
    if (found.rowCount === 0) await client.query(`CREATE ROLE ${user} LOGIN`);
    const password =
      role.password === undefined ? '' : ` PASSWORD ${client.escapeLiteral(role.password)}`;
    await client.query(
      `ALTER ROLE ${user} WITH LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE${password}`,
    );
    const database = client.escapeIdentifier(
      (await client.query<{ name: string }>('SELECT current_database() AS name')).rows[0].name,
    );
    await client.query(`GRANT CONNECT ON DATABASE ${database} TO ${user}`);
    await client.query(`GRANT USAGE ON SCHEMA public TO ${user}`);
    await client.query(
      `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${user}`,
    );
    await client.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${user}`);
    const migrationsTable = await client.query('SELECT to_regclass($1) AS t', [MIGRATIONS_TABLE]);
    if (migrationsTable.rows[0].t)
      await client.query(`REVOKE ALL ON ${MIGRATIONS_TABLE} FROM ${user}`);
    logger.info({ role: role.user }, 'application database role ready');
  } finally {
    await client.end();
  }
}

/** The same server and database as `adminUrl`, logged in as the application role. */
export function appRoleUrl(adminUrl: string, role: AppRole): string {
  const url = new URL(adminUrl);
  url.username = encodeURIComponent(role.user);
  url.password = role.password === undefined ? '' : encodeURIComponent(role.password);
  return url.toString();
}
