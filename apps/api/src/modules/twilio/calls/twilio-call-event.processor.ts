import { Injectable } from '@nestjs/common';
import type { WebhookEventEntity } from '../../integrations/inbox/webhook-event.entity';
import type { TwilioWebhookEventPayload } from '../webhook/twilio-callback.type';
import { readCallFact } from './call-fact.util';
import { CallRecordingService } from './call-recording.service';
import { CallTimelineService } from './call-timeline.service';

/** Applies one stored Twilio webhook to its call, and brings a finished recording home. */
@Injectable()
export class TwilioCallEventProcessor {
  constructor(
    private readonly timeline: CallTimelineService,
    private readonly recordings: CallRecordingService,
  ) {}

  async process(organizationId: string, event: WebhookEventEntity): Promise<void> {
    const { kind, params } = event.payload as TwilioWebhookEventPayload;
    const fact = readCallFact(kind, params, event.receivedAt);
    const call = await this.timeline.apply(organizationId, fact);
    const recording = fact.recording;
    if (recording?.status === 'completed' && !call.metadata.recording_file_id) {
      await this.recordings.store(organizationId, call, recording.sid);
    }
  }
}
