import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Plan } from '@loved/shared';

/** An agency: the tenant. Its id is the `organization_id` of every tenant row. */
@Entity('organizations')
@Check('ck_organizations_plan', `plan IN ('free', 'pro', 'enterprise')`)
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_organizations' })
  id: string;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Column({ type: 'varchar', length: 20, default: Plan.Free })
  plan: Plan;

  /** IANA time zone: "today", due dates and analytics periods are read in it. */
  @Column({ type: 'varchar', length: 64, default: 'America/Sao_Paulo' })
  timeZone: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
