import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  Plan,
  Role,
  type MembershipResponse,
  type OrganizationResponse,
  type UpdateOrganizationRequest,
} from '@loved/shared';
import type { Repository } from 'typeorm';
import { TenantContextService } from '../../core/tenancy/tenant-context.service';
import {
  InjectTenantRepository,
  type TenantScopedRepository,
} from '../../core/tenancy/tenant-scoped.repository';
import { MembershipEntity } from './membership.entity';
import { OrganizationEntity } from './organization.entity';
import { toMembershipResponse, toOrganizationResponse } from './organization.mapper';
import { OrganizationErrorCode, OrganizationException } from './organization.exception';

@Injectable()
export class OrganizationsService {
  constructor(
    private readonly tenant: TenantContextService,
    @InjectTenantRepository(MembershipEntity)
    private readonly memberships: TenantScopedRepository<MembershipEntity>,
  ) {}

  /** The organisations table is keyed by the tenant id itself; RLS limits it to the current one. */
  private get organizations(): Repository<OrganizationEntity> {
    return this.tenant.manager.getRepository(OrganizationEntity);
  }

  /** Creates an organisation whose first admin is `creatorUserId`. */
  async create(name: string, creatorUserId: string): Promise<OrganizationResponse> {
    const id = randomUUID();
    return this.tenant.run(
      { organizationId: id, userId: creatorUserId, role: Role.Admin },
      async () => {
        const organization = await this.organizations.save(
          this.organizations.create({ id, name, plan: Plan.Free }),
        );
        await this.memberships.save(
          this.memberships.create({ userId: creatorUserId, role: Role.Admin }),
        );
        return toOrganizationResponse(organization);
      },
    );
  }

  async getCurrent(): Promise<OrganizationResponse> {
    return toOrganizationResponse(await this.requireCurrent());
  }

  async updateCurrent(changes: UpdateOrganizationRequest): Promise<OrganizationResponse> {
    const organization = await this.requireCurrent();
    if (changes.name !== undefined) organization.name = changes.name;
    if (changes.time_zone !== undefined) organization.timeZone = changes.time_zone;
    return toOrganizationResponse(await this.organizations.save(organization));
  }

  /** Every organisation `userId` belongs to, with their role (RLS: only the user's own rows). */
  async membershipsOf(userId: string): Promise<MembershipResponse[]> {
    return this.tenant.runAsUser(userId, async () => {
      const rows = await this.tenant.manager
        .getRepository(MembershipEntity)
        .createQueryBuilder('m')
        .innerJoinAndSelect('m.organization', 'o')
        .where('m.user_id = :userId', { userId })
        .orderBy('o.name', 'ASC')
        .getMany();
      return rows.map((m) => toMembershipResponse(m, m.organization as OrganizationEntity));
    });
  }

  private async requireCurrent(): Promise<OrganizationEntity> {
    const organization = await this.organizations.findOneBy({ id: this.tenant.organizationId });
    if (!organization)
      throw new OrganizationException(OrganizationErrorCode.NotFound, 'Organization not found.');
    return organization;
  }
}
