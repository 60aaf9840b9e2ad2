import type { Role } from '@loved/shared';

export type TokenMembership = { organization_id: string; role: Role };

/** Claims of our access tokens (HS256, 15 minutes). */
export type AccessTokenClaims = {
  sub: string;
  memberships: TokenMembership[];
};

export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
