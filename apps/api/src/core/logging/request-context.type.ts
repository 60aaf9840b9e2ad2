import type { ClsStore } from 'nestjs-cls';
import type { Role } from '@loved/shared';

/** What one request (or one job) carries through async calls. */
export type RequestContextStore = ClsStore & {
  requestId?: string;
  organizationId?: string;
  userId?: string;
  role?: Role;
};
