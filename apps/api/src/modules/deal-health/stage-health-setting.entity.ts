import {
  Check,
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { LeadStage } from '@loved/shared';
import { OrganizationEntity } from '../organizations/organization.entity';

/** An organisation's deal-health thresholds for one stage (no row = the defaults). */
@Entity('stage_health_settings')
@Check(
  'ck_stage_health_settings_stage',
  `stage IN ('lead', 'contato', 'proposta', 'negociacao', 'fechado')`,
)
@Check('ck_stage_health_settings_rotting', 'rotting_days IS NULL OR rotting_days BETWEEN 1 AND 365')
@Check(
  'ck_stage_health_settings_unanswered',
  'unanswered_hours IS NULL OR unanswered_hours BETWEEN 1 AND 720',
)
export class StageHealthSettingEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_stage_health_settings' })
  organizationId: string;

  @PrimaryColumn({
    type: 'varchar',
    length: 20,
    primaryKeyConstraintName: 'pk_stage_health_settings',
  })
  stage: LeadStage;

  @Column({ type: 'integer', nullable: true })
  rottingDays: number | null;

  @Column({ type: 'integer', nullable: true })
  unansweredHours: number | null;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'organization_id',
    foreignKeyConstraintName: 'fk_stage_health_settings_organization',
  })
  organization?: OrganizationEntity;
}
