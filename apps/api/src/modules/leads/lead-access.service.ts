import { Injectable } from '@nestjs/common';
import { Role } from '@loved/shared';
import type { SelectQueryBuilder } from 'typeorm';
import { TenantContextService } from '../../core/tenancy/tenant-context.service';
import {
  InjectTenantRepository,
  type TenantScopedRepository,
} from '../../core/tenancy/tenant-scoped.repository';
import { LeadEntity } from './lead.entity';
import { LeadException } from './lead.exception';

/**
 * Who sees which leads: managers and admins see all of the organisation's; an agent sees the
 * leads assigned to them and the unassigned ones. A lead out of sight answers 404, as if it
 * did not exist.
 */
@Injectable()
export class LeadAccessService {
  constructor(
    private readonly tenant: TenantContextService,
    @InjectTenantRepository(LeadEntity) private readonly leads: TenantScopedRepository<LeadEntity>,
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

  /** The tenant's leads this caller may see, as a query to refine. */
  visibleLeads(alias: string): SelectQueryBuilder<LeadEntity> {
    const query = this.leads.createQueryBuilder(alias);
    if (this.isAgent) {
      query.andWhere(
        `(${alias}.assigned_user_id = :accessUserId OR ${alias}.assigned_user_id IS NULL)`,
        {
          accessUserId: this.tenant.userId,
        },
      );
    }
    return query;
  }

  async requireVisible(id: string, lock = false): Promise<LeadEntity> {
    const query = this.visibleLeads('lead').andWhere('lead.id = :id', { id });
    if (lock) query.setLock('pessimistic_write');
    const lead = await query.getOne();
    if (!lead) throw LeadException.notFound();
    return lead;
  }

  canSee(lead: LeadEntity): boolean {
    return (
      !this.isAgent || lead.assignedUserId === null || lead.assignedUserId === this.tenant.userId
    );
  }
}
