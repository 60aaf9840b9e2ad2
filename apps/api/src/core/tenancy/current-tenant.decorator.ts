import { createParamDecorator } from '@nestjs/common';
import { ClsServiceManager } from 'nestjs-cls';
import type { Role } from '@loved/shared';
import type { TenantStore } from './tenant-context.type';

export type CurrentTenantContext = { organizationId: string; userId: string; role: Role };

/** The organisation, user and role the tenant guard resolved for this request. */
export const CurrentTenant = createParamDecorator((): CurrentTenantContext => {
  const cls = ClsServiceManager.getClsService<TenantStore>();
  const organizationId = cls.get('organizationId');
  const userId = cls.get('userId');
  const role = cls.get('role');
  if (!organizationId || !userId || !role)
    throw new Error('CurrentTenant used on a route without tenant context');
  return { organizationId, userId, role };
});

/** The signed-in user's id, on any authenticated route. */
export const CurrentUserId = createParamDecorator((): string => {
  const userId = ClsServiceManager.getClsService<TenantStore>().get('userId');
  if (!userId) throw new Error('CurrentUserId used on a public route');
  return userId;
});
