import { Injectable, Module, type DynamicModule } from '@nestjs/common';
import { JobHandler, type JobProcessor } from '../../../src/core/queue/job-handler.decorator';
import { QueueName } from '../../../src/core/queue/queue-name.constant';

export type ProbeJobData = { value: string; failTimes?: number };

/** Records what it handled; fails the first `failTimes` attempts of a job. */
@Injectable()
@JobHandler(QueueName.Webhooks, 'probe.record')
export class ProbeJob implements JobProcessor<ProbeJobData> {
  readonly handled: string[] = [];
  readonly attempts = new Map<string, number>();

  async handle(data: ProbeJobData): Promise<void> {
    const attempt = (this.attempts.get(data.value) ?? 0) + 1;
    this.attempts.set(data.value, attempt);
    if (attempt <= (data.failTimes ?? 0)) throw new Error(`probe failure ${attempt}`);
    this.handled.push(data.value);
  }
}

@Module({ providers: [ProbeJob] })
class QueueProbeModule {}

export const withQueueProbe = (root: DynamicModule): DynamicModule => ({
  module: class QueueProbeRoot {},
  imports: [root, QueueProbeModule],
});
