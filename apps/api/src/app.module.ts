import { Module, type DynamicModule } from '@nestjs/common';
import { ClsModule, type ClsService } from 'nestjs-cls';
import type { IncomingMessage } from 'node:http';
import type { AppConfig } from './core/config/app-config';
import { ConfigModule } from './core/config/config.module';
import { DatabaseModule } from './core/database/database.module';
import { MetricsModule } from './core/metrics/metrics.module';
import type { RequestContextStore } from './core/logging/request-context.type';
import { REQUEST_ID_HEADER } from './core/http/request-id';
import { annotateActiveSpan } from './core/telemetry/annotate-active-span';
import { SpanAttribute } from './core/telemetry/span-attribute.constant';
import { QueueModule } from './core/queue/queue.module';
import { StorageModule } from './core/storage/storage.module';
import { DATABASE_SCHEMA } from './database-schema';
import { RedisModule } from './core/redis/redis.module';
import { TenancyModule } from './core/tenancy/tenancy.module';
import { ApiKeysModule } from './modules/api-keys/api-keys.module';
import { ActivitiesModule } from './modules/activities/activities.module';
import { AiSummariesModule } from './modules/ai-summaries/ai-summaries.module';
import { AnalyticsModule } from './modules/analytics/analytics.module';
import { AuthModule } from './modules/auth/auth.module';
import { DemoModule } from './modules/demo/demo.module';
import { FilesModule } from './modules/files/files.module';
import { CommunicationsModule } from './modules/communications/communications.module';
import { HealthModule } from './modules/health/health.module';
import { LiveModule } from './modules/live/live.module';
import { DealHealthModule } from './modules/deal-health/deal-health.module';
import { LeadsModule } from './modules/leads/leads.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { OrganizationFiguresModule } from './modules/organization-figures/organization-figures.module';
import { OrganizationsModule } from './modules/organizations/organizations.module';
import { UsersModule } from './modules/users/users.module';
import { IntegrationsModule } from './modules/integrations/integrations.module';
import { EmailModule } from './modules/email/email.module';
import { LostReasonsModule } from './modules/lost-reasons/lost-reasons.module';
import { SavedFiltersModule } from './modules/saved-filters/saved-filters.module';
import { TwilioModule } from './modules/twilio/twilio.module';
import { WhatsAppModule } from './modules/whatsapp/whatsapp.module';
import { WebhookEndpointsModule } from './modules/webhook-endpoints/webhook-endpoints.module';

export type AppModuleOptions = {
  processJobs: boolean;
};

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, options: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        ClsModule.forRoot({
          global: true,
          middleware: {
            mount: true,
            setup: (
              cls: ClsService<RequestContextStore>,
              request: IncomingMessage & { id?: unknown },
            ) => {
              // Fastify's id for the request (the caller's X-Request-Id when acceptable, else a
              // new one), so Nest's lines and Fastify's request lines carry the same reqId.
              const id = request.id ?? request.headers[REQUEST_ID_HEADER];
              cls.set('requestId', typeof id === 'string' ? id : undefined);
              // The HTTP server span too, so a trace can be found from a log line's reqId.
              annotateActiveSpan({ [SpanAttribute.RequestId]: cls.get('requestId') });
            },
          },
        }),
        DatabaseModule.forRoot(config, DATABASE_SCHEMA),
        MetricsModule,
        QueueModule.forRoot(config, { processJobs: options.processJobs }),
        StorageModule.forRoot(config),
        RedisModule.forRoot(config),
        TenancyModule.forRoot(OrganizationsModule),
        HealthModule,
        UsersModule,
        OrganizationsModule,
        AuthModule,
        LeadsModule,
        ActivitiesModule,
        CommunicationsModule,
        FilesModule,
        LiveModule,
        IntegrationsModule,
        WhatsAppModule,
        TwilioModule,
        LostReasonsModule,
        DealHealthModule,
        SavedFiltersModule,
        EmailModule,
        AiSummariesModule,
        AnalyticsModule,
        DemoModule,
        NotificationsModule,
        OrganizationFiguresModule,
        WebhookEndpointsModule,
        ApiKeysModule,
      ],
    };
  }
}
