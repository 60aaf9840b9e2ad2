import { Injectable } from '@nestjs/common';
import { JobHandler, type JobProcessor } from '../../../core/queue/job-handler.decorator';
import { QueueName } from '../../../core/queue/queue-name.constant';
import { TenantContextService } from '../../../core/tenancy/tenant-context.service';
import { FilePurgeService } from '../file-purge.service';
import { FILE_PURGE_JOB, type FilePurgeJobData } from './file-purge.job-data';

export { FILE_PURGE_JOB, type FilePurgeJobData } from './file-purge.job-data';

/** Removes deleted files' objects from storage; idempotent (a missing object is fine). */
@Injectable()
@JobHandler(QueueName.Low, FILE_PURGE_JOB)
export class FilePurgeJob implements JobProcessor<FilePurgeJobData> {
  constructor(
    private readonly tenant: TenantContextService,
    private readonly purge: FilePurgeService,
  ) {}

  async handle(data: FilePurgeJobData): Promise<void> {
    // One batch per transaction, so a large backlog never holds one transaction open long.
    for (;;) {
      const removed = await this.tenant.run({ organizationId: data.organizationId }, () =>
        this.purge.purgeBatch(),
      );
      if (removed === 0) return;
    }
  }
}
