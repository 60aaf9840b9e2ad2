import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Generated,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { WebhookDeliveryStatus } from '@loved/shared';
import type { WebhookDeliveryEventType } from './webhook-payload';
import { WebhookEndpointEntity } from './webhook-endpoint.entity';

/**
 * One event to one endpoint (the durable outbox row), written in the transaction of the change
 * that caused it, with the outcome of its latest attempt. Its id is the `webhook-id` header.
 */
@Entity('webhook_deliveries')
@Check('ck_webhook_deliveries_status', `status IN ('pending', 'succeeded', 'failed')`)
// The endpoint's queue: its oldest pending delivery first (strict order per endpoint).
@Index('idx_webhook_deliveries_queue', ['organizationId', 'endpointId', 'seq'], {
  where: "status = 'pending'",
})
// The sweep across organisations: pending deliveries that fell due.
@Index('idx_webhook_deliveries_due', ['nextAttemptAt'], { where: "status = 'pending'" })
// Retention: finished deliveries by age, across organisations.
@Index('idx_webhook_deliveries_finished', ['createdAt'], { where: "status <> 'pending'" })
// The endpoint's delivery log, newest first.
@Index('idx_webhook_deliveries_log', ['organizationId', 'endpointId', 'createdAt', 'id'])
export class WebhookDeliveryEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_webhook_deliveries' })
  organizationId: string;

  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_webhook_deliveries' })
  id: string;

  @Column({ type: 'uuid' })
  endpointId: string;

  /**
   * Order of creation: rows written in one transaction share `created_at`, and a later
   * transaction (which waited on the lead's row lock) always draws a larger number.
   */
  @Column({ type: 'bigint' })
  @Generated('increment')
  seq: string;

  @Column({ type: 'varchar', length: 60 })
  eventType: WebhookDeliveryEventType;

  /** The payload's `data`; `type` and `timestamp` come from the columns. */
  @Column({ type: 'jsonb' })
  data: Record<string, unknown>;

  @Column({ type: 'varchar', length: 20, default: 'pending' })
  status: WebhookDeliveryStatus;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  /** When the next attempt is due; null once the delivery succeeded or failed for good. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  nextAttemptAt: Date | null;

  @Column({ type: 'smallint', nullable: true })
  responseStatus: number | null;

  @Column({ type: 'integer', nullable: true })
  durationMs: number | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  error: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  deliveredAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @ManyToOne(() => WebhookEndpointEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'organization_id',
      referencedColumnName: 'organizationId',
      foreignKeyConstraintName: 'fk_webhook_deliveries_endpoint',
    },
    {
      name: 'endpoint_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'fk_webhook_deliveries_endpoint',
    },
  ])
  endpoint?: WebhookEndpointEntity;
}
