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
import type { ApiKeyScope } from '@loved/shared';
import { OrganizationEntity } from '../organizations/organization.entity';

/**
 * A secret another system presents as `Authorization: Bearer lcrm_…` to act for the
 * organisation within its scopes. Only the SHA-256 of the secret is kept (the secret has 256
 * random bits, so a fast hash is enough); the application role cannot even read that column:
 * requests are matched through the `app_api_key_authenticate` function. Revoked keys stay, so
 * what they did keeps a name.
 */
@Entity('api_keys')
// Matching a request's key, before its organisation is known. Not unique: unique indexes of tenant
// tables start with organization_id, and 256 random bits do not collide anyway.
@Index('idx_api_keys_secret_hash', ['secretHash'])
// The organisation's live keys, newest first (Settings → API).
@Index('idx_api_keys_list', ['organizationId', 'createdAt'], { where: 'revoked_at IS NULL' })
export class ApiKeyEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_api_keys' })
  organizationId: string;

  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_api_keys' })
  id: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** The first characters of the secret, shown to tell keys apart. */
  @Column({ type: 'varchar', length: 16 })
  prefix: string;

  @Column({ type: 'char', length: 64, select: false })
  secretHash: string;

  @Column({ type: 'text', array: true })
  scopes: ApiKeyScope[];

  @Column({ type: 'uuid', nullable: true })
  createdByUserId: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  expiresAt: Date | null;

  /** Refreshed at most once a minute, so a busy integration does not write on every request. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  lastUsedAt: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  revokedAt: Date | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_api_keys_organization' })
  organization?: OrganizationEntity;
}
