import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { Channel, NotificationKind } from '@loved/shared';
import { LeadEntity } from '../leads/lead.entity';

/** One notification of one member in one organisation. */
@Entity('notifications')
@Check(
  'ck_notifications_kind',
  `kind IN ('inbound_message', 'activity_due', 'lead_assigned', 'mention', 'webhook_endpoint_disabled')`,
)
// At most one notification per user for one cause (a message, an activity's reminder, an
// assignment, a note), however often or by however many workers it is raised.
@Index('uq_notifications_source', ['organizationId', 'userId', 'kind', 'sourceId'], {
  unique: true,
})
// The user's list, newest first.
@Index('idx_notifications_user_created', ['organizationId', 'userId', 'createdAt', 'id'])
// The unread count.
@Index('idx_notifications_unread', ['organizationId', 'userId'], { where: 'read_at IS NULL' })
export class NotificationEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_notifications' })
  organizationId: string;

  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_notifications' })
  id: string;

  /** The recipient. */
  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'varchar', length: 30 })
  kind: NotificationKind;

  /** What raised it (communication, activity, lead event or note id): the dedupe key. */
  @Column({ type: 'uuid' })
  sourceId: string;

  @Column({ type: 'uuid', nullable: true })
  leadId: string | null;

  @Column({ type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Column({ type: 'uuid', nullable: true })
  activityId: string | null;

  @Column({ type: 'uuid', nullable: true })
  communicationId: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  channel: Channel | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  readAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @ManyToOne(() => LeadEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'organization_id',
      referencedColumnName: 'organizationId',
      foreignKeyConstraintName: 'fk_notifications_lead',
    },
    {
      name: 'lead_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'fk_notifications_lead',
    },
  ])
  lead?: LeadEntity;
}
