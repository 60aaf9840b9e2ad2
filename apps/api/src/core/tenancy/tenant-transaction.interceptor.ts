import {
  Injectable,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { TenantContextService } from './tenant-context.service';
import type { TenantStore } from './tenant-context.type';

/**
 * A tenant request runs in one transaction with its organisation set for Row-Level Security:
 * it commits when the handler succeeds and rolls back when it throws.
 */
@Injectable()
export class TenantTransactionInterceptor implements NestInterceptor {
  constructor(
    private readonly cls: ClsService<TenantStore>,
    private readonly tenant: TenantContextService,
  ) {}

  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (!this.cls.isActive() || !this.cls.get('organizationId')) return next.handle();
    return from(
      this.tenant.runForCurrentRequest(() =>
        lastValueFrom(next.handle(), { defaultValue: undefined }),
      ),
    );
  }
}
