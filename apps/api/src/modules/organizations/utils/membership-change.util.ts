import type { MembershipChange } from '../../../core/tenancy/membership-directory';

/** A membership change read back from a broadcast; null when the message is not one. */
export function parseMembershipChange(message: string): MembershipChange | null {
  let value: unknown;
  try {
    value = JSON.parse(message);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { organizationId, userId } = value as Record<string, unknown>;
  if (typeof organizationId !== 'string' || typeof userId !== 'string') return null;
  return { organizationId, userId };
}
