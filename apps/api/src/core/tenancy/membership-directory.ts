import type { Role } from '@loved/shared';

/**
 * How the tenant guard learns a user's current role in an organisation. Core declares it;
 * the organisations module implements it (core never imports a module).
 */
export abstract class MembershipDirectory {
  /** The role, or null when the user is not (or no longer) a member. */
  abstract roleOf(organizationId: string, userId: string): Promise<Role | null>;
}
