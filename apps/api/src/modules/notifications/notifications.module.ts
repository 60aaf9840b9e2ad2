import { Module } from '@nestjs/common';
import { provideTenantRepository } from '../../core/tenancy/tenant-scoped.repository';
import { ActivityEntity } from '../activities/activity.entity';
import { LiveModule } from '../live/live.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { UsersModule } from '../users/users.module';
import { WebhookOutboxModule } from '../webhook-endpoints/webhook-outbox.module';
import { ActivityReminderScheduler } from './activity-reminder.scheduler';
import { ActivityReminderService } from './activity-reminder.service';
import { ActivityReminderJob } from './jobs/activity-reminder.job';
import { NotificationInboxService } from './notification-inbox.service';
import { NotificationSettingsEntity } from './notification-settings.entity';
import { NotificationSettingsService } from './notification-settings.service';
import { NotificationViewService } from './notification-view.service';
import { NotificationEntity } from './notification.entity';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';

/** Members' notifications: raised by other modules, listed and read here, reminders of activities. */
@Module({
  imports: [LiveModule, OrganizationsModule, UsersModule, WebhookOutboxModule],
  controllers: [NotificationsController],
  providers: [
    NotificationsService,
    NotificationInboxService,
    NotificationSettingsService,
    NotificationViewService,
    ActivityReminderService,
    ActivityReminderJob,
    ActivityReminderScheduler,
    provideTenantRepository(NotificationEntity),
    provideTenantRepository(NotificationSettingsEntity),
    // The reminder's claim and the activity fields a notification shows (read only).
    provideTenantRepository(ActivityEntity),
  ],
  exports: [NotificationsService],
})
export class NotificationsModule {}
