import type { Plan } from './plan.enum';
import type { Role } from './role.enum';

export type CreateOrganizationRequest = { name: string };
/** `time_zone`: an IANA zone (e.g. `America/Sao_Paulo`), used for "today" and due dates. */
export type UpdateOrganizationRequest = { name?: string; time_zone?: string };

export type OrganizationResponse = {
  id: string;
  name: string;
  plan: Plan;
  time_zone: string;
  created_at: string;
};

export type MemberResponse = {
  user_id: string;
  name: string;
  email: string;
  avatar_url: string | null;
  role: Role;
  joined_at: string;
};

export type UpdateMemberRequest = { role: Role };

export type CreateInvitationRequest = { email: string; role: Role };

export type InvitationResponse = {
  id: string;
  organization_id: string;
  email: string;
  role: Role;
  expires_at: string;
  /** Shown once, at creation: only its hash is stored. */
  token: string;
  accept_path: string;
};

export type AcceptInvitationRequest = { token: string };

export const INVITATION_TTL_DAYS = 7;
