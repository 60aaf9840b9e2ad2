import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Role, type ApiKeyScope } from '@loved/shared';
import type { AccessTokenClaims } from '../auth/access-token.type';
import { ApiKeyAuthErrorCode, ApiKeyAuthException } from '../auth/api-key.exception';
import type { ApiKeyPrincipal, ApiKeyRequest } from '../auth/api-key-principal.type';
import { API_KEY_SCOPE_KEY } from '../auth/api-key-scope.decorator';
import { OPS_ACCESS_KEY, type OperatorRequest } from '../auth/ops-access.decorator';
import { IS_ORGANIZATION_FREE_KEY, IS_PUBLIC_KEY } from '../auth/public.decorator';
import { MembershipDirectory } from './membership-directory';
import { ROLES_KEY } from './roles.decorator';
import { TenantContextService } from './tenant-context.service';
import { TenancyErrorCode, TenancyException } from './tenancy.exception';

export const ORG_HEADER = 'x-org-id';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type GuardedRequest = OperatorRequest &
  ApiKeyRequest & {
    headers: Record<string, string | string[] | undefined>;
    user?: AccessTokenClaims;
  };

/**
 * Second global guard: a tenant route needs `X-Org-Id` naming an organisation the token lists
 * and the user still belongs to (checked now, not when the token was issued), with a role the
 * route allows. It then puts `{organizationId, userId, role}` in the request context.
 */
@Injectable()
export class TenantGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly memberships: MembershipDirectory,
    private readonly tenant: TenantContextService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC_KEY, targets)) return true;

    const request = context.switchToHttp().getRequest<GuardedRequest>();
    // The auth guard checked the operators' token; operators act for no organisation.
    if (request.operator && this.reflector.getAllAndOverride<boolean>(OPS_ACCESS_KEY, targets))
      return true;
    if (request.apiKey) return this.enterAsApiKey(request, request.apiKey, targets);
    const claims = request.user;
    if (!claims)
      throw new TenancyException(
        TenancyErrorCode.Unauthenticated,
        'Missing, invalid or expired session.',
      );
    this.tenant.setUser(claims.sub);
    if (this.reflector.getAllAndOverride<boolean>(IS_ORGANIZATION_FREE_KEY, targets)) return true;

    const organizationId = this.requiredOrganizationHeader(request);
    if (!claims.memberships.some((m) => m.organization_id === organizationId)) {
      throw new TenancyException(
        TenancyErrorCode.NotAMember,
        'You are not a member of this organization.',
      );
    }
    const role = await this.memberships.roleOf(organizationId, claims.sub);
    if (!role)
      throw new TenancyException(
        TenancyErrorCode.NotAMember,
        'You are no longer a member of this organization.',
      );

    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (allowed && !allowed.includes(role)) {
      throw new TenancyException(
        TenancyErrorCode.InsufficientRole,
        `This action needs the role ${allowed.join(' or ')}; yours is ${role}.`,
      );
    }
    this.tenant.enter({ organizationId, userId: claims.sub, role });
    return true;
  }

  /**
   * A request made with an organisation API key acts for the key's organisation (an `X-Org-Id`,
   * if sent, must name it) on routes opened to one of its scopes. The key has no user; it sees
   * the organisation's data as a manager would, and what it changes is recorded as the key's.
   */
  private enterAsApiKey(
    request: GuardedRequest,
    key: ApiKeyPrincipal,
    targets: Parameters<Reflector['getAllAndOverride']>[1],
  ): boolean {
    const named = this.organizationHeader(request);
    if (named !== undefined && named !== key.organizationId) {
      throw new ApiKeyAuthException(
        ApiKeyAuthErrorCode.WrongOrganization,
        'This API key belongs to another organization than the one named in X-Org-Id.',
      );
    }
    const scope = this.reflector.getAllAndOverride<ApiKeyScope | undefined>(
      API_KEY_SCOPE_KEY,
      targets,
    );
    if (!scope) {
      throw new ApiKeyAuthException(
        ApiKeyAuthErrorCode.RouteNotAllowed,
        'API keys cannot call this route; sign in as a person instead.',
      );
    }
    if (!key.scopes.includes(scope)) {
      throw new ApiKeyAuthException(
        ApiKeyAuthErrorCode.ScopeMissing,
        `This API key lacks the scope ${scope}.`,
      );
    }
    this.tenant.enter({ organizationId: key.organizationId, role: Role.Manager, apiKeyId: key.id });
    return true;
  }

  /** The organisation `X-Org-Id` names (a person must send it; a key may). */
  private requiredOrganizationHeader(request: GuardedRequest): string {
    const named = this.organizationHeader(request);
    if (named === undefined)
      throw new TenancyException(
        TenancyErrorCode.MissingOrganizationHeader,
        'Name the organization in the X-Org-Id header.',
      );
    return named;
  }

  /** `X-Org-Id`, lower-cased, when sent; a value that is not a UUID is refused. */
  private organizationHeader(request: GuardedRequest): string | undefined {
    const raw = request.headers[ORG_HEADER];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (!value) return undefined;
    if (!UUID.test(value)) {
      throw new TenancyException(
        TenancyErrorCode.MalformedOrganizationHeader,
        'The X-Org-Id header must be a UUID.',
      );
    }
    return value.toLowerCase();
  }
}
