export const Role = {
  Admin: 'admin',
  Manager: 'manager',
  Agent: 'agent',
} as const;
export type Role = (typeof Role)[keyof typeof Role];
export const ROLES: readonly Role[] = Object.values(Role);
