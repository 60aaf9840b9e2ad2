import { Injectable } from '@nestjs/common';
import {
  Channel,
  CommunicationStatus,
  Direction,
  NotificationKind,
  type CommunicationResponse,
} from '@loved/shared';
import { TenantContextService } from '../../core/tenancy/tenant-context.service';
import { LeadAccessService } from '../leads/lead-access.service';
import { NotificationsService } from '../notifications/notifications.service';
import { CommunicationsService } from './communications.service';
import type { CreateNoteDto, LogCallDto } from './dto/communication.dto';

/** What a rep records by hand on a lead: internal notes and calls made outside the CRM. */
@Injectable()
export class LeadContactService {
  constructor(
    private readonly tenant: TenantContextService,
    private readonly access: LeadAccessService,
    private readonly communications: CommunicationsService,
    private readonly notifications: NotificationsService,
  ) {}

  /** Stores the note with whom it mentions, and tells each of them (but the author). */
  async addNote(leadId: string, note: CreateNoteDto): Promise<CommunicationResponse> {
    const lead = await this.access.requireVisible(leadId);
    const mentions = note.mentions ?? [];
    await this.notifications.requireMentionable(mentions);
    const { communication } = await this.communications.record(
      {
        leadId,
        channel: Channel.Note,
        direction: Direction.Internal,
        content: note.content,
        metadata: mentions.length > 0 ? { mentions } : {},
        status: CommunicationStatus.Sent,
      },
      lead,
    );
    for (const userId of mentions) {
      await this.notifications.notify({
        kind: NotificationKind.Mention,
        userId,
        sourceId: communication.id,
        lead: { id: lead.id, assignedUserId: lead.assignedUserId },
        actorUserId: this.tenant.userId ?? null,
        communicationId: communication.id,
      });
    }
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
