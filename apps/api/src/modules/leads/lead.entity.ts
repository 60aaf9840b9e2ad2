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
  Unique,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type {
  Channel,
  LeadNextActivity,
  LeadOutcome,
  LeadPriority,
  LeadStage,
} from '@loved/shared';
import { OrganizationEntity } from '../organizations/organization.entity';
import { centsColumnTransformer } from './utils/lead-money.util';

/** A lead on the pipeline board. `position` orders it inside its stage column. */
@Entity('leads')
@Check('ck_leads_stage', `stage IN ('lead', 'contato', 'proposta', 'negociacao', 'fechado')`)
@Check('ck_leads_priority', `priority IN ('low', 'medium', 'high')`)
@Check('ck_leads_outcome', `outcome IS NULL OR (stage = 'fechado' AND outcome IN ('won', 'lost'))`)
@Check('ck_leads_value', `estimated_value_cents IS NULL OR estimated_value_cents >= 0`)
// Deferrable: checked at the end of each statement, so one UPDATE can rekey a run of cards.
@Unique('uq_leads_position', ['organizationId', 'stage', 'position'], {
  deferrable: 'INITIALLY IMMEDIATE',
})
@Index('idx_leads_assigned', ['organizationId', 'assignedUserId'])
@Index('idx_leads_created', ['organizationId', 'createdAt', 'id'])
@Index('idx_leads_email', ['organizationId', 'email'])
// Analytics: leads closed in a period.
@Index('idx_leads_closed', ['organizationId', 'closedAt'], { where: 'closed_at IS NOT NULL' })
@Index('idx_leads_phone_key', ['organizationId', 'phoneMatchKey'])
// Created by the migration, which TypeORM cannot express: GIN on tags, trigram search on name/e-mail/phone.
@Index('idx_leads_tags', { synchronize: false })
@Index('idx_leads_search', { synchronize: false })
// Also by the migration (TypeORM cannot express INCLUDE): the board's per-stage counts and totals.
@Index('idx_leads_board', { synchronize: false })
export class LeadEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_leads' })
  organizationId: string;

  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_leads' })
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'citext', nullable: true })
  email: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  phone: string | null;

  /** Same for a Brazilian mobile with or without the ninth digit. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  phoneMatchKey: string | null;

  @Column({ type: 'varchar', length: 20, default: 'lead' })
  stage: LeadStage;

  @Column({ type: 'varchar', length: 64, collation: 'C' })
  position: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  source: string | null;

  @Column({
    type: 'bigint',
    nullable: true,
    transformer: centsColumnTransformer,
  })
  estimatedValueCents: number | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags: string[];

  @Column({ type: 'uuid', nullable: true })
  assignedUserId: string | null;

  @Column({ type: 'varchar', length: 10, default: 'medium' })
  priority: LeadPriority;

  @Column({ type: 'varchar', length: 10, nullable: true })
  outcome: LeadOutcome | null;

  @Column({ type: 'text', nullable: true })
  lostReason: string | null;

  /** When the lead entered its current stage (days in stage; set with every stage change). */
  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  stageChangedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  lastContactAt: Date | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  lastContactChannel: Channel | null;

  @Column({ type: 'integer', default: 0 })
  communicationsCount: number;

  /** The earliest open activity, kept by the activities module ("sem próxima atividade" when null). */
  @Column({ type: 'jsonb', nullable: true })
  nextActivity: LeadNextActivity | null;

  /** The oldest customer message since the last reply (null when answered): deal health. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  awaitingReplySince: Date | null;

  /** The last inbound WhatsApp message: the 24-hour customer-service window runs from it. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  lastInboundWhatsappAt: Date | null;

  /** When the result (won/lost) was set; null while open. Analytics: cycle time, period. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  closedAt: Date | null;

  @Column({ type: 'boolean', default: false })
  hasAiSummary: boolean;

  @Column({ type: 'uuid', nullable: true })
  createdByUserId: string | null;

  /** Set when an organisation API key created the lead (an integration, not a person). */
  @Column({ type: 'uuid', nullable: true })
  createdByApiKeyId: string | null;

  @VersionColumn({ default: 1 })
  version: number;

  /** Millisecond precision: lists page on it, and JS dates carry no more. */
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_leads_organization' })
  organization?: OrganizationEntity;
}
