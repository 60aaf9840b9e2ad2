import {
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
import type { WebhookEventType } from '@loved/shared';
import { OrganizationEntity } from '../organizations/organization.entity';

/**
 * An organisation's outbound webhook: where its events are POSTed, signed with a secret that is
 * stored sealed (AES-256-GCM, key id beside it) and shown once, at creation.
 */
@Entity('webhook_endpoints')
// The list (oldest first), and the outbox's lookup of an organisation's subscribed endpoints.
@Index('idx_webhook_endpoints_list', ['organizationId', 'createdAt', 'id'])
export class WebhookEndpointEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_webhook_endpoints' })
  organizationId: string;

  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_webhook_endpoints' })
  id: string;

  @Column({ type: 'varchar', length: 2048 })
  url: string;

  @Column({ type: 'text', array: true })
  events: WebhookEventType[];

  @Column({ type: 'varchar', length: 500, nullable: true })
  description: string | null;

  @Column({ type: 'boolean', default: true })
  enabled: boolean;

  @Column({ type: 'varchar', length: 500, nullable: true })
  disabledReason: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  disabledAt: Date | null;

  /** Sealed `{ secret }` (the `whsec_…` signing secret). */
  @Column({ type: 'bytea' })
  encryptedSecret: Buffer;

  @Column({ type: 'varchar', length: 32 })
  secretKeyId: string;

  /** Until when one dispatcher owns the endpoint's queue (one delivery at a time, in order). */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  dispatchLeaseUntil: Date | null;

  /** Which dispatcher holds the lease, so a late one never extends or releases another's. */
  @Column({ type: 'uuid', nullable: true })
  dispatchLeaseId: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'organization_id',
    foreignKeyConstraintName: 'fk_webhook_endpoints_organization',
  })
  organization?: OrganizationEntity;
}
