import { Injectable, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { TenancyErrorCode, TenancyException } from '../tenancy/tenancy.exception';
import type { AccessTokenClaims } from './access-token.type';
import { IS_PUBLIC_KEY } from './public.decorator';

/** First global guard: every route needs a valid access token unless marked `@Public()`. */
@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override canActivate(context: ExecutionContext): boolean | Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (isPublic) return true;
    return super.canActivate(context) as Promise<boolean>;
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
