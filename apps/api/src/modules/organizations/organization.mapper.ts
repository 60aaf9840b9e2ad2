import type { MemberResponse, MembershipResponse, OrganizationResponse } from '@loved/shared';
import type { UserEntity } from '../users/user.entity';
import type { MembershipEntity } from './membership.entity';
import type { OrganizationEntity } from './organization.entity';

export const toOrganizationResponse = (organization: OrganizationEntity): OrganizationResponse => ({
  id: organization.id,
  name: organization.name,
  plan: organization.plan,
  time_zone: organization.timeZone,
  created_at: organization.createdAt.toISOString(),
});

export const toMembershipResponse = (
  membership: MembershipEntity,
  organization: OrganizationEntity,
): MembershipResponse => ({
  organization_id: organization.id,
  name: organization.name,
  role: membership.role,
  plan: organization.plan,
});

export const toMemberResponse = (
  membership: MembershipEntity,
  user: UserEntity,
): MemberResponse => ({
  user_id: user.id,
  name: user.name,
  email: user.email,
  avatar_url: user.avatarUrl,
  role: membership.role,
  joined_at: membership.createdAt.toISOString(),
});
