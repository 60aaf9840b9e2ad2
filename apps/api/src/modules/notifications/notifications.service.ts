import { Injectable } from '@nestjs/common';
import {
  Role,
  type Channel,
  type NotificationKind,
  type NotificationResponse,
} from '@loved/shared';
import {
  InjectTenantRepository,
  type TenantScopedRepository,
} from '../../core/tenancy/tenant-scoped.repository';
import { LiveEventsService } from '../live/live-events.service';
import { MembersService } from '../organizations/members.service';
import { NotificationEntity } from './notification.entity';
import { NotificationException } from './notification.exception';
import { NotificationSettingsService } from './notification-settings.service';
import { NotificationViewService } from './notification-view.service';

export type NotifyInput = {
  kind: NotificationKind;
  /** The recipient. */
  userId: string;
  /** What raised it: the same source never notifies the same user of the same kind twice. */
  sourceId: string;
  /**
   * The lead it is about, with its assignee as of now (an agent only hears of leads they see);
   * null for news about the organisation itself (a disabled webhook endpoint).
   */
  lead: { id: string; assignedUserId: string | null } | null;
  /** Who caused it; never notified of their own doing. Null for customers and the scheduler. */
  actorUserId?: string | null;
  activityId?: string | null;
  communicationId?: string | null;
  channel?: Channel | null;
};

/**
 * Raises notifications for other modules, inside their transaction: it stores one for a cause at
 * most once per recipient and announces it on the recipient's live stream after commit.
 */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectTenantRepository(NotificationEntity)
    private readonly notifications: TenantScopedRepository<NotificationEntity>,
    private readonly members: MembersService,
    private readonly settings: NotificationSettingsService,
    private readonly view: NotificationViewService,
    private readonly live: LiveEventsService,
  ) {}

  /** The stored notification, or null when the user is not to hear of it (or already did). */
  async notify(input: NotifyInput): Promise<NotificationResponse | null> {
    if (!(await this.shouldNotify(input))) return null;
    const row = this.notifications.create({
      userId: input.userId,
      kind: input.kind,
      sourceId: input.sourceId,
      leadId: input.lead?.id ?? null,
      actorUserId: input.actorUserId ?? null,
      activityId: input.activityId ?? null,
      communicationId: input.communicationId ?? null,
      channel: input.channel ?? null,
    });
    if (!(await this.notifications.insertIfAbsent(row))) return null;
    const stored = await this.view.query('n').andWhere('n.id = :id', { id: row.id }).getOne();
    if (!stored) throw new Error(`notification ${row.id} vanished after insert`);
    const [notification] = await this.view.toResponses([stored]);
    this.live.publish({
      type: 'notification.created',
      lead_id: input.lead?.id ?? null,
      assigned_user_id: input.lead?.assignedUserId ?? null,
      recipient_user_id: input.userId,
      notification,
    });
    return notification;
  }

  /** Refuses mentions of anyone who is not a member of the organisation now. */
  async requireMentionable(userIds: string[]): Promise<void> {
    const roles = await this.members.rolesOf(userIds);
    if (userIds.some((id) => !roles.has(id))) throw NotificationException.mentionNotMember();
  }

  private async shouldNotify(input: NotifyInput): Promise<boolean> {
    if (input.actorUserId && input.actorUserId === input.userId) return false;
    const role = (await this.members.rolesOf([input.userId])).get(input.userId);
    if (!role) return false;
    const assignee = input.lead?.assignedUserId ?? null;
    // As in the API: an agent sees the leads assigned to them and the unassigned ones.
    if (role === Role.Agent && assignee !== null && assignee !== input.userId) return false;
    const muted = await this.settings.mutedKindsOf(input.userId);
    return !muted.includes(input.kind);
  }
}
