import { Injectable } from '@nestjs/common';
import { LeadEventType, type LeadResponse } from '@loved/shared';
import {
  InjectTenantRepository,
  type TenantScopedRepository,
} from '../../core/tenancy/tenant-scoped.repository';
import type { MoveLeadDto } from './dto/lead.dto';
import { LeadAccessService } from './lead-access.service';
import { LeadEventsService, type LeadChange } from './lead-events.service';
import { LeadPositionService } from './lead-position.service';
import { LeadEntity } from './lead.entity';
import { LeadsService } from './leads.service';

/** Drag and drop on the board: a lead changes column and/or place inside one. */
@Injectable()
export class LeadMoveService {
  constructor(
    @InjectTenantRepository(LeadEntity) private readonly leads: TenantScopedRepository<LeadEntity>,
    private readonly access: LeadAccessService,
    private readonly positions: LeadPositionService,
    private readonly events: LeadEventsService,
    private readonly leadsService: LeadsService,
  ) {}

  async move(id: string, input: MoveLeadDto): Promise<LeadResponse> {
    await this.positions.lockColumn(input.stage);
    const lead = await this.access.requireVisible(id, true);
    for (const neighbourId of [input.before_id, input.after_id]) {
      if (neighbourId === lead.id) return this.leadsService.toResponse(lead);
    }
    const changes: LeadChange[] = [];
    if (lead.stage !== input.stage) {
      changes.push({ type: LeadEventType.StageChanged, from: lead.stage, to: input.stage });
    }
    lead.position = await this.positions.positionFor(
      input.stage,
      { beforeId: input.before_id, afterId: input.after_id },
      lead.id,
    );
    lead.stage = input.stage;
    this.leadsService.applyOutcome(lead, {}, changes);
    const saved = await this.leads.save(lead);
    await this.events.record(saved.id, changes);
    return this.leadsService.announce('lead.moved', saved);
  }
}
