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
import type { LeadEventType } from '@loved/shared';
import { LeadEntity } from './lead.entity';

/** Who changed what on a lead and when (stage, assignee, outcome); shown in the timeline. */
@Entity('lead_events')
@Check(
  'ck_lead_events_type',
  `type IN ('created', 'stage_changed', 'assigned', 'outcome_set', 'activity_done')`,
)
// Created by the migration (TypeORM cannot express DESC keys): the timeline's keyset index.
@Index('idx_lead_events_timeline', { synchronize: false })
export class LeadEventEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_lead_events' })
  organizationId: string;

  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_lead_events' })
  id: string;

  @Column({ type: 'uuid' })
  leadId: string;

  @Column({ type: 'varchar', length: 20 })
  type: LeadEventType;

  @Column({ type: 'uuid', nullable: true })
  actorUserId: string | null;

  /** Set when an organisation API key made the change (then there is no user). */
  @Column({ type: 'uuid', nullable: true })
  actorApiKeyId: string | null;

  @Column({ type: 'text', nullable: true })
  fromValue: string | null;

  @Column({ type: 'text', nullable: true })
  toValue: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @ManyToOne(() => LeadEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'organization_id',
      referencedColumnName: 'organizationId',
      foreignKeyConstraintName: 'fk_lead_events_lead',
    },
    {
      name: 'lead_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'fk_lead_events_lead',
    },
  ])
  lead?: LeadEntity;
}
