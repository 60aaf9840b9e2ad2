import { randomUUID } from 'node:crypto';
import { Column, DataSource, Entity, PrimaryColumn } from 'typeorm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { dataSourceOptions } from '../database/data-source-options';
import type { TenantContextService } from './tenant-context.service';
import { TenantScopedRepository } from './tenant-scoped.repository';

@Entity('tenant_probe_rows')
class ProbeRowEntity {
  @PrimaryColumn('uuid')
  organizationId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  label: string;

  @Column({ type: 'integer', default: 0 })
  hits: number;
}

const ORG_A = randomUUID();
const ORG_B = randomUUID();

describe('TenantScopedRepository query builders', () => {
  let dataSource: DataSource;
  let repository: TenantScopedRepository<ProbeRowEntity>;

  /** The schema owner bypasses RLS, so only the repository's own filter stands between orgs. */
  beforeAll(async () => {
    dataSource = new DataSource({
      ...dataSourceOptions(inject('adminDatabaseUrl'), {
        entities: [ProbeRowEntity],
        migrations: [],
      }),
      // One connection, so the temporary table below is visible to every query.
      extra: { max: 1 },
    });
    await dataSource.initialize();
    await dataSource.query(
      `CREATE TEMPORARY TABLE tenant_probe_rows (
         organization_id uuid NOT NULL, id uuid NOT NULL, label text NOT NULL,
         hits integer NOT NULL DEFAULT 0, PRIMARY KEY (organization_id, id))`,
    );
    await dataSource.query(
      `INSERT INTO tenant_probe_rows (organization_id, id, label)
       VALUES ($1, gen_random_uuid(), 'shared'), ($1, gen_random_uuid(), 'only-a'),
              ($2, gen_random_uuid(), 'shared'), ($2, gen_random_uuid(), 'only-b')`,
      [ORG_A, ORG_B],
    );
    const tenant = { organizationId: ORG_A, manager: dataSource.manager };
    repository = new TenantScopedRepository(
      ProbeRowEntity,
      tenant as unknown as TenantContextService,
    );
  });
  afterAll(() => dataSource.destroy());

  const hitsOf = async (organizationId: string): Promise<number[]> =>
    (
      await dataSource.query<Array<{ hits: number }>>(
        'SELECT hits FROM tenant_probe_rows WHERE organization_id = $1 ORDER BY label',
        [organizationId],
      )
    ).map((row) => row.hits);

  it('keeps the organisation filter when the caller uses .where()', async () => {
    const rows = await repository
      .createQueryBuilder('row')
      .where('row.label = :label', { label: 'shared' })
      .getMany();
    expect(rows.map((row) => row.organizationId)).toEqual([ORG_A]);
  });

  it('keeps the organisation filter through .orWhere() and a clone', async () => {
    const rows = await repository
      .createQueryBuilder('row')
      .where('row.label = :a', { a: 'only-a' })
      .orWhere('row.label = :b', { b: 'only-b' })
      .clone()
      .getMany();
    expect(rows.map((row) => row.label)).toEqual(['only-a']);
  });

  it('keeps the organisation filter on an update built from it, even after .where()', async () => {
    await repository
      .createQueryBuilder('row')
      .update()
      .set({ hits: () => 'hits + 1' })
      .where('label = :label', { label: 'shared' })
      .execute();
    expect(await hitsOf(ORG_A)).toEqual([0, 1]);
    expect(await hitsOf(ORG_B)).toEqual([0, 0]);
  });

  it('keeps the organisation filter on a delete built from it', async () => {
    await repository
      .createQueryBuilder('row')
      .delete()
      .where('label = :label', { label: 'only-b' })
      .execute();
    const [{ count }] = await dataSource.query<Array<{ count: number }>>(
      `SELECT count(*)::int AS count FROM tenant_probe_rows WHERE label = 'only-b'`,
    );
    expect(count).toBe(1);
  });

  it('ignores a caller who sets the tenant parameter itself', async () => {
    const rows = await repository
      .createQueryBuilder('row')
      .setParameter('tenantScopeOrganizationId', ORG_B)
      .getMany();
    expect(new Set(rows.map((row) => row.organizationId))).toEqual(new Set([ORG_A]));
  });
});
