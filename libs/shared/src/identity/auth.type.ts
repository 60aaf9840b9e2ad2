import type { Plan } from './plan.enum';
import type { Role } from './role.enum';

export type RegisterRequest = {
  name: string;
  email: string;
  password: string;
  organization_name?: string;
  invitation_token?: string;
};

export type LoginRequest = { email: string; password: string };
export type RefreshRequest = { refresh_token: string };
export type LogoutRequest = { refresh_token: string };

export type UserResponse = {
  id: string;
  name: string;
  email: string;
  avatar_url: string | null;
  created_at: string;
};

export type MembershipResponse = {
  organization_id: string;
  name: string;
  role: Role;
  plan: Plan;
};

export type AuthResponse = {
  access_token: string;
  token_type: 'Bearer';
  /** Seconds until the access token expires. */
  expires_in: number;
  refresh_token: string;
  user: UserResponse;
  memberships: MembershipResponse[];
};

export type MeResponse = {
  user: UserResponse;
  memberships: MembershipResponse[];
};

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 200;
