import { Injectable } from '@nestjs/common';
import {
  CommunicationStatus,
  Direction,
  NotificationKind,
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
import type { LeadEntity } from '../leads/lead.entity';
import { LeadsService } from '../leads/leads.service';
import { LiveEventsService } from '../live/live-events.service';
import { NotificationsService } from '../notifications/notifications.service';
import { WebhookOutboxService } from '../webhook-endpoints/webhook-outbox.service';
import { CommunicationEntity } from './communication.entity';
import { toCommunicationResponse } from './communication.mapper';
import { PendingStatusEntity } from './pending-status.entity';

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
  /**
   * Whether a provider may report statuses for it before it is stored (default true). Inbound
   * WhatsApp messages get none, which spares them the check.
   */
  awaitsStatuses?: boolean;
};

/** What a provider's later reports may change on a communication. */
export type CommunicationRevision = Partial<
  Pick<CommunicationEntity, 'content' | 'metadata' | 'status' | 'attachments'>
>;

export type RecordedCommunication = { communication: CommunicationResponse; created: boolean };

/** What a provider said with a status: when, and for a failure, its error. */
export type StatusDetails = { at?: Date; error?: Record<string, unknown> };

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
    @InjectTenantRepository(PendingStatusEntity)
    private readonly pendingStatuses: TenantScopedRepository<PendingStatusEntity>,
    private readonly notifications: NotificationsService,
    private readonly webhooks: WebhookOutboxService,
  ) {}

  /** `lead`: the caller read it already in this transaction (spares a query). */
  async record(input: NewCommunication, lead?: LeadEntity): Promise<RecordedCommunication> {
    if (lead && lead.id !== input.leadId) throw new Error('record(): lead does not match leadId');
    lead ??= await this.access.requireVisible(input.leadId);
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
      authorApiKeyId: this.tenant.apiKeyId ?? null,
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
    let communication = toCommunicationResponse(stored);
    if (created) {
      await this.leads.recordContact(lead.id, {
        channel: stored.channel,
        at: stored.sentAt,
        direction: stored.direction,
      });
      this.live.publish({
        type: 'communication.created',
        lead_id: lead.id,
        assigned_user_id: lead.assignedUserId,
        communication,
      });
      await this.webhooks.record('communication.created', { communication, lead_id: lead.id });
      await this.notifyAssignee(stored, lead);
      if (stored.externalId && input.awaitsStatuses !== false) {
        communication =
          (await this.applyPendingStatuses(stored.channel, stored.externalId)) ?? communication;
      }
    }
    return { communication, created };
  }

  /**
   * Applies a provider's status to its message, or keeps it until the message is recorded (a
   * "sent" webhook can beat the response of the send that created the message).
   */
  async applyStatus(
    channel: Channel,
    externalId: string,
    status: CommunicationStatus,
    details: StatusDetails = {},
  ): Promise<CommunicationResponse | null> {
    await this.lockExternalId(channel, externalId);
    const updated = await this.updateStatus(channel, externalId, status, details);
    if (updated) return updated;
    await this.pendingStatuses.insertIfAbsent(
      this.pendingStatuses.create({
        channel,
        externalId,
        status,
        details: details.error ? { error: details.error } : {},
        occurredAt: details.at ?? new Date(),
      }),
    );
    return null;
  }

  /** Moves a provider message's status forward (never back, never out of `failed`). */
  async updateStatus(
    channel: Channel,
    externalId: string,
    status: CommunicationStatus,
    details: StatusDetails = {},
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
    current.metadata = {
      ...current.metadata,
      [`${status}_at`]: (details.at ?? new Date()).toISOString(),
      ...(details.error ? { error: details.error } : {}),
    };
    const saved = await this.communications.save(current);
    const communication = await this.announceUpdate(saved);
    await this.webhooks.record('communication.status_changed', {
      communication,
      lead_id: saved.leadId,
    });
    return communication;
  }

  /**
   * Rewrites a provider's communication whose state the provider keeps changing (a call's
   * progress) under a row lock, and announces it. `change` returns the fields to update, or
   * null when nothing changes. Null when the communication was not recorded.
   */
  async revise(
    channel: Channel,
    externalId: string,
    change: (current: CommunicationEntity) => CommunicationRevision | null,
  ): Promise<CommunicationResponse | null> {
    const current = await this.communications.findOne({
      where: { channel, externalId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!current) return null;
    const revision = change(current);
    if (!revision) return toCommunicationResponse(current);
    const saved = await this.communications.save(Object.assign(current, revision));
    return this.announceUpdate(saved);
  }

  /** The id of a provider's message in this organisation, if it was recorded. */
  async idOfExternal(channel: Channel, externalId: string): Promise<string | null> {
    const found = await this.communications.findOne({
      where: { channel, externalId },
      select: { id: true, organizationId: true },
    });
    return found?.id ?? null;
  }

  /** Replaces a communication's attachments (e.g. once a provider's media was stored). */
  async setAttachments(
    id: string,
    attachments: CommunicationAttachment[],
  ): Promise<CommunicationResponse | null> {
    const current = await this.communications.findOne({
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!current) return null;
    current.attachments = attachments;
    const saved = await this.communications.save(current);
    return this.announceUpdate(saved);
  }

  /** A customer wrote (or called) on an assigned lead: its assignee hears of it. */
  private async notifyAssignee(stored: CommunicationEntity, lead: LeadEntity): Promise<void> {
    if (stored.direction !== Direction.Inbound || !lead.assignedUserId) return;
    await this.notifications.notify({
      kind: NotificationKind.InboundMessage,
      userId: lead.assignedUserId,
      sourceId: stored.id,
      lead: { id: lead.id, assignedUserId: lead.assignedUserId },
      // A webhook worker has no user; a rep logging an inbound call is the actor.
      actorUserId: this.tenant.userId ?? null,
      communicationId: stored.id,
      channel: stored.channel,
    });
  }

  /**
   * Statuses that arrived before their message. The lock pairs with `applyStatus`'s: whichever
   * commits second sees the other's row, so no status is left waiting for a message that exists.
   */
  private async applyPendingStatuses(
    channel: Channel,
    externalId: string,
  ): Promise<CommunicationResponse | null> {
    await this.lockExternalId(channel, externalId);
    const pending = await this.pendingStatuses.findBy({ channel, externalId });
    if (pending.length === 0) return null;
    let latest: CommunicationResponse | null = null;
    for (const row of pending.sort((a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status])) {
      const error = row.details.error as Record<string, unknown> | undefined;
      latest =
        (await this.updateStatus(channel, externalId, row.status, { at: row.occurredAt, error })) ??
        latest;
    }
    await this.pendingStatuses.delete({ channel, externalId });
    return latest;
  }

  private async announceUpdate(saved: CommunicationEntity): Promise<CommunicationResponse> {
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

  private async lockExternalId(channel: Channel, externalId: string): Promise<void> {
    await this.tenant.manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
      `communication-status:${this.tenant.organizationId}:${channel}:${externalId}`,
    ]);
  }
}
