import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import type { ApiKeyScope } from '@loved/shared';

export const API_KEY_SCOPE_KEY = 'loved:api-key-scope';

/**
 * An organisation API key holding `scope` may call the route (people are still checked by
 * `@Roles`). Routes without it refuse keys: a key reaches only what was opened to it.
 */
export const ApiKeyScopeRequired = (scope: ApiKeyScope): ClassDecorator & MethodDecorator =>
  applyDecorators(SetMetadata(API_KEY_SCOPE_KEY, scope), ApiExtension('x-api-key-scope', scope));
