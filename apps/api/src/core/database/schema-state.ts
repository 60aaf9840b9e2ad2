import { Client } from 'pg';
import { DataSource } from 'typeorm';
import type { SchemaDefinition } from './database-bootstrap';
import { dataSourceOptions, MIGRATIONS_TABLE } from './data-source-options';

/** `missing`: nothing migrated yet (a fresh database); `behind`: migrations are pending. */
export type SchemaState = { schema: 'missing' | 'behind' | 'current'; appRoleExists: boolean };

/** What a boot without DATABASE_MIGRATE_ON_BOOT finds on the server of `adminUrl`. */
export async function readSchemaState(
  adminUrl: string,
  schema: SchemaDefinition,
  appRole: string,
): Promise<SchemaState> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  let migrationsTable: string | null;
  let appRoleExists: boolean;
  try {
    migrationsTable =
      (
        await client.query<{ t: string | null }>('SELECT to_regclass($1)::text AS t', [
          MIGRATIONS_TABLE,
        ])
      ).rows[0]?.t ?? null;
    appRoleExists =
      ((await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [appRole])).rowCount ?? 0) >
      0;
  } finally {
    await client.end();
  }
  if (!migrationsTable) return { schema: 'missing', appRoleExists };

  const dataSource = new DataSource(dataSourceOptions(adminUrl, schema));
  await dataSource.initialize();
  try {
    return { schema: (await dataSource.showMigrations()) ? 'behind' : 'current', appRoleExists };
  } finally {
    await dataSource.destroy();
  }
}
