import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { NotificationKind } from '@loved/shared';
import { OrganizationEntity } from '../organizations/organization.entity';

/** A member's notification preferences in one organisation (no row = nothing muted). */
@Entity('notification_settings')
export class NotificationSettingsEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_notification_settings' })
  organizationId: string;

  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_notification_settings' })
  userId: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  mutedKinds: NotificationKind[];

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'organization_id',
    foreignKeyConstraintName: 'fk_notification_settings_organization',
  })
  organization?: OrganizationEntity;
}
