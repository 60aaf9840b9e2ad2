import { Injectable } from '@nestjs/common';
import { JobHandler, type JobProcessor } from '../../../core/queue/job-handler.decorator';
import { QueueName } from '../../../core/queue/queue-name.constant';
import { ActivityReminderService } from '../activity-reminder.service';

export const ACTIVITY_REMINDER_JOB = 'notifications.activity-reminders';

/** Repeating, with no payload: each run looks at every organisation. */
export type ActivityReminderJobData = Record<string, never>;

/** One tick of the activity reminders, in a worker (in process in embedded mode). */
@Injectable()
@JobHandler(QueueName.Default, ACTIVITY_REMINDER_JOB)
export class ActivityReminderJob implements JobProcessor<ActivityReminderJobData> {
  constructor(private readonly reminders: ActivityReminderService) {}

  async handle(): Promise<void> {
    await this.reminders.remindDue();
  }
}
