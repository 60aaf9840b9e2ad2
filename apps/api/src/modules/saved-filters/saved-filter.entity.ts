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
import type { SavedFilter } from '@loved/shared';
import { OrganizationEntity } from '../organizations/organization.entity';
import { UserEntity } from '../users/user.entity';

/** A user's named filter of the board and the lead list, in one organisation. */
@Entity('saved_filters')
@Index('uq_saved_filters_name', ['organizationId', 'userId', 'name'], { unique: true })
export class SavedFilterEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_saved_filters' })
  organizationId: string;

  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_saved_filters' })
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'citext' })
  name: string;

  @Column({ type: 'jsonb' })
  filters: SavedFilter['filters'];

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'organization_id',
    foreignKeyConstraintName: 'fk_saved_filters_organization',
  })
  organization?: OrganizationEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_saved_filters_user' })
  user?: UserEntity;
}
