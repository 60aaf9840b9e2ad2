import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ACTIVITY_REMINDER_LEAD_MINUTES, NotificationKind } from '@loved/shared';
import { TenantContextService } from '../../core/tenancy/tenant-context.service';
import {
  InjectTenantRepository,
  type TenantScopedRepository,
} from '../../core/tenancy/tenant-scoped.repository';
import { ActivityEntity } from '../activities/activity.entity';
import { WebhookOutboxService } from '../webhook-endpoints/webhook-outbox.service';
import { NotificationsService } from './notifications.service';
import { reminderSourceId } from './utils/reminder-source.util';

/** A tick that ran late (a busy worker, a restart) still reminds what fell due meanwhile. */
export const REMINDER_GRACE_MINUTES = 5;

const MINUTE_MS = 60_000;

/**
 * Reminds assignees of their open activities due within the next 15 minutes, once per due time,
 * and tells the webhook endpoints subscribed to `activity.due` (unassigned activities too).
 * Several workers may run this at once: the claiming UPDATE locks the rows it sets, so a
 * concurrent claimer waits, re-checks `reminded_at IS NULL` and skips them.
 */
@Injectable()
export class ActivityReminderService {
  private readonly logger = new Logger(ActivityReminderService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly tenant: TenantContextService,
    @InjectTenantRepository(ActivityEntity)
    private readonly activities: TenantScopedRepository<ActivityEntity>,
    private readonly notifications: NotificationsService,
    private readonly webhooks: WebhookOutboxService,
  ) {}

  /** Claims and notifies every due reminder of every organisation; answers how many it claimed. */
  async remindDue(now = new Date()): Promise<number> {
    const since = new Date(now.getTime() - REMINDER_GRACE_MINUTES * MINUTE_MS);
    const until = new Date(now.getTime() + ACTIVITY_REMINDER_LEAD_MINUTES * MINUTE_MS);
    // The one cross-tenant read (SECURITY DEFINER): which organisations have reminders due.
    const orgs = await this.dataSource.query<Array<{ id: string }>>(
      'SELECT id FROM app_orgs_with_due_reminders($1, $2) AS id',
      [since, until],
    );
    let claimed = 0;
    for (const { id: organizationId } of orgs) {
      try {
        claimed += await this.tenant.run({ organizationId }, () => this.remindOrg(since, until));
      } catch (error) {
        // Rolled back, so the next tick claims them again; the other organisations go on.
        this.logger.warn({ err: error, organizationId }, 'activity reminders failed');
      }
    }
    if (claimed > 0)
      this.logger.log({ claimed, organizations: orgs.length }, 'activities reminded');
    return claimed;
  }

  /** One transaction per organisation: the claim and its notifications commit together. */
  private async remindOrg(since: Date, until: Date): Promise<number> {
    const result = await this.activities
      .createQueryBuilder('a')
      .update()
      // Keeps updated_at: a reminder is not an edit of the activity.
      .set({ remindedAt: () => 'now()', updatedAt: () => 'updated_at' })
      .where('done_at IS NULL AND reminded_at IS NULL AND due_at > :since AND due_at <= :until', {
        since,
        until,
      })
      .returning(['id'])
      .execute();
    const ids = (result.raw as Array<{ id: string }>).map((row) => row.id);
    if (ids.length === 0) return 0;
    const claimed = await this.activities
      .createQueryBuilder('a')
      .leftJoin('a.lead', 'lead')
      .addSelect(['lead.organizationId', 'lead.id', 'lead.assignedUserId'])
      .andWhere('a.id IN (:...ids)', { ids })
      .getMany();
    for (const activity of claimed) {
      await this.webhooks.record('activity.due', {
        activity: {
          id: activity.id,
          type: activity.type,
          subject: activity.subject,
          due_at: activity.dueAt.toISOString(),
          assigned_user_id: activity.assignedUserId,
        },
        lead_id: activity.leadId,
      });
      if (!activity.assignedUserId || !activity.lead) continue;
      await this.notifications.notify({
        kind: NotificationKind.ActivityDue,
        userId: activity.assignedUserId,
        sourceId: reminderSourceId(activity.id, activity.dueAt),
        lead: { id: activity.leadId, assignedUserId: activity.lead.assignedUserId },
        activityId: activity.id,
      });
    }
    return ids.length;
  }
}
