import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC_KEY = 'loved:is-public';

/** A route reachable without a user: auth, health, webhooks, docs. Everything else is guarded. */
export const Public = (): ClassDecorator & MethodDecorator => SetMetadata(IS_PUBLIC_KEY, true);
