import { Module } from '@nestjs/common';
import { CommunicationsModule } from '../communications/communications.module';
import { FilesModule } from '../files/files.module';
import { IntegrationsModule } from '../integrations/integrations.module';
import { LeadsModule } from '../leads/leads.module';
import { CallRecordingService } from './calls/call-recording.service';
import { CallTimelineService } from './calls/call-timeline.service';
import { ClickToCallController } from './calls/click-to-call.controller';
import { ClickToCallService } from './calls/click-to-call.service';
import { TwilioCallEventProcessor } from './calls/twilio-call-event.processor';
import { TwilioRestClient } from './client/twilio-rest.client';
import { TwilioWebhookJob } from './jobs/twilio-webhook.job';
import { TwilioAccountService } from './twilio-account.service';
import { TwilioConnectService } from './twilio-connect.service';
import { TwilioIntegrationController } from './twilio-integration.controller';
import { TwilioVoiceWebhookController } from './webhook/twilio-voice-webhook.controller';
import { TwilioWebhookIntakeService } from './webhook/twilio-webhook-intake.service';

/**
 * Calls through Twilio: connecting an account, click-to-call, the signed voice webhooks into
 * the durable inbox, and the worker keeping one timeline entry per call with its recording.
 */
@Module({
  imports: [IntegrationsModule, LeadsModule, CommunicationsModule, FilesModule],
  controllers: [TwilioIntegrationController, TwilioVoiceWebhookController, ClickToCallController],
  providers: [
    TwilioRestClient,
    TwilioAccountService,
    TwilioConnectService,
    TwilioWebhookIntakeService,
    CallTimelineService,
    CallRecordingService,
    TwilioCallEventProcessor,
    TwilioWebhookJob,
    ClickToCallService,
  ],
})
export class TwilioModule {}
