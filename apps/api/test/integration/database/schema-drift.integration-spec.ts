import { DataSource } from 'typeorm';
import { describe, expect, inject, it } from 'vitest';
import { dataSourceOptions } from '../../../src/core/database/data-source-options';
import { DATABASE_SCHEMA } from '../../../src/database-schema';

describe('database schema', () => {
  it('matches the entities exactly after every migration ran (no migration is missing)', async () => {
    const dataSource = new DataSource(
      dataSourceOptions(inject('adminDatabaseUrl'), DATABASE_SCHEMA),
    );
    await dataSource.initialize();
    try {
      const pending = await dataSource.driver.createSchemaBuilder().log();
      const statements = pending.upQueries.map((q) => q.query);
      expect(statements, 'Generate a migration for these changes').toEqual([]);
    } finally {
      await dataSource.destroy();
    }
  });

  it('lets the application role read and write but not bypass Row-Level Security', async () => {
    const dataSource = new DataSource({ type: 'postgres', url: inject('appDatabaseUrl') });
    await dataSource.initialize();
    try {
      const [role] = await dataSource.query<Array<{ rolsuper: boolean; rolbypassrls: boolean }>>(
        'SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user',
      );
      expect(role).toEqual({ rolsuper: false, rolbypassrls: false });
    } finally {
      await dataSource.destroy();
    }
  });
});
