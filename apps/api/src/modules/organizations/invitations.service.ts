import { Injectable } from '@nestjs/common';
import {
  INVITATION_TTL_DAYS,
  type InvitationResponse,
  type MembershipResponse,
  type Role,
} from '@loved/shared';
import { generateOpaqueToken, sha256Hex } from '../../core/crypto/opaque-token';
import { TenantContextService } from '../../core/tenancy/tenant-context.service';
import {
  InjectTenantRepository,
  type TenantScopedRepository,
} from '../../core/tenancy/tenant-scoped.repository';
import { UsersService } from '../users/users.service';
import { InvitationEntity } from './invitation.entity';
import { MembershipEntity } from './membership.entity';
import { MembershipDirectoryService } from './membership-directory.service';
import { OrganizationEntity } from './organization.entity';
import { toMembershipResponse } from './organization.mapper';
import { OrganizationErrorCode, OrganizationException } from './organization.exception';

const DAY_MS = 86_400_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Invitation tokens are `<organization id>.<secret>`: the id says which organisation to enter
 * (no cross-tenant lookup), the secret proves the invitation; only its hash is stored.
 */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly tenant: TenantContextService,
    @InjectTenantRepository(InvitationEntity)
    private readonly invitations: TenantScopedRepository<InvitationEntity>,
    @InjectTenantRepository(MembershipEntity)
    private readonly memberships: TenantScopedRepository<MembershipEntity>,
    private readonly users: UsersService,
    private readonly directory: MembershipDirectoryService,
  ) {}

  async create(email: string, role: Role, invitedByUserId: string): Promise<InvitationResponse> {
    const existing = await this.users.findByEmail(email);
    if (existing && (await this.memberships.exists({ userId: existing.id }))) {
      throw new OrganizationException(
        OrganizationErrorCode.AlreadyMember,
        'This person is already a member of the organization.',
      );
    }
    const secret = generateOpaqueToken();
    const invitation = await this.invitations.save(
      this.invitations.create({
        email,
        role,
        tokenHash: sha256Hex(secret),
        invitedByUserId,
        expiresAt: new Date(Date.now() + INVITATION_TTL_DAYS * DAY_MS),
        acceptedAt: null,
        acceptedByUserId: null,
      }),
    );
    const token = `${invitation.organizationId}.${secret}`;
    return {
      id: invitation.id,
      organization_id: invitation.organizationId,
      email: invitation.email,
      role: invitation.role,
      expires_at: invitation.expiresAt.toISOString(),
      token,
      accept_path: `/convite?token=${encodeURIComponent(token)}`,
    };
  }

  /** The signed-in user joins the organisation of the invitation, if it is theirs and valid. */
  async accept(token: string, userId: string): Promise<MembershipResponse> {
    const [organizationId, secret] = token.split('.', 2);
    if (!organizationId || !secret || !UUID.test(organizationId)) throw invalid();
    const user = await this.users.requireById(userId);
    const membership = await this.tenant.run(
      { organizationId: organizationId.toLowerCase(), userId },
      async () => {
        const invitation = await this.invitations.findOneBy({ tokenHash: sha256Hex(secret) });
        if (!invitation || invitation.acceptedAt) throw invalid();
        if (invitation.expiresAt.getTime() < Date.now()) {
          throw new OrganizationException(
            OrganizationErrorCode.InvitationExpired,
            'This invitation has expired. Ask for a new one.',
          );
        }
        if (invitation.email.toLowerCase() !== user.email.toLowerCase()) {
          throw new OrganizationException(
            OrganizationErrorCode.InvitationForAnotherEmail,
            'This invitation was sent to another e-mail address.',
          );
        }
        if (await this.memberships.exists({ userId })) {
          throw new OrganizationException(
            OrganizationErrorCode.AlreadyMember,
            'You are already a member of this organization.',
          );
        }
        const created = await this.memberships.save(
          this.memberships.create({ userId, role: invitation.role }),
        );
        invitation.acceptedAt = new Date();
        invitation.acceptedByUserId = userId;
        await this.invitations.save(invitation);
        const organization = await this.tenant.manager
          .getRepository(OrganizationEntity)
          .findOneByOrFail({ id: created.organizationId });
        return toMembershipResponse(created, organization);
      },
    );
    this.directory.changed(membership.organization_id, userId);
    return membership;
  }
}

const invalid = (): OrganizationException =>
  new OrganizationException(
    OrganizationErrorCode.InvitationInvalid,
    'Invalid or already used invitation.',
  );
