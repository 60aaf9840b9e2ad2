import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import type { Role } from '@loved/shared';

export const ROLES_KEY = 'loved:roles';

/** Only these roles of the current organisation may call the route (checked by the tenant guard). */
export const Roles = (...roles: Role[]): ClassDecorator & MethodDecorator =>
  applyDecorators(SetMetadata(ROLES_KEY, roles), ApiExtension('x-required-roles', roles));
