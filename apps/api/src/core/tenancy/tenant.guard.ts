import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@loved/shared';
import type { AccessTokenClaims } from '../auth/access-token.type';
import { OPS_ACCESS_KEY, type OperatorRequest } from '../auth/ops-access.decorator';
import { IS_ORGANIZATION_FREE_KEY, IS_PUBLIC_KEY } from '../auth/public.decorator';
import { MembershipDirectory } from './membership-directory';
import { ROLES_KEY } from './roles.decorator';
import { TenantContextService } from './tenant-context.service';
import { TenancyErrorCode, TenancyException } from './tenancy.exception';

export const ORG_HEADER = 'x-org-id';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type GuardedRequest = OperatorRequest & {
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
    const claims = request.user;
    if (!claims)
      throw new TenancyException(
        TenancyErrorCode.Unauthenticated,
        'Missing, invalid or expired session.',
      );
    this.tenant.setUser(claims.sub);
    if (this.reflector.getAllAndOverride<boolean>(IS_ORGANIZATION_FREE_KEY, targets)) return true;

    const organizationId = this.organizationHeader(request);
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

  private organizationHeader(request: GuardedRequest): string {
    const raw = request.headers[ORG_HEADER];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (!value)
      throw new TenancyException(
        TenancyErrorCode.MissingOrganizationHeader,
        'Name the organization in the X-Org-Id header.',
      );
    if (!UUID.test(value)) {
      throw new TenancyException(
        TenancyErrorCode.MalformedOrganizationHeader,
        'The X-Org-Id header must be a UUID.',
      );
    }
    return value.toLowerCase();
  }
}
