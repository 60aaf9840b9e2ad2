import {
  Injectable,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { IdempotencyService } from '../idempotency/idempotency.service';
import { TenantContextService } from './tenant-context.service';
import type { TenantStore } from './tenant-context.type';

/**
 * A tenant request runs in one transaction with its organisation set for Row-Level Security:
 * it commits when the handler succeeds and rolls back when it throws. Idempotency keys are
 * looked up and stored inside that transaction (called here rather than as an interceptor of
 * their own, whose order among global interceptors Nest would not guarantee).
 */
@Injectable()
export class TenantTransactionInterceptor implements NestInterceptor {
  constructor(
    private readonly cls: ClsService<TenantStore>,
    private readonly tenant: TenantContextService,
    private readonly idempotency: IdempotencyService,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (!this.cls.isActive() || !this.cls.get('organizationId')) return next.handle();
    return from(
      this.tenant.runForCurrentRequest(() =>
        this.idempotency.run(context, () =>
          lastValueFrom(next.handle(), { defaultValue: undefined }),
        ),
      ),
    );
  }
}
