import type { Role } from '@loved/shared';

/** A user whose membership of an organisation was created, changed or removed. */
export type MembershipChange = { organizationId: string; userId: string };

export type MembershipChangeListener = (change: MembershipChange) => void;

/**
 * How the tenant guard learns a user's current role in an organisation. Core declares it;
 * the organisations module implements it (core never imports a module).
 */
export abstract class MembershipDirectory {
  /** The role, or null when the user is not (or no longer) a member; may be briefly cached. */
  abstract roleOf(organizationId: string, userId: string): Promise<Role | null>;

  /**
   * The role as the database holds it now, never from a cache: for decisions that outlive
   * the request, such as opening a long-lived event stream.
   */
  abstract currentRoleOf(organizationId: string, userId: string): Promise<Role | null>;

  /**
   * Calls `listener` on this process for every membership change committed by any process of
   * the deployment; answers the function that stops listening.
   */
  abstract onChange(listener: MembershipChangeListener): () => void;
}
