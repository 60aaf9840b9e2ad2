import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';
import type { Role } from '@loved/shared';
import { UserEntity } from '../users/user.entity';
import { OrganizationEntity } from './organization.entity';

/** A user's role in one organisation. */
@Entity('memberships')
@Check('ck_memberships_role', `role IN ('admin', 'manager', 'agent')`)
@Index('idx_memberships_user', ['userId'])
export class MembershipEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_memberships' })
  organizationId: string;

  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_memberships' })
  userId: string;

  @Column({ type: 'varchar', length: 20 })
  role: Role;

  /** Millisecond precision: the members list pages on it, and JS dates carry no more. */
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_memberships_organization' })
  organization?: OrganizationEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_memberships_user' })
  user?: UserEntity;
}
