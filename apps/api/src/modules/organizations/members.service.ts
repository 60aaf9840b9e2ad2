import { Injectable } from '@nestjs/common';
import { Role, type ListEnvelope, type MemberResponse } from '@loved/shared';
import { decodeCursor, encodeCursor } from '../../core/http/keyset-cursor';
import {
  InjectTenantRepository,
  type TenantScopedRepository,
} from '../../core/tenancy/tenant-scoped.repository';
import { UsersService } from '../users/users.service';
import { MembershipDirectoryService } from './membership-directory.service';
import { MembershipEntity } from './membership.entity';
import { toMemberResponse } from './organization.mapper';
import { OrganizationErrorCode, OrganizationException } from './organization.exception';

@Injectable()
export class MembersService {
  constructor(
    @InjectTenantRepository(MembershipEntity)
    private readonly memberships: TenantScopedRepository<MembershipEntity>,
    private readonly users: UsersService,
    private readonly directory: MembershipDirectoryService,
  ) {}

  /** Members in the order they joined, keyset-paginated. */
  async list(cursor: string | undefined, limit: number): Promise<ListEnvelope<MemberResponse>> {
    const query = this.memberships
      .createQueryBuilder('m')
      .orderBy('m.created_at', 'ASC')
      .addOrderBy('m.user_id', 'ASC')
      .take(limit + 1);
    if (cursor) {
      const [createdAt, userId] = decodeCursor(cursor, 2);
      query.andWhere('(m.created_at, m.user_id) > (:createdAt, :userId)', { createdAt, userId });
    }
    const rows = await query.getMany();
    const page = rows.slice(0, limit);
    const users = new Map(
      (await this.users.findByIds(page.map((m) => m.userId))).map((u) => [u.id, u]),
    );
    const items = page.flatMap((m) => {
      const user = users.get(m.userId);
      return user ? [toMemberResponse(m, user)] : [];
    });
    const last = page.at(-1);
    return {
      items,
      next_cursor:
        rows.length > limit && last
          ? encodeCursor([last.createdAt.toISOString(), last.userId])
          : null,
    };
  }

  async changeRole(userId: string, role: Role): Promise<MemberResponse> {
    const membership = await this.requireMember(userId);
    if (membership.role === Role.Admin && role !== Role.Admin) await this.refuseIfLastAdmin();
    membership.role = role;
    const saved = await this.memberships.save(membership);
    await this.directory.changed(saved.organizationId, userId);
    return toMemberResponse(saved, await this.users.requireById(userId));
  }

  async remove(userId: string): Promise<void> {
    const membership = await this.requireMember(userId);
    if (membership.role === Role.Admin) await this.refuseIfLastAdmin();
    await this.memberships.delete({ userId });
    await this.directory.changed(membership.organizationId, userId);
  }

  async isMember(userId: string): Promise<boolean> {
    return this.memberships.exists({ userId });
  }

  private async requireMember(userId: string): Promise<MembershipEntity> {
    const membership = await this.memberships.findOneBy({ userId });
    if (!membership)
      throw new OrganizationException(
        OrganizationErrorCode.MemberNotFound,
        'Membro não encontrado nesta organização.',
      );
    return membership;
  }

  /** Locks the admins' rows so two demotions at once cannot leave the organisation without one. */
  private async refuseIfLastAdmin(): Promise<void> {
    const admins = await this.memberships
      .createQueryBuilder('m')
      .andWhere('m.role = :role', { role: Role.Admin })
      .setLock('pessimistic_write')
      .getMany();
    if (admins.length <= 1) {
      throw new OrganizationException(
        OrganizationErrorCode.LastAdmin,
        'A organização precisa de pelo menos um administrador.',
      );
    }
  }
}
