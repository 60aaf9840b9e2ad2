import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { IntegrationProvider, WebhookEventStatus } from '@loved/shared';
import { OrganizationEntity } from '../../organizations/organization.entity';

/**
 * The durable inbox: a provider's webhook as received (after its signature was checked), kept
 * before anything is queued so a lost job or a Redis outage loses nothing. `eventKey` makes a
 * provider's retry of the same delivery a no-op. Global, not per tenant: an event arrives before
 * its organisation is known, and an unroutable one has none.
 */
@Entity('webhook_events')
@Check('ck_webhook_events_status', `status IN ('pending', 'processed', 'failed', 'unroutable')`)
@Index('uq_webhook_events_key', ['provider', 'eventKey'], { unique: true })
@Index('idx_webhook_events_list', ['organizationId', 'provider', 'status', 'receivedAt', 'id'])
// The sweeper's scan of events that were stored but never processed.
@Index('idx_webhook_events_pending', ['receivedAt'], { where: `status = 'pending'` })
export class WebhookEventEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_webhook_events' })
  id: string;

  @Column({ type: 'varchar', length: 20 })
  provider: IntegrationProvider;

  @Column({ type: 'varchar', length: 200 })
  eventKey: string;

  @Column({ type: 'uuid', nullable: true })
  organizationId: string | null;

  @Column({ type: 'varchar', length: 20, default: 'pending' })
  status: WebhookEventStatus;

  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  @Column({ type: 'integer', default: 0 })
  updateCount: number;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  receivedAt: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  processedAt: Date | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'organization_id',
    foreignKeyConstraintName: 'fk_webhook_events_organization',
  })
  organization?: OrganizationEntity;
}
