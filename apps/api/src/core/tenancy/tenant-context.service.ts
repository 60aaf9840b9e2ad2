import { Injectable } from '@nestjs/common';
import type { Role } from '@loved/shared';
import { ClsService } from 'nestjs-cls';
import { escapeLiteral } from 'pg';
import { DataSource, type EntityManager, type QueryRunner } from 'typeorm';
import type { TenantIdentity, TenantStore } from './tenant-context.type';
import { TenantContextMissingError } from './tenancy.exception';
import { annotateActiveSpan } from '../telemetry/annotate-active-span';
import { SpanAttribute } from '../telemetry/span-attribute.constant';

/**
 * Who is acting for which organisation, and the transaction that carries it to PostgreSQL.
 * Row-Level Security reads `app.org_id` / `app.user_id`, set with `set_config(…, true)` so the
 * settings die with the transaction and never leak to the next user of the connection.
 */
@Injectable()
export class TenantContextService {
  constructor(
    private readonly cls: ClsService<TenantStore>,
    private readonly dataSource: DataSource,
  ) {}

  get organizationId(): string {
    const id = this.cls.isActive() ? this.cls.get('organizationId') : undefined;
    if (!id) throw new TenantContextMissingError('organizationId');
    return id;
  }

  get userId(): string | undefined {
    return this.cls.isActive() ? this.cls.get('userId') : undefined;
  }

  get role(): Role | undefined {
    return this.cls.isActive() ? this.cls.get('role') : undefined;
  }

  /** The organisation API key making this request, if a key (not a person) is acting. */
  get apiKeyId(): string | undefined {
    return this.cls.isActive() ? this.cls.get('apiKeyId') : undefined;
  }

  /** The current tenant transaction; refuses to hand out a connection outside one. */
  get manager(): EntityManager {
    const manager = this.optionalManager;
    if (!manager) throw new TenantContextMissingError('a database query');
    return manager;
  }

  /** Remembers the caller for the rest of the request (the guard does this). */
  enter(identity: TenantIdentity): void {
    this.cls.set('organizationId', identity.organizationId);
    this.cls.set('userId', identity.userId);
    this.cls.set('role', identity.role);
    this.cls.set('apiKeyId', identity.apiKeyId);
    annotateActiveSpan({
      [SpanAttribute.OrganizationId]: identity.organizationId,
      [SpanAttribute.UserId]: identity.userId,
    });
  }

  setUser(userId: string): void {
    this.cls.set('userId', userId);
    annotateActiveSpan({ [SpanAttribute.UserId]: userId });
  }

  /** The current transaction, if any (identity code that may run inside one or not). */
  get optionalManager(): EntityManager | undefined {
    return this.cls.isActive() ? this.cls.get('transaction')?.() : undefined;
  }

  /**
   * Runs `work` for `identity.organizationId`: in a new transaction, or inside the current one
   * with the RLS settings switched for the duration (so a registration stays one transaction).
   */
  async run<T>(identity: TenantIdentity, work: () => Promise<T>): Promise<T> {
    return this.cls.run({ ifNested: 'inherit' }, () => {
      this.enter(identity);
      return this.transaction({ orgId: identity.organizationId, userId: identity.userId }, work);
    });
  }

  /**
   * Runs `work` in a transaction of its own, even inside another: for a fact that must survive
   * the caller's rollback (a provider refused our token while the request that found out fails).
   */
  async runIndependently<T>(identity: TenantIdentity, work: () => Promise<T>): Promise<T> {
    const active = this.cls.isActive();
    // A fresh context, but its log lines still name the request or job that started it.
    const trace = {
      requestId: active ? this.cls.get('requestId') : undefined,
      jobId: active ? this.cls.get('jobId') : undefined,
      job: active ? this.cls.get('job') : undefined,
    };
    return this.cls.run({ ifNested: 'override' }, () => {
      this.cls.set('requestId', trace.requestId);
      this.cls.set('jobId', trace.jobId);
      this.cls.set('job', trace.job);
      this.enter(identity);
      return this.transaction({ orgId: identity.organizationId, userId: identity.userId }, work);
    });
  }

  /** Runs the current request's work in its tenant transaction (the interceptor does this). */
  runForCurrentRequest<T>(work: () => Promise<T>): Promise<T> {
    return this.transaction({ orgId: this.organizationId, userId: this.userId }, work);
  }

  /**
   * Identity work outside any organisation (sign-up, login, a user's own memberships): RLS
   * lets it see only rows that belong to `userId`, and no organisation's data.
   */
  async runAsUser<T>(userId: string | undefined, work: () => Promise<T>): Promise<T> {
    return this.cls.run({ ifNested: 'inherit' }, () => {
      this.cls.set('organizationId', undefined);
      if (userId) this.cls.set('userId', userId);
      return this.transaction({ orgId: undefined, userId }, work);
    });
  }

  private async transaction<T>(settings: RlsSettings, work: () => Promise<T>): Promise<T> {
    const outer = this.optionalManager;
    if (outer) {
      const previous = await readRlsContext(outer);
      await setRlsContext(outer, settings);
      try {
        return await work();
      } finally {
        await setRlsContext(outer, previous);
      }
    }
    const afterCommit: Array<() => void> = [];
    const runner = this.dataSource.createQueryRunner();
    let result: T;
    try {
      await beginWithRlsContext(runner, settings);
      this.cls.set('transaction', () => runner.manager);
      this.cls.set('afterCommit', afterCommit);
      try {
        result = await work();
      } finally {
        this.cls.set('transaction', undefined);
        this.cls.set('afterCommit', undefined);
      }
      await runner.commitTransaction();
    } catch (error) {
      await rollbackQuietly(runner);
      throw error;
    } finally {
      await runner.release();
    }
    for (const callback of afterCommit) callback();
    return result;
  }

  /**
   * Runs `callback` after the current transaction commits (never if it rolls back), so others
   * are told only about data they can read. Outside a transaction it runs at once.
   */
  afterCommit(callback: () => void): void {
    const pending = this.cls.isActive() ? this.cls.get('afterCommit') : undefined;
    if (pending) pending.push(callback);
    else callback();
  }
}

type RlsSettings = { orgId: string | undefined; userId: string | undefined };

/**
 * Opens the transaction and applies the RLS settings in ONE round trip: without bound parameters
 * `pg` uses the simple-query protocol, which takes several statements in one message, so the
 * settings travel as literals (escaped by `pg`) beside TypeORM's own START TRANSACTION. TypeORM
 * still opens the transaction, so its bookkeeping (nested saves, savepoints, events) holds. Were
 * TypeORM ever to open it differently, the settings follow in a second statement: never without.
 */
async function beginWithRlsContext(runner: QueryRunner, settings: RlsSettings): Promise<void> {
  const begin = `START TRANSACTION; SELECT set_config('app.org_id', ${escapeLiteral(settings.orgId ?? '')}, true), set_config('app.user_id', ${escapeLiteral(settings.userId ?? '')}, true)`;
  const query = runner.query.bind(runner);
  let fused = false;
  // Only while TypeORM opens the transaction; it sends START TRANSACTION without parameters.
  runner.query = ((sql: string, parameters?: unknown[]): Promise<unknown> => {
    if (fused || sql !== 'START TRANSACTION') return query(sql, parameters);
    fused = true;
    return query(begin);
  }) as QueryRunner['query'];
  try {
    await runner.startTransaction();
  } finally {
    Reflect.deleteProperty(runner, 'query');
  }
  if (!fused) await setRlsContext(runner.manager, settings);
}

/** Ends a failed transaction; the caller's error is the one worth reporting. */
async function rollbackQuietly(runner: QueryRunner): Promise<void> {
  if (!runner.isTransactionActive) {
    // START TRANSACTION may have run while its settings failed: end it before the pool reuses it.
    await runner.query('ROLLBACK').catch(() => undefined);
    return;
  }
  await runner.rollbackTransaction().catch(() => undefined);
}

export async function setRlsContext(manager: EntityManager, settings: RlsSettings): Promise<void> {
  await manager.query(
    "SELECT set_config('app.org_id', $1, true), set_config('app.user_id', $2, true)",
    [settings.orgId ?? '', settings.userId ?? ''],
  );
}

async function readRlsContext(manager: EntityManager): Promise<RlsSettings> {
  const [row] = await manager.query<Array<{ org: string | null; usr: string | null }>>(
    "SELECT current_setting('app.org_id', true) AS org, current_setting('app.user_id', true) AS usr",
  );
  return { orgId: row?.org || undefined, userId: row?.usr || undefined };
}
