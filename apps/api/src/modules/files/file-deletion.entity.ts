import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { StorageDriver } from '../../core/storage/file-storage';

/**
 * Outbox of stored objects whose rows are gone. A trigger on `file_attachments` writes one row
 * per deleted file in the deleting transaction (so a rollback keeps the object, and a cascade
 * from a lead or communication is covered); the purge job removes the object, then the row.
 */
@Entity('file_deletions')
export class FileDeletionEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_file_deletions' })
  organizationId: string;

  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_file_deletions' })
  id: string;

  @Column({ type: 'varchar', length: 20 })
  storageDriver: StorageDriver;

  @Column({ type: 'text' })
  storagePath: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
