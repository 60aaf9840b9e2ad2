import type { DataSourceOptions } from 'typeorm';
import type { SchemaDefinition } from './database-bootstrap';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export const MIGRATIONS_TABLE = 'typeorm_migrations';

/** The one definition of how we talk to PostgreSQL: app, migrator and tests share it. */
export function dataSourceOptions(url: string, schema: SchemaDefinition): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: schema.entities,
    migrations: schema.migrations,
    migrationsTableName: MIGRATIONS_TABLE,
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    // gen_random_uuid() is built into PostgreSQL 13+; extensions are created by migrations only.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    synchronize: false,
    migrationsRun: false,
  };
}
