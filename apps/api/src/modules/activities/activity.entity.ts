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
  UpdateDateColumn,
} from 'typeorm';
import type { ActivityType } from '@loved/shared';
import { LeadEntity } from '../leads/lead.entity';

/** A scheduled step on a lead ("Ligar amanhã 10h"): due at an instant, done or not. */
@Entity('activities')
@Check('ck_activities_type', `type IN ('call', 'meeting', 'whatsapp', 'email', 'task')`)
@Check(
  'ck_activities_duration',
  'duration_minutes IS NULL OR (duration_minutes > 0 AND duration_minutes <= 1440)',
)
// "Minha agenda" and the list filtered by assignee, in due order.
@Index('idx_activities_assignee_due', ['organizationId', 'assignedUserId', 'dueAt', 'id'])
// The list without an assignee filter, in due order.
@Index('idx_activities_due', ['organizationId', 'dueAt', 'id'])
// A lead's activities on its page, and its next open one (the card).
@Index('idx_activities_lead_due', ['organizationId', 'leadId', 'dueAt', 'id'])
// The reminder scan across organisations: open activities not yet reminded, by due time.
@Index('idx_activities_reminder', ['dueAt'], {
  where: 'done_at IS NULL AND reminded_at IS NULL',
})
// Analytics: activities completed in a period.
@Index('idx_activities_done', ['organizationId', 'doneAt'], { where: 'done_at IS NOT NULL' })
// Created by the analytics migration (TypeORM cannot express INCLUDE): open ones by due time.
@Index('idx_activities_open_due', { synchronize: false })
export class ActivityEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_activities' })
  organizationId: string;

  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_activities' })
  id: string;

  @Column({ type: 'uuid' })
  leadId: string;

  @Column({ type: 'varchar', length: 20 })
  type: ActivityType;

  @Column({ type: 'varchar', length: 200 })
  subject: string;

  @Column({ type: 'timestamptz', precision: 3 })
  dueAt: Date;

  @Column({ type: 'integer', nullable: true })
  durationMinutes: number | null;

  @Column({ type: 'uuid', nullable: true })
  assignedUserId: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  doneAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  doneByUserId: string | null;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  /** When the "due in 15 minutes" reminder was claimed; cleared when the due time changes. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  remindedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  createdByUserId: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  @ManyToOne(() => LeadEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'organization_id',
      referencedColumnName: 'organizationId',
      foreignKeyConstraintName: 'fk_activities_lead',
    },
    { name: 'lead_id', referencedColumnName: 'id', foreignKeyConstraintName: 'fk_activities_lead' },
  ])
  lead?: LeadEntity;
}
