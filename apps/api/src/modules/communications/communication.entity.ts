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
import type {
  Channel,
  CommunicationAttachment,
  CommunicationStatus,
  Direction,
} from '@loved/shared';
import { LeadEntity } from '../leads/lead.entity';
import { SEARCH_VECTOR_EXPRESSION } from './communication-search.constant';

/** One message, call, e-mail or note of a lead's timeline. */
@Entity('communications')
@Check('ck_communications_channel', `channel IN ('whatsapp', 'email', 'voip', 'note')`)
@Check('ck_communications_direction', `direction IN ('inbound', 'outbound', 'internal')`)
@Check('ck_communications_status', `status IN ('pending', 'sent', 'delivered', 'read', 'failed')`)
@Index('uq_communications_external', ['organizationId', 'channel', 'externalId'], {
  unique: true,
  where: 'external_id IS NOT NULL',
})
// Created by the migration (TypeORM cannot express them): the timeline's (…, sent_at DESC, id
// DESC) index and the full-text GIN index over (organization_id, search_vector).
@Index('idx_communications_timeline', { synchronize: false })
@Index('idx_communications_search', { synchronize: false })
// Newest first within an organisation (scanned backwards): where search finds a common word's
// newest matches.
@Index('idx_communications_sent', ['organizationId', 'sentAt', 'id'])
// By the analytics migration (INCLUDE): a conversation per lead and channel, for first response.
@Index('idx_communications_conversation', { synchronize: false })
export class CommunicationEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_communications' })
  organizationId: string;

  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_communications' })
  id: string;

  @Column({ type: 'uuid' })
  leadId: string;

  @Column({ type: 'varchar', length: 20 })
  channel: Channel;

  @Column({ type: 'varchar', length: 10 })
  direction: Direction;

  @Column({ type: 'text', default: '' })
  content: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  subject: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  metadata: Record<string, unknown>;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  attachments: CommunicationAttachment[];

  @Column({ type: 'varchar', length: 255, nullable: true })
  externalId: string | null;

  @Column({ type: 'varchar', length: 20, default: 'sent' })
  status: CommunicationStatus;

  @Column({ type: 'uuid', nullable: true })
  authorUserId: string | null;

  /** Set when an organisation API key wrote it (a note or message sent by an integration). */
  @Column({ type: 'uuid', nullable: true })
  authorApiKeyId: string | null;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  sentAt: Date;

  /**
   * Subject + content as a Portuguese full-text document, stemmed with and without accents.
   * Stored so search and ranking read it instead of computing two `to_tsvector` per message;
   * PostgreSQL writes it, and entities never load it.
   */
  @Column({
    type: 'tsvector',
    generatedType: 'STORED',
    asExpression: SEARCH_VECTOR_EXPRESSION,
    nullable: true,
    select: false,
    insert: false,
    update: false,
  })
  searchVector?: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  @ManyToOne(() => LeadEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'organization_id',
      referencedColumnName: 'organizationId',
      foreignKeyConstraintName: 'fk_communications_lead',
    },
    {
      name: 'lead_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'fk_communications_lead',
    },
  ])
  lead?: LeadEntity;
}
