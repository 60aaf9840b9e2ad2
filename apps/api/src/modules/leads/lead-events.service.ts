import { Injectable } from '@nestjs/common';
import { LeadEventType } from '@loved/shared';
import { TenantContextService } from '../../core/tenancy/tenant-context.service';
import {
  InjectTenantRepository,
  type TenantScopedRepository,
} from '../../core/tenancy/tenant-scoped.repository';
import { LeadEventEntity } from './lead-event.entity';

export type LeadChange = { type: LeadEventType; from?: string | null; to?: string | null };

/** Records who changed a lead's stage, assignee or outcome, and when. */
@Injectable()
export class LeadEventsService {
  constructor(
    private readonly tenant: TenantContextService,
    @InjectTenantRepository(LeadEventEntity)
    private readonly events: TenantScopedRepository<LeadEventEntity>,
  ) {}

  async record(leadId: string, changes: LeadChange[]): Promise<void> {
    if (changes.length === 0) return;
    await this.events.saveMany(
      changes.map((change) =>
        this.events.create({
          leadId,
          type: change.type,
          actorUserId: this.tenant.userId ?? null,
          fromValue: change.from ?? null,
          toValue: change.to ?? null,
        }),
      ),
    );
  }

  listForLead(leadId: string): Promise<LeadEventEntity[]> {
    return this.events.find({ where: { leadId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }
}
