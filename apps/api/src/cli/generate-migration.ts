import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { loadConfigOrExit } from '../boot-logger';
import { runMigrations } from '../core/database/database-bootstrap';
import { dataSourceOptions } from '../core/database/data-source-options';
import { DATABASE_SCHEMA } from '../database-schema';
import { recreateScratchDatabase } from '../core/database/scratch-database';

/**
 * `npm run db:migration:generate -- <Name>`: applies every migration to a scratch database,
 * compares it with the entities and writes the difference as a new migration file.
 * Requires DATABASE_URL (a server where it may create a database).
 */
async function generate(): Promise<void> {
  const { env, logger } = loadConfigOrExit();
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name))
    throw new Error('Give the migration a PascalCase name');
  if (!env.DATABASE_URL)
    throw new Error('Set DATABASE_URL to a server where a scratch database may be created');
  const scratchUrl = await recreateScratchDatabase(env.DATABASE_URL, 'loved_crm_migration_scratch');
  await runMigrations(scratchUrl, DATABASE_SCHEMA, logger);
  const dataSource = new DataSource(dataSourceOptions(scratchUrl, DATABASE_SCHEMA));
  await dataSource.initialize();
  const { upQueries, downQueries } = await dataSource.driver.createSchemaBuilder().log();
  await dataSource.destroy();
  if (upQueries.length === 0) {
    logger.info('entities and migrations agree: nothing to generate');
    return;
  }
  const timestamp = Date.now();
  const className = `${name}${timestamp}`;
  const lines = (queries: Array<{ query: string }>): string =>
    queries.map((q) => `    await queryRunner.query(${JSON.stringify(q.query)});`).join('\n');
  const file = join(
    'apps/api/src/migrations',
    `${timestamp}-${name.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase()}.ts`,
  );
  writeFileSync(
    file,
    `import type { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${className} implements MigrationInterface {\n  name = '${className}';\n\n  async up(queryRunner: QueryRunner): Promise<void> {\n${lines(upQueries)}\n  }\n\n  async down(queryRunner: QueryRunner): Promise<void> {\n${lines([...downQueries].reverse())}\n  }\n}\n`,
  );
  logger.info(
    { file },
    `migration written: add ${className} to apps/api/src/migrations/migrations.ts`,
  );
}

generate().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
