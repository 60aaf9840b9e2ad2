import {
  DeleteQueryBuilder,
  SelectQueryBuilder,
  UpdateQueryBuilder,
  type DataSource,
  type ObjectLiteral,
  type QueryBuilder,
  type QueryRunner,
} from 'typeorm';

const TENANT_PARAMETER = 'tenantScopeOrganizationId';

type Source = DataSource | QueryBuilder<ObjectLiteral>;

/** The organisation a builder derived from a tenant builder (clone, update, delete) keeps. */
function tenantOf(source: Source): string | undefined {
  const scoped =
    source instanceof TenantSelectQueryBuilder ||
    source instanceof TenantUpdateQueryBuilder ||
    source instanceof TenantDeleteQueryBuilder;
  return scoped ? source.organizationId : undefined;
}

/**
 * Renders the builder's WHERE with the tenant condition ANDed to whatever the caller wrote. The
 * condition lives outside `expressionMap.wheres`, so `.where()` (which resets that list) and
 * `.orWhere()` (which would otherwise widen it) cannot drop or bypass it. UPDATE and DELETE name
 * the table without its alias, hence the bare column there.
 */
function whereWithTenant(
  builder: QueryBuilder<ObjectLiteral>,
  organizationId: string | undefined,
  render: () => string,
): string {
  if (organizationId === undefined) return render();
  const map = builder.expressionMap;
  const column = builder.escape('organization_id');
  const target =
    map.aliasNamePrefixingEnabled && map.mainAlias
      ? `${builder.escape(map.mainAlias.name)}.${column}`
      : column;
  const tenant = `${target} = :${TENANT_PARAMETER}`;
  const callerExtra = map.extraAppendedAndWhereCondition;
  builder.setParameter(TENANT_PARAMETER, organizationId);
  map.extraAppendedAndWhereCondition = callerExtra ? `${tenant} AND (${callerExtra})` : tenant;
  try {
    return render();
  } finally {
    map.extraAppendedAndWhereCondition = callerExtra;
  }
}

/**
 * A select builder that always filters its main table to one organisation, whatever the caller
 * does with `where`, `orWhere` or `Brackets`; the update/delete builders it derives do the same.
 * A fresh builder it creates for a sub-query (`subQuery()`) is not scoped: filter that one by
 * hand (RLS still holds underneath).
 */
export class TenantSelectQueryBuilder<T extends ObjectLiteral> extends SelectQueryBuilder<T> {
  readonly organizationId: string | undefined;

  constructor(source: Source, queryRunner?: QueryRunner, organizationId?: string) {
    super(source as DataSource, queryRunner);
    this.organizationId = organizationId ?? tenantOf(source);
    if (this.organizationId !== undefined) this.setParameter(TENANT_PARAMETER, this.organizationId);
  }

  override update(): UpdateQueryBuilder<T> {
    return new TenantUpdateQueryBuilder<T>(super.update(), undefined, this.organizationId);
  }

  override delete(): DeleteQueryBuilder<T> {
    return new TenantDeleteQueryBuilder<T>(super.delete(), undefined, this.organizationId);
  }

  /** No tenant table soft-deletes, and a soft-delete builder derived here would drop the filter. */
  override softDelete(): never {
    throw new Error('Tenant query builders do not soft-delete');
  }

  override restore(): never {
    throw new Error('Tenant query builders do not restore soft-deleted rows');
  }

  protected override createWhereExpression(): string {
    return whereWithTenant(this, this.organizationId, () => super.createWhereExpression());
  }
}

export class TenantUpdateQueryBuilder<T extends ObjectLiteral> extends UpdateQueryBuilder<T> {
  readonly organizationId: string | undefined;

  constructor(source: Source, queryRunner?: QueryRunner, organizationId?: string) {
    super(source as DataSource, queryRunner);
    this.organizationId = organizationId ?? tenantOf(source);
    if (this.organizationId !== undefined) this.setParameter(TENANT_PARAMETER, this.organizationId);
  }

  protected override createWhereExpression(): string {
    return whereWithTenant(this, this.organizationId, () => super.createWhereExpression());
  }
}

export class TenantDeleteQueryBuilder<T extends ObjectLiteral> extends DeleteQueryBuilder<T> {
  readonly organizationId: string | undefined;

  constructor(source: Source, queryRunner?: QueryRunner, organizationId?: string) {
    super(source as DataSource, queryRunner);
    this.organizationId = organizationId ?? tenantOf(source);
    if (this.organizationId !== undefined) this.setParameter(TENANT_PARAMETER, this.organizationId);
  }

  protected override createWhereExpression(): string {
    return whereWithTenant(this, this.organizationId, () => super.createWhereExpression());
  }
}
