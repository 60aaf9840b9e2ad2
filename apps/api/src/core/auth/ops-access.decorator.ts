import { applyDecorators, createParamDecorator, SetMetadata } from '@nestjs/common';
import type { ExecutionContext } from '@nestjs/common';
import { ApiSecurity } from '@nestjs/swagger';

export const OPS_ACCESS_KEY = 'loved:ops-access';

/** What the auth guard leaves on a request that presented the operators' token. */
export type OperatorRequest = { operator?: boolean };

/**
 * A tenant route that the platform operators may also call, with `Authorization: Bearer
 * <OPS_TOKEN>` and no `X-Org-Id`: the auth guard lets the token through and the tenant guard
 * steps aside. The handler tells the two callers apart with `@IsOperator()`.
 */
export const AllowOpsToken = (): MethodDecorator =>
  applyDecorators(
    SetMetadata(OPS_ACCESS_KEY, true),
    ApiSecurity({ bearer: [], org: [] }),
    ApiSecurity('bearer'),
  );

/** True when the caller is a platform operator (the route allows `@AllowOpsToken()`). */
export const IsOperator = createParamDecorator(
  (_data: unknown, context: ExecutionContext): boolean =>
    context.switchToHttp().getRequest<OperatorRequest>().operator === true,
);
