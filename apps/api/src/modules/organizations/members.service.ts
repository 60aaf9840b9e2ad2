import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { Role, type ListEnvelope, type MemberResponse } from '@loved/shared';
import { decodeCursor } from '../../core/http/keyset-cursor';
import { toKeysetPage } from '../../core/http/keyset-page';
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
      const [createdAt, userId] = decodeCursor(cursor, ['timestamp', 'uuid']);
      query.andWhere('(m.created_at, m.user_id) > (:createdAt, :userId)', { createdAt, userId });
    }
    const page = toKeysetPage(await query.getMany(), limit, (last) => [
      last.createdAt.toISOString(),
      last.userId,
    ]);
    const users = new Map(
      (await this.users.findByIds(page.rows.map((m) => m.userId))).map((u) => [u.id, u]),
    );
    const items = page.rows.flatMap((m) => {
      const user = users.get(m.userId);
      return user ? [toMemberResponse(m, user)] : [];
    });
    return { items, next_cursor: page.next_cursor };
  }

  async changeRole(userId: string, role: Role): Promise<MemberResponse> {
    const membership = await this.requireMember(userId);
    if (membership.role === Role.Admin && role !== Role.Admin) await this.refuseIfLastAdmin();
    // Only a real change is announced: it ends the member's open event streams.
    const changed = membership.role !== role;
    membership.role = role;
    const saved = await this.memberships.save(membership);
    if (changed) this.directory.changed(saved.organizationId, userId);
    return toMemberResponse(saved, await this.users.requireById(userId));
  }

  async remove(userId: string): Promise<void> {
    const membership = await this.requireMember(userId);
    if (membership.role === Role.Admin) await this.refuseIfLastAdmin();
    await this.memberships.delete({ userId });
    this.directory.changed(membership.organizationId, userId);
  }

  async isMember(userId: string): Promise<boolean> {
    return this.memberships.exists({ userId });
  }

  /** The roles of those of `userIds` who are members now; the others are absent. */
  async rolesOf(userIds: string[]): Promise<Map<string, Role>> {
    if (userIds.length === 0) return new Map();
    const rows = await this.memberships.findBy({ userId: In(userIds) });
    return new Map(rows.map((m) => [m.userId, m.role]));
  }

  /** The ids of the organisation's members holding `role` (e.g. who hears of admin matters). */
  async idsWithRole(role: Role): Promise<string[]> {
    const rows = await this.memberships.findBy({ role });
    return rows.map((m) => m.userId);
  }

  private async requireMember(userId: string): Promise<MembershipEntity> {
    const membership = await this.memberships.findOneBy({ userId });
    if (!membership)
      throw new OrganizationException(
        OrganizationErrorCode.MemberNotFound,
        'No such member in this organization.',
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
        'The organization needs at least one admin.',
      );
    }
  }
}
