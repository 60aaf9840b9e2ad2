import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { AppConfig } from '../config/app-config';
import type { SchemaDefinition } from './database-bootstrap';
import { dataSourceOptions } from './data-source-options';

@Module({})
export class DatabaseModule {
  static forRoot(config: AppConfig, schema: SchemaDefinition): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRoot({
          ...dataSourceOptions(config.databaseUrl, schema),
          migrations: [],
          extra: {
            max: 20,
            application_name: `loved-crm-${config.mode}`,
            // Sent at connect time, so it costs no round trip per request.
            statement_timeout: config.env.DATABASE_STATEMENT_TIMEOUT_MS,
          },
        }),
      ],
    };
  }
}
