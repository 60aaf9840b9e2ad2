import { Inject, type Provider } from '@nestjs/common';
import type {
  DeepPartial,
  EntityTarget,
  FindManyOptions,
  FindOneOptions,
  FindOptionsWhere,
  ObjectLiteral,
  Repository,
  SelectQueryBuilder,
} from 'typeorm';
import { TenantContextService } from './tenant-context.service';
import { TenantSelectQueryBuilder } from './tenant-query-builder';

/** Every tenant entity carries its organisation. */
export type TenantOwned = ObjectLiteral & { organizationId: string };

type Where<T> = FindOptionsWhere<T> | FindOptionsWhere<T>[];

export class CrossTenantAccessError extends Error {
  constructor(entity: string) {
    super(`${entity}: the organisation comes from the tenant context, never from the caller`);
  }
}

/**
 * The only way modules reach tenant tables. It reads the organisation from the context, adds
 * it to every query and stamps it on every write; a caller cannot name another organisation.
 * PostgreSQL's Row-Level Security enforces the same rule underneath.
 */
export class TenantScopedRepository<T extends TenantOwned> {
  constructor(
    private readonly target: EntityTarget<T>,
    private readonly tenant: TenantContextService,
  ) {}

  private get repository(): Repository<T> {
    return this.tenant.manager.getRepository(this.target);
  }

  find(options: FindManyOptions<T> = {}): Promise<T[]> {
    return this.repository.find({
      ...options,
      where: this.scope(options.where as Where<T> | undefined),
    });
  }

  findBy(where: Where<T> = {}): Promise<T[]> {
    return this.repository.findBy(this.scope(where));
  }

  findOne(options: FindOneOptions<T>): Promise<T | null> {
    return this.repository.findOne({
      ...options,
      where: this.scope(options.where as Where<T> | undefined),
    });
  }

  findOneBy(where: Where<T>): Promise<T | null> {
    return this.repository.findOneBy(this.scope(where));
  }

  count(where: Where<T> = {}): Promise<number> {
    return this.repository.countBy(this.scope(where));
  }

  exists(where: Where<T>): Promise<boolean> {
    return this.repository.existsBy(this.scope(where));
  }

  create(data: DeepPartial<Omit<T, 'organizationId'>>): T {
    this.refuseTenantKey(data as ObjectLiteral);
    return this.repository.create({
      ...data,
      organizationId: this.tenant.organizationId,
    } as DeepPartial<T>);
  }

  async save(entity: T): Promise<T> {
    this.stamp(entity);
    return this.repository.save(entity);
  }

  async saveMany(entities: T[]): Promise<T[]> {
    entities.forEach((entity) => this.stamp(entity));
    return this.repository.save(entities);
  }

  /** Inserts unless a unique key already holds the row (idempotent writes); true when inserted. */
  async insertIfAbsent(entity: T): Promise<boolean> {
    this.stamp(entity);
    const result = await this.repository
      .createQueryBuilder()
      .insert()
      .values(entity as never)
      .orIgnore()
      // The key columns, so a database-generated id lands on `entity`.
      .returning(this.repository.metadata.primaryColumns.map((column) => column.databaseName))
      .execute();
    return (result.raw as unknown[]).length > 0;
  }

  async update(where: FindOptionsWhere<T>, changes: DeepPartial<T>): Promise<number> {
    this.refuseTenantKey(changes as ObjectLiteral);
    const result = await this.repository.update(
      this.scope(where) as FindOptionsWhere<T>,
      changes as never,
    );
    return result.affected ?? 0;
  }

  async delete(where: FindOptionsWhere<T>): Promise<number> {
    const result = await this.repository.delete(this.scope(where) as FindOptionsWhere<T>);
    return result.affected ?? 0;
  }

  /**
   * A query builder filtered to the tenant. The filter cannot be dropped: `.where()` adds to it
   * instead of replacing it, and the UPDATE/DELETE builders derived from it keep it too.
   */
  createQueryBuilder(alias: string): SelectQueryBuilder<T> {
    return new TenantSelectQueryBuilder<T>(
      this.repository.createQueryBuilder(alias),
      undefined,
      this.tenant.organizationId,
    );
  }

  private scope(where: Where<T> | undefined): Where<T> {
    const organizationId = this.tenant.organizationId;
    const clauses = Array.isArray(where) ? where : [where ?? {}];
    const scoped = clauses.map((clause) => {
      this.refuseTenantKey(clause as ObjectLiteral);
      return { ...clause, organizationId } as FindOptionsWhere<T>;
    });
    return Array.isArray(where) ? scoped : scoped[0];
  }

  private stamp(entity: T): void {
    const organizationId = this.tenant.organizationId;
    if (entity.organizationId !== undefined && entity.organizationId !== organizationId) {
      throw new CrossTenantAccessError(this.name);
    }
    (entity as { organizationId: string }).organizationId = organizationId;
  }

  private refuseTenantKey(values: ObjectLiteral): void {
    if ('organizationId' in values) throw new CrossTenantAccessError(this.name);
  }

  private get name(): string {
    return typeof this.target === 'function' ? this.target.name : String(this.target);
  }
}

const tokenFor = (entity: new () => TenantOwned): string =>
  `TenantScopedRepository<${entity.name}>`;

/** Injects the tenant-scoped repository of `entity` (declare it with `provideTenantRepository`). */
export const InjectTenantRepository = (entity: new () => TenantOwned): ParameterDecorator =>
  Inject(tokenFor(entity));

export function provideTenantRepository(entity: new () => TenantOwned): Provider {
  return {
    provide: tokenFor(entity),
    inject: [TenantContextService],
    useFactory: (tenant: TenantContextService) => new TenantScopedRepository(entity, tenant),
  };
}
