import { Inject, Injectable, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { TenancyErrorCode, TenancyException } from '../tenancy/tenancy.exception';
import type { AccessTokenClaims } from './access-token.type';
import { OPS_ACCESS_KEY, type OperatorRequest } from './ops-access.decorator';
import { bearerTokenOf, matchesSecret } from './secret-header.util';
import { IS_PUBLIC_KEY } from './public.decorator';

type AuthRequest = OperatorRequest & { headers: Record<string, string | string[] | undefined> };

/** First global guard: every route needs a valid access token unless marked `@Public()`. */
@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  constructor(
    private readonly reflector: Reflector,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  override canActivate(context: ExecutionContext): boolean | Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (isPublic) return true;
    if (this.isOperator(context)) return true;
    return super.canActivate(context) as Promise<boolean>;
  }

  /** The operators' token, on a route that admits it: marks the request for the tenant guard. */
  private isOperator(context: ExecutionContext): boolean {
    const allowed = this.reflector.getAllAndOverride<boolean>(OPS_ACCESS_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!allowed) return false;
    const request = context.switchToHttp().getRequest<AuthRequest>();
    const token = bearerTokenOf(request.headers.authorization);
    if (!matchesSecret(token, this.config.env.OPS_TOKEN)) return false;
    request.operator = true;
    return true;
  }

  override handleRequest<T = AccessTokenClaims>(error: unknown, user: T | false): T {
    // Expired, tampered, wrongly signed or missing: one answer, so callers learn nothing more.
    if (error || !user) {
      throw new TenancyException(
        TenancyErrorCode.Unauthenticated,
        'Missing, invalid or expired session.',
      );
    }
    return user;
  }
}
