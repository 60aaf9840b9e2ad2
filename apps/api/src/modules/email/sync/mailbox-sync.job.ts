import { Injectable } from '@nestjs/common';
import { JobHandler, type JobProcessor } from '../../../core/queue/job-handler.decorator';
import { QueueName } from '../../../core/queue/queue-name.constant';
import { MailboxSyncService } from './mailbox-sync.service';

export const MAILBOX_SYNC_JOB = 'email.sync-mailbox';

export type MailboxSyncJobData = { organizationId: string };

/** Syncs one organisation's mailbox in the worker (a failure retries with backoff). */
@Injectable()
@JobHandler(QueueName.Default, MAILBOX_SYNC_JOB)
export class MailboxSyncJob implements JobProcessor<MailboxSyncJobData> {
  constructor(private readonly mailboxes: MailboxSyncService) {}

  async handle(data: MailboxSyncJobData): Promise<void> {
    await this.mailboxes.sync(data.organizationId);
  }
}
