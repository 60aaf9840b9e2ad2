import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { OrganizationEntity } from '../organizations/organization.entity';

/**
 * One of the organisation's reasons a deal is lost, offered when a rep marks a lead lost. The
 * lead keeps the label as text, so renaming or removing a reason never rewrites history.
 */
@Entity('lost_reasons')
@Index('uq_lost_reasons_label', ['organizationId', 'label'], { unique: true })
export class LostReasonEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_lost_reasons' })
  organizationId: string;

  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_lost_reasons' })
  id: string;

  @Column({ type: 'citext' })
  label: string;

  @Column({ type: 'integer', default: 0 })
  position: number;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_lost_reasons_organization' })
  organization?: OrganizationEntity;
}
