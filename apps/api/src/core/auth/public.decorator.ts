import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiSecurity } from '@nestjs/swagger';

export const IS_PUBLIC_KEY = 'loved:is-public';
export const IS_ORGANIZATION_FREE_KEY = 'loved:is-organization-free';

/**
 * A route reachable without a user: auth, health, webhooks, docs. Everything else is behind
 * the global auth and tenant guards. (`{}` is OpenAPI's "no credentials needed".)
 */
export const Public = (): ClassDecorator & MethodDecorator =>
  applyDecorators(SetMetadata(IS_PUBLIC_KEY, true), ApiSecurity({}));

/** A signed-in route that acts for the user, not inside an organisation (`/me`, creating one). */
export const OrganizationFree = (): ClassDecorator & MethodDecorator =>
  applyDecorators(SetMetadata(IS_ORGANIZATION_FREE_KEY, true), ApiSecurity('bearer'));
