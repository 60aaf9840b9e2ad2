import { Inject, Injectable, Logger } from '@nestjs/common';
import { IntegrationProvider, IntegrationStatus, type CommunicationResponse } from '@loved/shared';
import { APP_CONFIG, type AppConfig } from '../../../core/config/app-config';
import { TenantContextService } from '../../../core/tenancy/tenant-context.service';
import { FileIngestService } from '../../files/file-ingest.service';
import { IntegrationsService } from '../../integrations/integrations.service';
import { TwilioRestClient } from '../client/twilio-rest.client';
import { TwilioAccountService } from '../twilio-account.service';
import { CallTimelineService } from './call-timeline.service';

/** Recordings are long audio: the whole transfer may take this many times a REST call's limit. */
const DOWNLOAD_TIMEOUT_FACTOR = 8;

/**
 * Brings a call's recording home: downloads the MP3 from Twilio with the account's credentials,
 * stores it encrypted through the files service and attaches it to the call. A failure throws,
 * so the webhook event is retried; nothing is attached half-way.
 */
@Injectable()
export class CallRecordingService {
  private readonly logger = new Logger(CallRecordingService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tenant: TenantContextService,
    private readonly integrations: IntegrationsService,
    private readonly accounts: TwilioAccountService,
    private readonly twilio: TwilioRestClient,
    private readonly files: FileIngestService,
    private readonly timeline: CallTimelineService,
  ) {}

  async store(
    organizationId: string,
    call: CommunicationResponse,
    recordingSid: string,
  ): Promise<void> {
    const identity = { organizationId };
    const integration = await this.tenant.run(identity, () =>
      this.integrations.find(IntegrationProvider.Twilio),
    );
    if (!integration || integration.status === IntegrationStatus.Disconnected) {
      this.logger.warn(
        { orgId: organizationId, communicationId: call.id, recordingSid },
        'recording not downloaded: Twilio was disconnected since the call',
      );
      return;
    }
    const callSid = call.external_id ?? '';
    const download = this.twilio.recordingDownload(
      this.accounts.accountOf(integration).auth,
      recordingSid,
    );
    await this.tenant.run(identity, async () => {
      const file = await this.files.storeFromUrl({
        url: download.url,
        headers: download.headers,
        filename: `gravacao-${callSid}.mp3`,
        declaredContentType: 'audio/mpeg',
        communicationId: call.id,
        leadId: call.lead_id,
        metadata: { source: 'twilio', call_sid: callSid, recording_sid: recordingSid },
        timeoutMs: this.config.env.TWILIO_TIMEOUT_MS * DOWNLOAD_TIMEOUT_FACTOR,
      });
      await this.timeline.attachRecording(callSid, file);
    });
  }
}
