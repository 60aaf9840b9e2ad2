import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { AppConfig } from '../config/app-config';
import type { SchemaDefinition } from './database-bootstrap';

@Module({})
export class DatabaseModule {
  static forRoot(config: AppConfig, schema: SchemaDefinition): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRoot({
          type: 'postgres',
          url: config.databaseUrl,
          entities: schema.entities,
          synchronize: false,
          migrationsRun: false,
          extra: { max: 20, application_name: `loved-crm-${config.mode}` },
        }),
      ],
    };
  }
}
