import { Injectable, Module, type DynamicModule } from '@nestjs/common';
import { JobHandler, type JobProcessor } from '../../../src/core/queue/job-handler.decorator';
import { QueueName } from '../../../src/core/queue/queue-name.constant';

export type TraceProbeJobData = { value: string };

/** Records every payload exactly as its handler received it. */
@Injectable()
@JobHandler(QueueName.Webhooks, 'trace.probe')
export class TraceProbeJob implements JobProcessor<TraceProbeJobData> {
  readonly received: unknown[] = [];

  async handle(data: TraceProbeJobData): Promise<void> {
    this.received.push(data);
  }
}

@Module({ providers: [TraceProbeJob] })
class TraceProbeModule {}

export const withTraceProbe = (root: DynamicModule): DynamicModule => ({
  module: class TraceProbeRoot {},
  imports: [root, TraceProbeModule],
});
