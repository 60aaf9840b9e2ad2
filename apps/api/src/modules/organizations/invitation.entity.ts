import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  PrimaryColumn,
} from 'typeorm';
import type { Role } from '@loved/shared';
import { OrganizationEntity } from './organization.entity';

/** An invitation to join an organisation; only the token's hash is stored. */
@Entity('invitations')
@Check('ck_invitations_role', `role IN ('admin', 'manager', 'agent')`)
@Index('uq_invitations_token', ['organizationId', 'tokenHash'], { unique: true })
export class InvitationEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_invitations' })
  organizationId: string;

  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_invitations' })
  id: string;

  @Column({ type: 'citext' })
  email: string;

  @Column({ type: 'varchar', length: 20 })
  role: Role;

  @Column({ type: 'varchar', length: 64 })
  tokenHash: string;

  @Column({ type: 'uuid' })
  invitedByUserId: string;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  acceptedByUserId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_invitations_organization' })
  organization?: OrganizationEntity;
}
