import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';
import { OrganizationEntity } from '../../organizations/organization.entity';

/**
 * The organisation's drop-box address (`<token>@EMAIL_DROPBOX_DOMAIN`): an e-mail sent or
 * forwarded to it, or BCC'd, lands on the lead it is with. The token is the whole secret.
 */
@Entity('email_dropboxes')
// How a message to the drop-box finds its organisation (the token is random: 128 bits).
@Index('idx_email_dropboxes_token', ['token'])
export class EmailDropboxEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_email_dropboxes' })
  organizationId: string;

  @Column({ type: 'varchar', length: 32 })
  token: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'organization_id',
    foreignKeyConstraintName: 'fk_email_dropboxes_organization',
  })
  organization?: OrganizationEntity;
}
