import { Injectable } from '@nestjs/common';
import { Role, type LeadStage } from '@loved/shared';
import type { ObjectLiteral } from 'typeorm';
import { TenantContextService } from '../../core/tenancy/tenant-context.service';
import type { LeadFiltersDto } from './dto/lead.dto';
import type { LeadEntity } from './lead.entity';
import { LeadException } from './lead.exception';
import { LeadRepository, type LeadQuery, type LeadVisibility } from './lead.repository';
import { canSeeLead, type LeadViewer } from './utils/lead-rules.util';

/**
 * Who sees which leads: managers and admins see all of the organisation's; an agent sees the
 * leads assigned to them and the unassigned ones. A lead out of sight answers 404, as if it
 * did not exist.
 */
@Injectable()
export class LeadAccessService {
  constructor(
    private readonly tenant: TenantContextService,
    private readonly leads: LeadRepository,
  ) {}

  get isAgent(): boolean {
    return this.tenant.role === Role.Agent;
  }

  get organizationId(): string {
    return this.tenant.organizationId;
  }

  get userId(): string | undefined {
    return this.tenant.userId;
  }

  /** The organisation API key acting, when an integration (not a person) calls. */
  get apiKeyId(): string | undefined {
    return this.tenant.apiKeyId;
  }

  get viewer(): LeadViewer {
    return { isAgent: this.isAgent, userId: this.userId };
  }

  get visibility(): LeadVisibility {
    return this.isAgent ? { scope: 'agent', userId: this.userId } : { scope: 'all' };
  }

  /** The caller's visible leads under the list's filters, with `me` and `none` resolved. */
  query(filters: LeadFiltersDto & { stage?: LeadStage }): LeadQuery {
    const assignee = filters.assigned_user_id;
    return {
      visibility: this.visibility,
      stage: filters.stage,
      priority: filters.priority,
      tag: filters.tag,
      assignedUserId: assignee === 'none' ? null : assignee === 'me' ? this.userId : assignee,
      q: filters.q,
      outcome: filters.outcome,
      hasNextActivity: filters.has_next_activity,
    };
  }

  /**
   * For another module's list of rows that belong to leads: a sub-query of the ids of the leads
   * the caller may see, to filter with `lead_id IN (…)`; null when they see all of them.
   */
  visibleLeadIds(): { sql: string; parameters: ObjectLiteral } | null {
    const visibility = this.visibility;
    return visibility.scope === 'all' ? null : this.leads.visibleIdsQuery(visibility);
  }

  async requireVisible(id: string, lock = false): Promise<LeadEntity> {
    const lead = await this.leads.findVisible(id, this.visibility, lock);
    if (!lead) throw LeadException.notFound();
    return lead;
  }

  canSee(lead: Pick<LeadEntity, 'assignedUserId'>): boolean {
    return canSeeLead(this.viewer, lead.assignedUserId);
  }
}
