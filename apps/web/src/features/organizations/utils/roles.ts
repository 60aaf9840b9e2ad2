import type { Role } from '@loved/shared';

/** Every role, most powerful first; the type check keeps it to real roles. */
export const ROLE_OPTIONS: readonly Role[] = ['admin', 'manager', 'agent'];

export function isRole(value: string): value is Role {
  return (ROLE_OPTIONS as readonly string[]).includes(value);
}
