import { Injectable } from '@nestjs/common';
import { JobHandler, type JobProcessor } from '../../../core/queue/job-handler.decorator';
import { QueueName } from '../../../core/queue/queue-name.constant';
import { AiSummaryGenerateService } from '../ai-summary-generate.service';
import { AI_SUMMARY_JOB, type AiSummaryJobData } from './ai-summary.job-data';

/** Writes one requested AI summary in the worker (inline in embedded mode). */
@Injectable()
@JobHandler(QueueName.Default, AI_SUMMARY_JOB)
export class AiSummaryJob implements JobProcessor<AiSummaryJobData> {
  constructor(private readonly generator: AiSummaryGenerateService) {}

  handle(data: AiSummaryJobData): Promise<void> {
    return this.generator.generate(data);
  }
}
