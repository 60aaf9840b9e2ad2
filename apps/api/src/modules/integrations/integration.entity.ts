import {
  Check,
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
import type { IntegrationError, IntegrationProvider, IntegrationStatus } from '@loved/shared';
import { OrganizationEntity } from '../organizations/organization.entity';

/**
 * A provider account an organisation connected (the seed's `organization_integrations`). The
 * secrets live only in `encryptedCredentials` (AES-256-GCM, key id beside it); what may be
 * shown (WABA id, display number) lives in `settings`.
 */
@Entity('organization_integrations')
@Check('ck_organization_integrations_provider', `provider IN ('whatsapp', 'twilio', 'email')`)
@Check(
  'ck_organization_integrations_status',
  `status IN ('active', 'needs_reauth', 'disconnected')`,
)
@Index('uq_organization_integrations_provider', ['organizationId', 'provider'], { unique: true })
// How a webhook finds its organisation: by the provider's account id (WhatsApp phone number id,
// Twilio AccountSid), through a SECURITY DEFINER lookup.
@Index('idx_organization_integrations_account', ['provider', 'accountId'])
@Index('idx_organization_integrations_verify', ['provider', 'verifyTokenHash'])
export class IntegrationEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_organization_integrations' })
  organizationId: string;

  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_organization_integrations' })
  id: string;

  @Column({ type: 'varchar', length: 20 })
  provider: IntegrationProvider;

  @Column({ type: 'varchar', length: 20, default: 'active' })
  status: IntegrationStatus;

  @Column({ type: 'varchar', length: 64, nullable: true })
  accountId: string | null;

  /** Sealed JSON of the provider's secrets; null once disconnected. */
  @Column({ type: 'bytea', nullable: true })
  encryptedCredentials: Buffer | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  credentialsKeyId: string | null;

  /** SHA-256 of WhatsApp's verify token, so the GET handshake can match it without decrypting. */
  @Column({ type: 'char', length: 64, nullable: true })
  verifyTokenHash: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  settings: Record<string, string | null>;

  @Column({ type: 'jsonb', nullable: true })
  lastError: IntegrationError | null;

  @Column({ type: 'uuid', nullable: true })
  connectedByUserId: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  connectedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'organization_id',
    foreignKeyConstraintName: 'fk_organization_integrations_organization',
  })
  organization?: OrganizationEntity;
}
