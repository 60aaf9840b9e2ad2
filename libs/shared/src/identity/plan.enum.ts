export const Plan = {
  Free: 'free',
  Pro: 'pro',
  Enterprise: 'enterprise',
} as const;
export type Plan = (typeof Plan)[keyof typeof Plan];
export const PLANS: readonly Plan[] = Object.values(Plan);
