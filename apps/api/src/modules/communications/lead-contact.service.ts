import { Injectable } from '@nestjs/common';
import { Channel, CommunicationStatus, Direction, type CommunicationResponse } from '@loved/shared';
import { CommunicationsService } from './communications.service';
import type { CreateNoteDto, LogCallDto } from './dto/communication.dto';

/** What a rep records by hand on a lead: internal notes and calls made outside the CRM. */
@Injectable()
export class LeadContactService {
  constructor(private readonly communications: CommunicationsService) {}

  async addNote(leadId: string, note: CreateNoteDto): Promise<CommunicationResponse> {
    const { communication } = await this.communications.record({
      leadId,
      channel: Channel.Note,
      direction: Direction.Internal,
      content: note.content,
      status: CommunicationStatus.Sent,
    });
    return communication;
  }

  async logCall(leadId: string, call: LogCallDto): Promise<CommunicationResponse> {
    const { communication } = await this.communications.record({
      leadId,
      channel: Channel.Voip,
      direction: call.direction === 'inbound' ? Direction.Inbound : Direction.Outbound,
      content: call.note ?? '',
      metadata: {
        duration_seconds: call.duration_seconds,
        call_status: call.outcome,
        provider: 'manual',
      },
      status:
        call.outcome === 'completed' ? CommunicationStatus.Delivered : CommunicationStatus.Failed,
      sentAt: call.occurred_at ? new Date(call.occurred_at) : undefined,
    });
    return communication;
  }
}
