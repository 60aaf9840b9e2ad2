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
} from 'typeorm';
import type { StorageDriver } from '../../core/storage/file-storage';
// Imported for the foreign keys only (the schema owns them); files never read these tables.
import { CommunicationEntity } from '../communications/communication.entity';
import { LeadEntity } from '../leads/lead.entity';
import { OrganizationEntity } from '../organizations/organization.entity';

const bigintAsNumber = {
  to: (value: number): number => value,
  from: (value: string | null): number => Number(value ?? 0),
};

/**
 * A stored file (the seed's migration 006): encrypted at rest, standalone or attached to a
 * communication or a lead. Deleting the lead or communication deletes the row (cascade), and
 * a trigger queues its object in `file_deletions`, so storage is cleaned whoever deleted it.
 */
@Entity('file_attachments')
@Check('ck_file_attachments_driver', `storage_driver IN ('local', 's3')`)
@Index('idx_file_attachments_communication', ['organizationId', 'communicationId'])
@Index('idx_file_attachments_lead', ['organizationId', 'leadId'])
export class FileAttachmentEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_file_attachments' })
  organizationId: string;

  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_file_attachments' })
  id: string;

  @Column({ type: 'uuid', nullable: true })
  communicationId: string | null;

  @Column({ type: 'uuid', nullable: true })
  leadId: string | null;

  /** Sanitised: safe as a download name on every OS. */
  @Column({ type: 'varchar', length: 500 })
  filename: string;

  /** As the client sent it (cut to length), for display only. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  originalFilename: string | null;

  @Column({ type: 'bigint', transformer: bigintAsNumber })
  fileSize: number;

  /** Sniffed from the bytes, never taken from the client. */
  @Column({ type: 'varchar', length: 100 })
  contentType: string;

  @Column({ type: 'text' })
  storagePath: string;

  @Column({ type: 'varchar', length: 20 })
  storageDriver: StorageDriver;

  @Column({ type: 'boolean', default: true })
  isEncrypted: boolean;

  /** Which master key sealed the file (FILE_ENCRYPTION_KEY_ID at upload time). */
  @Column({ type: 'varchar', length: 32 })
  keyId: string;

  /** The file's random IV: its key and nonce base are derived from it (file-encryption.ts). */
  @Column({ type: 'bytea' })
  encryptionIv: Buffer;

  /** SHA-256 of the plaintext, hex; also the download's ETag. */
  @Column({ type: 'char', length: 64 })
  sha256: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  metadata: Record<string, unknown>;

  @Column({ type: 'uuid', nullable: true })
  uploadedByUserId: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'organization_id',
    foreignKeyConstraintName: 'fk_file_attachments_organization',
  })
  organization?: OrganizationEntity;

  @ManyToOne(() => CommunicationEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'organization_id',
      referencedColumnName: 'organizationId',
      foreignKeyConstraintName: 'fk_file_attachments_communication',
    },
    {
      name: 'communication_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'fk_file_attachments_communication',
    },
  ])
  communication?: CommunicationEntity;

  @ManyToOne(() => LeadEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'organization_id',
      referencedColumnName: 'organizationId',
      foreignKeyConstraintName: 'fk_file_attachments_lead',
    },
    {
      name: 'lead_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'fk_file_attachments_lead',
    },
  ])
  lead?: LeadEntity;
}
