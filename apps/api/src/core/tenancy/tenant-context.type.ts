import type { Role } from '@loved/shared';
import type { EntityManager } from 'typeorm';
import type { RequestContextStore } from '../logging/request-context.type';

export type TenantIdentity = {
  organizationId: string;
  userId?: string;
  role?: Role;
  /** The organisation API key acting, when it is not a person (then there is no user). */
  apiKeyId?: string;
};

export type TenantStore = RequestContextStore & {
  /**
   * The transaction of the current request or job; RLS settings are local to it. Held behind a
   * function so nestjs-cls's path typing does not walk into TypeORM's types.
   */
  transaction?: () => EntityManager;
  /** Work to run once the outermost transaction has committed (e.g. publishing live events). */
  afterCommit?: Array<() => void>;
};
