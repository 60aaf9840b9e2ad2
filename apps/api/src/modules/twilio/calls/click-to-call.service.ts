import { Injectable, Logger } from '@nestjs/common';
import type { CallStatus, CommunicationResponse } from '@loved/shared';
import { LeadAccessService } from '../../leads/lead-access.service';
import { TwilioApiError } from '../client/twilio-api.errors';
import { TwilioRestClient, type CreatedCall } from '../client/twilio-rest.client';
import type { PlaceCallDto } from '../dto/place-call.dto';
import { TwilioAccountService, type TwilioAccount } from '../twilio-account.service';
import { TwilioWebhookPath } from '../twilio-webhook-paths.constant';
import { TwilioException } from '../twilio.exception';
import { connectAgentTwiml } from '../webhook/call-twiml.util';
import { CallTimelineService } from './call-timeline.service';

/** How long the lead's phone rings before the call ends as not answered, in seconds. */
const LEAD_RING_SECONDS = 30;

/**
 * Click-to-call: Twilio calls the lead from the organisation's number and, once the lead
 * answers, connects the rep's phone (as Twilio's own click-to-call does). The call's progress
 * therefore describes the lead's side: ringing, answered, busy, not answered. It is recorded
 * from the answer, and reports progress and the recording to the webhooks.
 */
@Injectable()
export class ClickToCallService {
  private readonly logger = new Logger(ClickToCallService.name);

  constructor(
    private readonly access: LeadAccessService,
    private readonly accounts: TwilioAccountService,
    private readonly twilio: TwilioRestClient,
    private readonly timeline: CallTimelineService,
  ) {}

  async place(input: PlaceCallDto, origin: string): Promise<CommunicationResponse> {
    const lead = await this.access.requireVisible(input.lead_id);
    if (!lead.phone) throw TwilioException.leadHasNoPhone();
    const account = await this.accounts.requireActive();
    const agentPhone = input.agent_phone ?? account.settings.agent_phone;
    const from = account.settings.phone_number;
    const created = await this.create(account, {
      to: lead.phone,
      from,
      twiml: connectAgentTwiml({ agentPhone, callerId: from }),
      statusCallback: `${origin}${TwilioWebhookPath.Status}`,
      recordingStatusCallback: `${origin}${TwilioWebhookPath.Recording}`,
      timeoutSeconds: LEAD_RING_SECONDS,
    });
    return this.timeline.recordPlaced(lead, {
      callSid: created.sid,
      status: created.status as CallStatus,
      from,
      to: lead.phone,
      agentPhone,
    });
  }

  private async create(
    account: TwilioAccount,
    call: Parameters<TwilioRestClient['createCall']>[1],
  ): Promise<CreatedCall> {
    try {
      return await this.twilio.createCall(account.auth, call);
    } catch (error) {
      await this.accounts.noteFailure(account, error);
      if (!(error instanceof TwilioApiError)) {
        this.logger.warn({ err: error }, 'Twilio unreachable; no call was placed');
        throw TwilioException.unreachable();
      }
      if (error.isAuthFailure) throw TwilioException.notConnected();
      throw TwilioException.callRefused(error.message);
    }
  }
}
