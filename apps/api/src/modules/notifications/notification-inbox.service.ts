import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import type {
  ListEnvelope,
  MarkAllNotificationsReadResponse,
  NotificationResponse,
  NotificationUnreadCountResponse,
} from '@loved/shared';
import { decodeCursor } from '../../core/http/keyset-cursor';
import { toKeysetPage } from '../../core/http/keyset-page';
import { TenantContextService } from '../../core/tenancy/tenant-context.service';
import {
  InjectTenantRepository,
  type TenantScopedRepository,
} from '../../core/tenancy/tenant-scoped.repository';
import { NotificationEntity } from './notification.entity';
import { NotificationException } from './notification.exception';
import { NotificationViewService } from './notification-view.service';

export type NotificationListQuery = { cursor?: string; limit: number; unreadOnly: boolean };

/** The signed-in user's own notifications: another member's are never found, read or counted. */
@Injectable()
export class NotificationInboxService {
  constructor(
    private readonly tenant: TenantContextService,
    @InjectTenantRepository(NotificationEntity)
    private readonly notifications: TenantScopedRepository<NotificationEntity>,
    private readonly view: NotificationViewService,
  ) {}

  /** Newest first, keyset-paginated by (created_at, id). */
  async list(query: NotificationListQuery): Promise<ListEnvelope<NotificationResponse>> {
    const builder = this.view
      .query('n')
      .andWhere('n.user_id = :userId', { userId: this.userId })
      .orderBy('n.created_at', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .take(query.limit + 1);
    if (query.unreadOnly) builder.andWhere('n.read_at IS NULL');
    if (query.cursor) {
      const [createdAt, id] = decodeCursor(query.cursor, ['timestamp', 'uuid']);
      builder.andWhere('(n.created_at, n.id) < (:createdAt, :id)', { createdAt, id });
    }
    const page = toKeysetPage(await builder.getMany(), query.limit, (last) => [
      last.createdAt.toISOString(),
      last.id,
    ]);
    return { items: await this.view.toResponses(page.rows), next_cursor: page.next_cursor };
  }

  async unreadCount(): Promise<NotificationUnreadCountResponse> {
    return {
      count: await this.notifications.count({ userId: this.userId, readAt: IsNull() }),
    };
  }

  /** Marks one read (again: the first read time stays) and answers it. */
  async markRead(id: string): Promise<NotificationResponse> {
    await this.notifications
      .createQueryBuilder('n')
      .update()
      .set({ readAt: () => 'now()' })
      .where('id = :id AND user_id = :userId AND read_at IS NULL', { id, userId: this.userId })
      .execute();
    const row = await this.view
      .query('n')
      .andWhere('n.id = :id AND n.user_id = :userId', { id, userId: this.userId })
      .getOne();
    if (!row) throw NotificationException.notFound();
    const [notification] = await this.view.toResponses([row]);
    return notification;
  }

  async markAllRead(): Promise<MarkAllNotificationsReadResponse> {
    const result = await this.notifications
      .createQueryBuilder('n')
      .update()
      .set({ readAt: () => 'now()' })
      .where('user_id = :userId AND read_at IS NULL', { userId: this.userId })
      .execute();
    return { updated: result.affected ?? 0 };
  }

  private get userId(): string {
    const userId = this.tenant.userId;
    if (!userId) throw new Error('notifications need a signed-in user');
    return userId;
  }
}
