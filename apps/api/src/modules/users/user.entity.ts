import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/** A person who signs in. Not a tenant row: one user may belong to several organisations. */
@Entity('users')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_users' })
  id: string;

  @Index('uq_users_email', { unique: true })
  @Column({ type: 'citext' })
  email: string;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  /**
   * Never loaded with the row: the application role may not read this column (RLS migration);
   * login gets it through `app_login_lookup`.
   */
  @Column({ type: 'text', select: false })
  passwordHash?: string;

  @Column({ type: 'text', nullable: true })
  avatarUrl: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
