import { Injectable } from '@nestjs/common';
import { In, type SelectQueryBuilder } from 'typeorm';
import type { NotificationResponse } from '@loved/shared';
import {
  InjectTenantRepository,
  type TenantScopedRepository,
} from '../../core/tenancy/tenant-scoped.repository';
import { ActivityEntity } from '../activities/activity.entity';
import { UsersService } from '../users/users.service';
import { toNotificationResponse, type NotificationRefs } from './notification.mapper';
import { NotificationEntity } from './notification.entity';

/**
 * Turns notification rows into responses with their lead, actor and activity, reading each
 * kind of reference once per batch (one query per kind, whatever the page size).
 */
@Injectable()
export class NotificationViewService {
  constructor(
    @InjectTenantRepository(NotificationEntity)
    private readonly notifications: TenantScopedRepository<NotificationEntity>,
    @InjectTenantRepository(ActivityEntity)
    private readonly activities: TenantScopedRepository<ActivityEntity>,
    private readonly users: UsersService,
  ) {}

  /** The rows with their lead's name (one join), in the order given. */
  query(alias = 'n'): SelectQueryBuilder<NotificationEntity> {
    return this.notifications
      .createQueryBuilder(alias)
      .leftJoin(`${alias}.lead`, 'lead')
      .addSelect(['lead.organizationId', 'lead.id', 'lead.name']);
  }

  async toResponses(rows: NotificationEntity[]): Promise<NotificationResponse[]> {
    if (rows.length === 0) return [];
    const actorIds = unique(rows.map((r) => r.actorUserId));
    const activityIds = unique(rows.map((r) => r.activityId));
    // One after the other: both run on the request's single transaction connection.
    const actors = await this.users.findByIds(actorIds);
    const activities =
      activityIds.length === 0
        ? []
        : await this.activities.find({
            where: { id: In(activityIds) },
            select: { organizationId: true, id: true, type: true, subject: true, dueAt: true },
          });
    const refs: NotificationRefs = {
      leads: new Map(
        rows.flatMap((r) => (r.lead ? [[r.lead.id, { id: r.lead.id, name: r.lead.name }]] : [])),
      ),
      actors: new Map(actors.map((u) => [u.id, u])),
      activities: new Map(activities.map((a) => [a.id, a])),
    };
    return rows.map((row) => toNotificationResponse(row, refs));
  }
}

const unique = (ids: Array<string | null>): string[] =>
  [...new Set(ids)].filter((id): id is string => id !== null);
