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
import type { AiSummaryProvider, AiSummaryStatus, Sentiment } from '@loved/shared';
// Imported for the foreign keys only (the schema owns them); this module reads leads through
// LeadsService and LeadAccessService.
import { LeadEntity } from '../leads/lead.entity';
import { OrganizationEntity } from '../organizations/organization.entity';

/** PostgreSQL hands `numeric` back as text; a confidence is a small number. */
const decimalAsNumber = {
  to: (value: number | null): number | null => value,
  from: (value: string | null): number | null => (value === null ? null : Number(value)),
};

/**
 * An AI summary of a lead's conversation (the seed's `ai_summaries`): what a model (or the
 * local summariser) said about the communications it covered, or why it failed. A lead has one
 * conversation, its whole timeline, so `conversation_id` holds the lead's id: the seed's column
 * stays, and a future split into several conversations per lead needs no new column.
 */
@Entity('ai_summaries')
@Check('ck_ai_summaries_status', `status IN ('pending', 'done', 'failed')`)
@Check('ck_ai_summaries_provider', `provider IN ('openai', 'local')`)
@Check(
  'ck_ai_summaries_sentiment',
  `sentiment IS NULL OR sentiment IN ('positive', 'neutral', 'negative')`,
)
@Check(
  'ck_ai_summaries_confidence',
  'confidence_score IS NULL OR (confidence_score >= 0 AND confidence_score <= 1)',
)
// The organisation's list, newest first (also what the monthly quota counts).
@Index('idx_ai_summaries_created', ['organizationId', 'createdAt', 'id'])
// One lead's summaries, newest first (the seed's idx_ai_summaries_conversation: same key).
@Index('idx_ai_summaries_lead', ['organizationId', 'leadId', 'createdAt', 'id'])
export class AiSummaryEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_ai_summaries' })
  organizationId: string;

  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_ai_summaries' })
  id: string;

  @Column({ type: 'uuid' })
  leadId: string;

  /** The lead's id: one conversation per lead, its whole timeline. */
  @Column({ type: 'uuid' })
  conversationId: string;

  @Column({ type: 'varchar', length: 20, default: 'pending' })
  status: AiSummaryStatus;

  /** pt-BR; null until done. */
  @Column({ type: 'text', nullable: true })
  summary: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  sentiment: Sentiment | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  nextActions: string[];

  @Column({
    type: 'numeric',
    precision: 3,
    scale: 2,
    nullable: true,
    transformer: decimalAsNumber,
  })
  confidenceScore: number | null;

  @Column({ type: 'varchar', length: 20 })
  provider: AiSummaryProvider;

  @Column({ type: 'varchar', length: 200 })
  model: string;

  /** The oldest and newest communications the prompt held, and how many it held. */
  @Column({ type: 'uuid', nullable: true })
  firstCommunicationId: string | null;

  @Column({ type: 'uuid', nullable: true })
  lastCommunicationId: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  coveredFrom: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  coveredTo: Date | null;

  @Column({ type: 'integer', default: 0 })
  communicationsCount: number;

  /** What the provider reported; null for the local summariser and until done. */
  @Column({ type: 'integer', nullable: true })
  promptTokens: number | null;

  @Column({ type: 'integer', nullable: true })
  completionTokens: number | null;

  /** Provider calls that failed and may be retried (the job gives up after a few). */
  @Column({ type: 'integer', default: 0 })
  attempts: number;

  /** Readable reason of a failure. */
  @Column({ type: 'text', nullable: true })
  error: string | null;

  @Column({ type: 'uuid', nullable: true })
  requestedByUserId: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  completedAt: Date | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_ai_summaries_organization' })
  organization?: OrganizationEntity;

  @ManyToOne(() => LeadEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'organization_id',
      referencedColumnName: 'organizationId',
      foreignKeyConstraintName: 'fk_ai_summaries_lead',
    },
    {
      name: 'lead_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'fk_ai_summaries_lead',
    },
  ])
  lead?: LeadEntity;
}
