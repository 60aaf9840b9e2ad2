import { Inject, Injectable, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { TenancyErrorCode, TenancyException } from '../tenancy/tenancy.exception';
import type { FastifyReply } from 'fastify';
import type { AccessTokenClaims } from './access-token.type';
import { ApiKeyAuthenticatorService } from './api-key-authenticator.service';
import type { ApiKeyRequest } from './api-key-principal.type';
import { isApiKeySecret } from './api-key-secret';
import { OPS_ACCESS_KEY, type OperatorRequest } from './ops-access.decorator';
import { bearerTokenOf, matchesSecret } from './secret-header.util';
import { IS_PUBLIC_KEY } from './public.decorator';

type AuthRequest = OperatorRequest &
  ApiKeyRequest & { headers: Record<string, string | string[] | undefined> };

/**
 * First global guard: every route needs a valid access token (a person's JWT) or organisation
 * API key (`lcrm_…`) unless marked `@Public()`.
 */
@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  constructor(
    private readonly reflector: Reflector,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly apiKeys: ApiKeyAuthenticatorService,
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
    const request = context.switchToHttp().getRequest<AuthRequest>();
    const token = bearerTokenOf(request.headers.authorization);
    if (isApiKeySecret(token)) return this.authenticateApiKey(context, request, token);
    return super.canActivate(context) as Promise<boolean>;
  }

  /** An organisation API key: valid and within its rate limit; the tenant guard does the rest. */
  private async authenticateApiKey(
    context: ExecutionContext,
    request: AuthRequest,
    secret: string,
  ): Promise<boolean> {
    const key = await this.apiKeys.authenticate(secret);
    if (!key)
      throw new TenancyException(
        TenancyErrorCode.Unauthenticated,
        'Invalid, revoked or expired API key.',
      );
    await this.apiKeys.consume(key, context.switchToHttp().getResponse<FastifyReply>());
    request.apiKey = key;
    return true;
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
