import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * The first successful answer to a tenant `POST` sent with an `Idempotency-Key`, kept 24 h so a
 * retry gets it again instead of acting twice. Written in the request's own transaction, so it
 * exists exactly when the change it describes does. No foreign keys: core knows no module's
 * entities, and a row outlives its usefulness after a day anyway.
 */
@Entity('idempotency_keys')
export class IdempotencyKeyEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_idempotency_keys' })
  organizationId: string;

  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_idempotency_keys' })
  userId: string;

  @PrimaryColumn({ type: 'varchar', length: 255, primaryKeyConstraintName: 'pk_idempotency_keys' })
  key: string;

  /** SHA-256 (hex) of method, path and canonical JSON body: what the key was first used for. */
  @Column({ type: 'char', length: 64 })
  requestHash: string;

  @Column({ type: 'smallint' })
  responseStatus: number;

  /** The JSON the client received; null when the route answered without a body. */
  @Column({ type: 'jsonb', nullable: true })
  responseBody: unknown;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
