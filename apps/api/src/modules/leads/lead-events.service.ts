import { Injectable } from '@nestjs/common';
import { LeadEventType, NotificationKind } from '@loved/shared';
import { TenantContextService } from '../../core/tenancy/tenant-context.service';
import {
  InjectTenantRepository,
  type TenantScopedRepository,
} from '../../core/tenancy/tenant-scoped.repository';
import { NotificationsService } from '../notifications/notifications.service';
import { LeadEventEntity } from './lead-event.entity';

export type LeadChange = { type: LeadEventType; from?: string | null; to?: string | null };

/**
 * Records who changed a lead's stage, assignee or outcome, and when; a new assignee other than
 * the one who assigned hears of it.
 */
@Injectable()
export class LeadEventsService {
  constructor(
    private readonly tenant: TenantContextService,
    @InjectTenantRepository(LeadEventEntity)
    private readonly events: TenantScopedRepository<LeadEventEntity>,
    private readonly notifications: NotificationsService,
  ) {}

  async record(leadId: string, changes: LeadChange[]): Promise<void> {
    if (changes.length === 0) return;
    const saved = await this.events.saveMany(
      changes.map((change) =>
        this.events.create({
          leadId,
          type: change.type,
          actorUserId: this.tenant.userId ?? null,
          actorApiKeyId: this.tenant.apiKeyId ?? null,
          fromValue: change.from ?? null,
          toValue: change.to ?? null,
        }),
      ),
    );
    for (const event of saved) {
      if (event.type !== LeadEventType.Assigned || !event.toValue) continue;
      await this.notifications.notify({
        kind: NotificationKind.LeadAssigned,
        userId: event.toValue,
        sourceId: event.id,
        // The event is the lead's assignment: its assignee now is the recipient.
        lead: { id: leadId, assignedUserId: event.toValue },
        actorUserId: event.actorUserId,
      });
    }
  }

  listForLead(leadId: string): Promise<LeadEventEntity[]> {
    return this.events.find({ where: { leadId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }
}
