import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Channel, CommunicationStatus } from '@loved/shared';
import { OrganizationEntity } from '../organizations/organization.entity';

/**
 * A provider's status for a message not stored yet (a "sent" webhook can beat the response of
 * the send that created it, or arrive before the inbound message's own event). Applied, then
 * removed, when the message is recorded.
 */
@Entity('pending_communication_statuses')
export class PendingStatusEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_pending_communication_statuses' })
  organizationId: string;

  @PrimaryColumn({
    type: 'varchar',
    length: 20,
    primaryKeyConstraintName: 'pk_pending_communication_statuses',
  })
  channel: Channel;

  @PrimaryColumn({
    type: 'varchar',
    length: 255,
    primaryKeyConstraintName: 'pk_pending_communication_statuses',
  })
  externalId: string;

  @PrimaryColumn({
    type: 'varchar',
    length: 20,
    primaryKeyConstraintName: 'pk_pending_communication_statuses',
  })
  status: CommunicationStatus;

  /** What the provider said with the status (e.g. the error of a failure). */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  details: Record<string, unknown>;

  @Column({ type: 'timestamptz', precision: 3 })
  occurredAt: Date;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'organization_id',
    foreignKeyConstraintName: 'fk_pending_communication_statuses_organization',
  })
  organization?: OrganizationEntity;
}
