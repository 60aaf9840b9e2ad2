import { Injectable } from '@nestjs/common';
import {
  CommunicationStatus,
  Direction,
  type Channel,
  type CommunicationAttachment,
  type CommunicationResponse,
} from '@loved/shared';
import { TenantContextService } from '../../core/tenancy/tenant-context.service';
import {
  InjectTenantRepository,
  type TenantScopedRepository,
} from '../../core/tenancy/tenant-scoped.repository';
import { LeadAccessService } from '../leads/lead-access.service';
import { LeadsService } from '../leads/leads.service';
import { LiveEventsService } from '../live/live-events.service';
import { CommunicationEntity } from './communication.entity';
import { toCommunicationResponse } from './communication.mapper';

export type NewCommunication = {
  leadId: string;
  channel: Channel;
  direction: Direction;
  content: string;
  subject?: string | null;
  metadata?: Record<string, unknown>;
  attachments?: CommunicationAttachment[];
  externalId?: string | null;
  status?: CommunicationStatus;
  sentAt?: Date;
};

export type RecordedCommunication = { communication: CommunicationResponse; created: boolean };

/** Delivery states only move forward; `failed` is final. */
const STATUS_RANK: Record<CommunicationStatus, number> = {
  pending: 0,
  sent: 1,
  delivered: 2,
  read: 3,
  failed: 4,
};

/**
 * The one write path of the timeline, used by every channel: inserts idempotently (a provider
 * id seen twice is one communication), updates the lead's counters in the same transaction and
 * announces the change once it commits.
 */
@Injectable()
export class CommunicationsService {
  constructor(
    private readonly tenant: TenantContextService,
    @InjectTenantRepository(CommunicationEntity)
    private readonly communications: TenantScopedRepository<CommunicationEntity>,
    private readonly access: LeadAccessService,
    private readonly leads: LeadsService,
    private readonly live: LiveEventsService,
  ) {}

  async record(input: NewCommunication): Promise<RecordedCommunication> {
    const lead = await this.access.requireVisible(input.leadId);
    const row = this.communications.create({
      leadId: lead.id,
      channel: input.channel,
      direction: input.direction,
      content: input.content,
      subject: input.subject ?? null,
      metadata: input.metadata ?? {},
      attachments: input.attachments ?? [],
      externalId: input.externalId ?? null,
      status: input.status ?? CommunicationStatus.Sent,
      authorUserId: this.tenant.userId ?? null,
      sentAt: input.sentAt ?? new Date(),
    });
    const created = await this.communications.insertIfAbsent(row);
    const stored = created
      ? await this.communications.findOneBy({ id: row.id })
      : await this.communications.findOneBy({
          channel: input.channel,
          externalId: input.externalId ?? undefined,
        });
    if (!stored) throw new Error(`communication ${row.id} vanished after insert`);
    const communication = toCommunicationResponse(stored);
    if (created) {
      await this.leads.recordContact(lead.id, {
        channel: stored.channel,
        at: stored.sentAt,
        isContact: stored.direction !== Direction.Internal,
      });
      this.live.publish({
        type: 'communication.created',
        lead_id: lead.id,
        assigned_user_id: lead.assignedUserId,
        communication,
      });
    }
    return { communication, created };
  }

  /** Moves a provider message's status forward (never back, never out of `failed`). */
  async updateStatus(
    channel: Channel,
    externalId: string,
    status: CommunicationStatus,
  ): Promise<CommunicationResponse | null> {
    // Locked: two status callbacks for one message must not both read the old status.
    const current = await this.communications.findOne({
      where: { channel, externalId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!current) return null;
    if (
      current.status === CommunicationStatus.Failed ||
      STATUS_RANK[status] <= STATUS_RANK[current.status]
    ) {
      return toCommunicationResponse(current);
    }
    current.status = status;
    const saved = await this.communications.save(current);
    const communication = toCommunicationResponse(saved);
    const lead = await this.access.requireVisible(saved.leadId);
    this.live.publish({
      type: 'communication.updated',
      lead_id: saved.leadId,
      assigned_user_id: lead.assignedUserId,
      communication,
    });
    return communication;
  }
}
