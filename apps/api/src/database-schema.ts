import type { SchemaDefinition } from './core/database/database-bootstrap';
import { MIGRATIONS } from './migrations/migrations';

/** Every entity and migration of the API, in one place for the app, the migrator and the tests. */
export const DATABASE_SCHEMA: SchemaDefinition = {
  entities: [],
  migrations: MIGRATIONS,
};
