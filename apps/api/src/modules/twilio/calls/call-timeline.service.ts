import { Injectable } from '@nestjs/common';
import {
  Channel,
  Direction,
  type CommunicationResponse,
  type VoipCallMetadata,
} from '@loved/shared';
import { TenantContextService } from '../../../core/tenancy/tenant-context.service';
import type { CommunicationEntity } from '../../communications/communication.entity';
import {
  CommunicationsService,
  type CommunicationRevision,
} from '../../communications/communications.service';
import type { FileResponse } from '../../files/dto/file.dto';
import { LeadByPhoneService } from '../../leads/lead-by-phone.service';
import type { LeadEntity } from '../../leads/lead.entity';
import { normalizePhone, type NormalizedPhone } from '../../leads/utils/lead-phone.util';
import type { CallFact } from './call-fact.util';
import { CallNotRecordedError } from './call-not-recorded.error';
import {
  applyCallFact,
  callContent,
  communicationStatusOfCall,
  newCallState,
} from './call-state.util';

/** A call placed from the CRM, as Twilio accepted it. */
export type PlacedCall = {
  callSid: string;
  status: VoipCallMetadata['call_status'];
  from: string;
  to: string;
  agentPhone: string;
};

const stateOf = (communication: CommunicationEntity): VoipCallMetadata =>
  communication.metadata as VoipCallMetadata;

/**
 * One timeline entry per call, keyed by its CallSid: created by the click-to-call or by the
 * first report of an inbound call (on the caller's lead, created when unknown), then moved
 * forward by every report Twilio sends, in whatever order and however often they arrive.
 */
@Injectable()
export class CallTimelineService {
  constructor(
    private readonly tenant: TenantContextService,
    private readonly leads: LeadByPhoneService,
    private readonly communications: CommunicationsService,
  ) {}

  /** Records a call just placed (in the caller's transaction). */
  async recordPlaced(lead: LeadEntity, call: PlacedCall): Promise<CommunicationResponse> {
    const state = newCallState({
      callSid: call.callSid,
      callerNumber: call.from,
      calledNumber: call.to,
      agentPhone: call.agentPhone,
      status: call.status,
      at: new Date(),
    });
    const { communication } = await this.communications.record(
      { ...this.entryOf(state, Direction.Outbound), leadId: lead.id },
      lead,
    );
    return communication;
  }

  /** Applies one report; throws `CallNotRecordedError` when it cannot be placed yet. */
  async apply(organizationId: string, fact: CallFact): Promise<CommunicationResponse> {
    const identity = { organizationId };
    const applied = await this.tenant.run(identity, async () => {
      const revised = await this.revise(fact);
      if (revised) return revised;
      const lead = await this.leads.find(this.callerPhone(fact));
      return lead ? this.recordInbound(lead, fact) : null;
    });
    if (applied) return applied;
    // A caller nobody knows: their lead is created in a short transaction of its own first.
    const { lead } = await this.tenant.run(identity, () =>
      this.leads.findOrCreate(this.callerPhone(fact), { name: fact.callerName, source: 'phone' }),
    );
    return this.tenant.run(
      identity,
      async () => (await this.revise(fact)) ?? this.recordInbound(lead, fact),
    );
  }

  /** Attaches the stored recording to its call (in the caller's transaction). */
  async attachRecording(callSid: string, file: FileResponse): Promise<void> {
    await this.communications.revise(Channel.Voip, callSid, (current) => ({
      attachments: [
        {
          file_id: file.id,
          name: file.filename,
          content_type: file.content_type,
          size_bytes: file.size_bytes,
        },
      ],
      metadata: {
        ...stateOf(current),
        recording_file_id: file.id,
        recording_url: `/api/v1/files/${file.id}/content`,
      },
    }));
  }

  /**
   * Moves a recorded call forward, under a lock per call so that two reports processed at once
   * both count. Null when the call is not recorded yet.
   */
  private async revise(fact: CallFact): Promise<CommunicationResponse | null> {
    await this.tenant.manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
      `voip-call:${this.tenant.organizationId}:${fact.callSid}`,
    ]);
    return this.communications.revise(Channel.Voip, fact.callSid, (current) => {
      const before = stateOf(current);
      const after = applyCallFact(before, fact);
      if (JSON.stringify(after) === JSON.stringify(before)) return null;
      return this.revisionOf(
        after,
        current.direction === Direction.Inbound ? 'inbound' : 'outbound',
      );
    });
  }

  private async recordInbound(lead: LeadEntity, fact: CallFact): Promise<CommunicationResponse> {
    const start = newCallState({
      callSid: fact.callSid,
      callerNumber: fact.from,
      calledNumber: fact.to,
      agentPhone: null,
      status: 'ringing',
      at: fact.at,
    });
    const state = applyCallFact(start, fact);
    const { communication } = await this.communications.record(
      { ...this.entryOf(state, Direction.Inbound), leadId: lead.id, sentAt: fact.at },
      lead,
    );
    return communication;
  }

  /** The caller's number; only an inbound call's own report names a lead to place it on. */
  private callerPhone(fact: CallFact): NormalizedPhone {
    if (fact.direction !== 'inbound' || fact.leg !== 'call' || !fact.from) {
      throw new CallNotRecordedError(fact.callSid);
    }
    return normalizePhone(fact.from) ?? { e164: fact.from, matchKey: fact.from };
  }

  private entryOf(state: VoipCallMetadata, direction: 'inbound' | 'outbound') {
    return {
      channel: Channel.Voip,
      direction,
      externalId: state.call_sid,
      // Twilio reports progress through callbacks, not the WhatsApp-style pending statuses.
      awaitsStatuses: false,
      ...this.revisionOf(state, direction),
    } as const;
  }

  private revisionOf(
    state: VoipCallMetadata,
    direction: 'inbound' | 'outbound',
  ): Required<Pick<CommunicationRevision, 'content' | 'metadata' | 'status'>> {
    return {
      content: callContent(state, direction),
      metadata: state as unknown as Record<string, unknown>,
      status: communicationStatusOfCall(state.call_status),
    };
  }
}
