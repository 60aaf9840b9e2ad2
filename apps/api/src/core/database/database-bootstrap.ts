import { Client } from 'pg';
import { DataSource, type MixedList } from 'typeorm';
import type { Logger } from 'pino';
import { dataSourceOptions, MIGRATIONS_TABLE } from './data-source-options';

/** Serialises migrations when the API and the worker boot at the same time. */
const MIGRATION_LOCK_KEY = 7_412_033;
const APP_ROLE_LOCK_KEY = 7_412_034;

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
    // The API and the worker may boot together on an empty database: one of them sets the
    // role up, the other waits and then finds it done (CREATE ROLE and GRANT are transactional).
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [APP_ROLE_LOCK_KEY]);
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
    await withholdSecretColumns(client, user);
    await grantDefinerFunctions(client, user);
    const migrationsTable = await client.query('SELECT to_regclass($1) AS t', [MIGRATIONS_TABLE]);
    if (migrationsTable.rows[0].t)
      await client.query(`REVOKE ALL ON ${MIGRATIONS_TABLE} FROM ${user}`);
    await client.query('COMMIT');
    logger.info({ role: role.user }, 'application database role ready');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

/**
 * Columns the application role may not read, each with the SECURITY DEFINER function that
 * hands it out instead. Only withheld once that function exists (i.e. its migration ran).
 */
const SECRET_COLUMNS = [
  { table: 'users', column: 'password_hash', readThrough: 'app_login_lookup(citext)' },
  { table: 'api_keys', column: 'secret_hash', readThrough: 'app_api_key_authenticate(text)' },
];

/** Narrows the table-wide SELECT granted above to every column but the secret ones. */
async function withholdSecretColumns(client: Client, user: string): Promise<void> {
  for (const secret of SECRET_COLUMNS) {
    const fn = await client.query<{ fn: string | null }>('SELECT to_regprocedure($1) AS fn', [
      secret.readThrough,
    ]);
    if (!fn.rows[0]?.fn) continue;
    const readable = await client.query<{ name: string }>(
      `SELECT column_name AS name FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name = $1 AND column_name <> $2
        ORDER BY ordinal_position`,
      [secret.table, secret.column],
    );
    const table = client.escapeIdentifier(secret.table);
    const columns = readable.rows.map((r) => client.escapeIdentifier(r.name)).join(', ');
    await client.query(`REVOKE SELECT ON ${table} FROM ${user}`);
    await client.query(`GRANT SELECT (${columns}) ON ${table} TO ${user}`);
  }
}

/**
 * Migrations revoke EXECUTE on their SECURITY DEFINER functions from PUBLIC, since they
 * cannot know the application role's name; it gets them here.
 */
async function grantDefinerFunctions(client: Client, user: string): Promise<void> {
  const functions = await client.query<{ fn: string }>(
    `SELECT p.oid::regprocedure::text AS fn FROM pg_proc p
      WHERE p.pronamespace = 'public'::regnamespace AND p.prosecdef`,
  );
  for (const { fn } of functions.rows)
    await client.query(`GRANT EXECUTE ON FUNCTION ${fn} TO ${user}`);
}

/** The same server and database as `adminUrl`, logged in as the application role. */
export function appRoleUrl(adminUrl: string, role: AppRole): string {
  const url = new URL(adminUrl);
  url.username = encodeURIComponent(role.user);
  url.password = role.password === undefined ? '' : encodeURIComponent(role.password);
  return url.toString();
}
