import type { ClsStore } from 'nestjs-cls';
import type { Role } from '@loved/shared';

/** What one request (or one job) carries through async calls. */
export type RequestContextStore = ClsStore & {
  requestId?: string;
  organizationId?: string;
  userId?: string;
  role?: Role;
  /** When an organisation API key, not a person, is acting. */
  apiKeyId?: string;
  /** While a job runs: its queue id (Bull's, or one the in-process queue gives it). */
  jobId?: string;
  /** While a job runs: its name, e.g. `ai-summary.generate`. */
  job?: string;
};
